import { Descriptions, Empty, Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { FieldSpec, FieldValue } from "../../types";
import { FieldDisplay } from "../fields/FieldDisplay";

/** The fields I may see, read-only. */
export function TicketFieldsView({ fields, specs }: { fields: FieldValue[]; specs: Map<string, FieldSpec> }) {
  const { t } = useTranslation("tickets");
  if (fields.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("detail.noFields")} />;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 180, verticalAlign: "top" } }}
      items={fields.map((field) => ({
        key: field.key,
        label: (
          <span data-testid={`field-label-${field.key}`}>
            {field.label}
            {field.permission === "hidden" ? (
              <Tag style={{ marginInlineStart: 6 }} title={t("detail.hiddenHint")}>
                {t("detail.hidden")}
              </Tag>
            ) : null}
          </span>
        ),
        children: (
          <div data-testid={`field-value-${field.key}`}>
            <FieldDisplay field={specs.get(field.key) ?? { key: field.key, label: field.label, type: "string" }} value={field.value} />
          </div>
        ),
      }))}
    />
  );
}
