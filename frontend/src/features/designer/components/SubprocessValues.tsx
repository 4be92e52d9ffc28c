// What each filed sub-ticket's fields get: child field ← a field of this ticket, or a column of the
// row the sub-ticket is for (`row.<column>`). The child's fields are offered from its published
// version when it can be read; any key can be typed.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { AutoComplete, Button, Flex, Form, Select, Tooltip, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useWorkflowVersion, useWorkflows } from "@/entities/workflows";
import { useDesigner } from "../hooks/use-designer";
import type { HelpFor } from "../hooks/use-problem-help";
import type { Subprocess } from "../model";

const NOT_COPIED = new Set(["attachment", "table"]);

/** The fields of a published workflow's current version, when this user may read it. */
function useChildFields(workflowKey: string | null): { key: string; label: string }[] {
  const workflows = useWorkflows();
  const child = (workflows.data ?? []).find((workflow) => workflow.key === workflowKey);
  const version = useWorkflowVersion(child?.id, child?.current_version, Boolean(child?.can_manage));
  const fields = (version.data?.document?.fields ?? []) as { key: string; label?: string; type?: string }[];
  return fields.filter((field) => !NOT_COPIED.has(field.type ?? "")).map((field) => ({ key: field.key, label: field.label || field.key }));
}

interface SubprocessValuesProps {
  settings: Subprocess;
  onChange: (values: Record<string, string>) => void;
  help: HelpFor;
}

export function SubprocessValues({ settings, onChange, help }: SubprocessValuesProps) {
  const { t } = useTranslation("designer");
  const { doc } = useDesigner();
  // Rows being typed (a child key still empty, a source not chosen yet) stay here until complete.
  const [rows, setRows] = useState<[string, string][]>(() => Object.entries(settings.values));
  const childFields = useChildFields(settings.workflow);
  const table = doc.fields.find((field) => field.key === settings.rows && field.type === "table");
  const sources = [
    ...doc.fields
      .filter((field) => !NOT_COPIED.has(field.type))
      .map((field) => ({ value: field.key, label: `${field.label || field.key} (${field.key})`, "data-value": field.key })),
    ...(table?.columns ?? []).map((column) => ({
      value: `row.${column.key}`,
      label: t("subprocess.rowColumn", { name: column.label || column.key, key: column.key }),
      "data-value": `row.${column.key}`,
    })),
  ];

  const commit = (next: [string, string][]) => {
    setRows(next);
    onChange(Object.fromEntries(next.filter(([child, source]) => child.trim() && source)));
  };
  const setRow = (index: number, row: [string, string]) => commit(rows.map((item, i) => (i === index ? row : item)));

  return (
    <div data-testid="subprocess-values">
      {rows.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 4 }}>
          {t("subprocess.noValues")}
        </Typography.Paragraph>
      )}
      {rows.map(([child, source], index) => {
        const rowHelp = child ? help(`subprocess.values.${child}`) : {};
        return (
          <Form.Item key={index} style={{ marginBottom: 6 }} {...rowHelp}>
            <Flex gap={4} align="center" data-testid={`subprocess-value-${index}`}>
              <AutoComplete
                value={child}
                onChange={(value: string) => setRow(index, [value.trim(), source])}
                options={childFields.map((field) => ({ value: field.key, label: `${field.label} (${field.key})` }))}
                filterOption={(input, option) => String(option?.value ?? "").includes(input)}
                placeholder={t("subprocess.childField")}
                aria-label={t("subprocess.childField")}
                style={{ flex: "1 1 0", minWidth: 0 }}
                data-testid={`subprocess-value-${index}-child`}
              />
              <span aria-hidden>←</span>
              <Select
                value={source || undefined}
                onChange={(value: string) => setRow(index, [child, value])}
                options={sources}
                placeholder={t("subprocess.source")}
                aria-label={t("subprocess.source")}
                popupMatchSelectWidth={false}
                style={{ flex: "1 1 0", minWidth: 0 }}
                data-testid={`subprocess-value-${index}-source`}
              />
              <Tooltip title={t("subprocess.removeValue")}>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  onClick={() => commit(rows.filter((_, i) => i !== index))}
                  aria-label={t("subprocess.removeValue")}
                  data-testid={`subprocess-value-${index}-remove`}
                />
              </Tooltip>
            </Flex>
          </Form.Item>
        );
      })}
      <Button size="small" icon={<PlusOutlined />} onClick={() => commit([...rows, ["", ""]])} data-testid="subprocess-add-value">
        {t("subprocess.addValue")}
      </Button>
    </div>
  );
}
