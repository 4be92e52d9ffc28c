// The ticket form's fields: the list in form order (add, reorder, delete) beside the selected field's editor.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, Form, List, Tag, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import { useProblemHelp } from "../../hooks/use-problem-help";
import { type FieldDef, problemsOf } from "../../model";
import { FieldEditor } from "./FieldEditor";

function SelectedField({ field }: { field: FieldDef }) {
  const { t } = useTranslation("designer");
  const { doc, dispatch } = useDesigner();
  const help = useProblemHelp("field", field.key);
  return (
    <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
      <FieldEditor
        field={field}
        siblings={doc.fields.map((item) => item.key)}
        onChange={(next) => {
          const { key: _key, ...patch } = next;
          dispatch({ type: "updateField", key: field.key, patch });
        }}
        onRename={(to) => dispatch({ type: "renameField", from: field.key, to })}
        help={help}
        testId="field"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("field.order", { number: field.order })}
      </Typography.Text>
    </Form>
  );
}

export function FieldBuilder() {
  const { t } = useTranslation("designer");
  const { doc, dispatch, selection, select, remove, problems } = useDesigner();
  const selected = selection?.kind === "field" ? doc.fields.find((field) => field.key === selection.key) : undefined;

  return (
    <Flex gap={16} align="start" className="designer-fields" data-testid="field-builder">
      <Card
        title={t("fields.title", { count: doc.fields.length })}
        size="small"
        style={{ width: 360, flexShrink: 0 }}
        extra={
          <Button
            type="primary"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => dispatch({ type: "addField", fieldType: "string", label: t("defaults.fieldLabel", { number: doc.fields.length + 1 }) })}
            data-testid="add-field"
          >
            {t("fields.add")}
          </Button>
        }
      >
        <List
          dataSource={doc.fields}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("fields.empty")} /> }}
          renderItem={(field, index) => {
            const invalid = problemsOf(problems, "field", field.key).length > 0;
            const active = selected?.key === field.key;
            return (
              <List.Item
                className={`designer-field-item${active ? " active" : ""}${invalid ? " invalid" : ""}`}
                onClick={() => select({ kind: "field", key: field.key })}
                onKeyDown={(event) => {
                  if (event.target === event.currentTarget && (event.key === "Enter" || event.key === " ")) {
                    event.preventDefault();
                    select({ kind: "field", key: field.key });
                  }
                }}
                tabIndex={0}
                role="button"
                aria-pressed={active}
                data-testid={`field-item-${field.key}`}
                actions={[
                  <Tooltip key="up" title={t("fields.moveUp")}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowUpOutlined />}
                      disabled={index === 0}
                      aria-label={t("fields.moveUp")}
                      onClick={(event) => {
                        event.stopPropagation();
                        dispatch({ type: "moveField", key: field.key, delta: -1 });
                      }}
                      data-testid={`field-up-${field.key}`}
                    />
                  </Tooltip>,
                  <Tooltip key="down" title={t("fields.moveDown")}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined />}
                      disabled={index === doc.fields.length - 1}
                      aria-label={t("fields.moveDown")}
                      onClick={(event) => {
                        event.stopPropagation();
                        dispatch({ type: "moveField", key: field.key, delta: 1 });
                      }}
                      data-testid={`field-down-${field.key}`}
                    />
                  </Tooltip>,
                  <Tooltip key="delete" title={t("actions.delete", { ns: "common" })}>
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t("actions.delete", { ns: "common" })}
                      onClick={(event) => {
                        event.stopPropagation();
                        remove({ kind: "field", key: field.key });
                      }}
                      data-testid={`field-delete-${field.key}`}
                    />
                  </Tooltip>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Flex gap={6} align="center" wrap>
                      <span>{field.label || field.key}</span>
                      {field.required && <Typography.Text type="danger">*</Typography.Text>}
                    </Flex>
                  }
                  description={
                    <Flex gap={4} align="center" wrap>
                      <Typography.Text code style={{ fontSize: 12 }}>
                        {field.key}
                      </Typography.Text>
                      <Tag style={{ marginInlineEnd: 0 }}>{t(`fieldTypes.${field.type}`)}</Tag>
                    </Flex>
                  }
                />
              </List.Item>
            );
          }}
        />
      </Card>
      <Card
        size="small"
        style={{ flex: 1, minWidth: 0 }}
        title={selected ? selected.label || selected.key : t("fields.editor")}
        data-testid="field-editor"
      >
        {selected ? (
          <SelectedField key={selected.key} field={selected} />
        ) : (
          <Empty description={doc.fields.length ? t("fields.selectHint") : t("fields.emptyHint")} />
        )}
      </Card>
    </Flex>
  );
}
