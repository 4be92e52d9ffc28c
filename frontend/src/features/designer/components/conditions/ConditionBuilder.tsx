// The structured form of a condition: groups joined by OR, each a list of comparisons joined by AND
// ("all of" the rows in a group; "any" of the groups).
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Divider, Flex, Select, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDesigner } from "../../hooks/use-designer";
import type { Comparison, Condition, ConditionOp } from "../../model";
import { LIST_OPS, VALUELESS_OPS, allowedOps } from "../../model/conditions";
import { ConditionValueInput } from "./ConditionValueInput";
import { optionsOf } from "../options";

interface ConditionBuilderProps {
  value: Condition;
  onChange: (condition: Condition) => void;
  testId: string;
}

/** A value that still fits after the operator changed (a list for in / not in, none for is empty). */
function valueFor(op: ConditionOp, previous: unknown): unknown {
  if (VALUELESS_OPS.has(op)) return null;
  if (LIST_OPS.has(op)) return Array.isArray(previous) ? previous : previous === null || previous === undefined || previous === "" ? [] : [previous];
  return Array.isArray(previous) ? (previous[0] ?? null) : previous;
}

export function emptyComparison(field = ""): Comparison {
  return { field, op: "eq", value: null };
}

export function ConditionBuilder({ value, onChange, testId }: ConditionBuilderProps) {
  const { t } = useTranslation("designer");
  const { doc } = useDesigner();
  const groups = value.groups;
  const firstField = doc.fields[0]?.key ?? "";

  const setGroups = (next: Comparison[][]) => onChange({ ...value, groups: next.filter((group) => group.length > 0) });
  const setRow = (g: number, r: number, row: Comparison) =>
    setGroups(groups.map((group, i) => (i === g ? group.map((item, j) => (j === r ? row : item)) : group)));

  return (
    <div data-testid={testId}>
      {groups.length === 0 && <Typography.Text type="secondary">{t("conditions.noGroups")}</Typography.Text>}
      {groups.map((group, g) => (
        <div key={g}>
          {g > 0 && (
            <Divider plain style={{ margin: "8px 0" }}>
              {t("conditions.or")}
            </Divider>
          )}
          <div className="designer-condition-group" data-testid={`${testId}-group-${g}`}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("conditions.allOf")}
            </Typography.Text>
            {group.map((row, r) => {
              const field = doc.fields.find((item) => item.key === row.field);
              const ops = allowedOps(field?.type);
              const rowId = `${testId}-row-${g}-${r}`;
              return (
                <Flex key={r} gap={4} align="start" wrap style={{ marginTop: 4 }} data-testid={rowId}>
                  <Select
                    value={row.field || undefined}
                    placeholder={t("conditions.field")}
                    onChange={(key: string) => {
                      const next = doc.fields.find((item) => item.key === key);
                      const nextOps = allowedOps(next?.type);
                      const op = nextOps.includes(row.op) ? row.op : nextOps[0];
                      setRow(g, r, { field: key, op, value: valueFor(op, null) });
                    }}
                    options={doc.fields.map((item) => ({ value: item.key, label: item.label || item.key, "data-value": item.key }))}
                    style={{ flex: "1 1 110px", minWidth: 110 }}
                    aria-label={t("conditions.field")}
                    data-testid={`${rowId}-field`}
                  />
                  <Select
                    value={row.op}
                    onChange={(op: ConditionOp) => setRow(g, r, { ...row, op, value: valueFor(op, row.value) })}
                    options={optionsOf(ops, (op) => t(`conditions.ops.${op}`))}
                    style={{ flex: "0 0 120px" }}
                    popupMatchSelectWidth={false}
                    aria-label={t("conditions.operator")}
                    data-testid={`${rowId}-op`}
                  />
                  <div style={{ flex: "1 1 120px", minWidth: 120 }}>
                    <ConditionValueInput
                      field={field}
                      op={row.op}
                      value={row.value}
                      onChange={(next) => setRow(g, r, { ...row, value: next })}
                      testId={`${rowId}-value`}
                    />
                  </div>
                  <Tooltip title={t("conditions.removeRow")}>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t("conditions.removeRow")}
                      onClick={() => setGroups(groups.map((items, i) => (i === g ? items.filter((_, j) => j !== r) : items)))}
                      data-testid={`${rowId}-remove`}
                    />
                  </Tooltip>
                </Flex>
              );
            })}
            <Button
              size="small"
              type="link"
              icon={<PlusOutlined />}
              onClick={() => setGroups(groups.map((items, i) => (i === g ? [...items, emptyComparison(firstField)] : items)))}
              data-testid={`${testId}-add-row-${g}`}
              style={{ paddingLeft: 0 }}
            >
              {t("conditions.addRow")}
            </Button>
          </div>
        </div>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => setGroups([...groups, [emptyComparison(firstField)]])}
        style={{ marginTop: 8 }}
        data-testid={`${testId}-add-group`}
      >
        {groups.length ? t("conditions.addGroup") : t("conditions.addFirst")}
      </Button>
    </div>
  );
}
