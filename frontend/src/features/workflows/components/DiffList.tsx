import { Collapse, Empty, Flex, Space, Tag, Typography } from "antd";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import type { Change } from "../types";
import { type Area, type DiffEntry, type DiffItem, type DiffOp, OP_COLORS, OP_TAG_COLORS, formatValue, groupChanges, itemTitle } from "../utils/diff";

const TINTS: Record<DiffOp, string> = { added: "#f6ffed", removed: "#fff1f0", changed: "#fffbe6" };
const rowStyle = (op: DiffOp): CSSProperties => ({
  borderLeft: `4px solid ${OP_COLORS[op]}`,
  background: TINTS[op],
  padding: "8px 12px",
  borderRadius: 4,
});

/** A JSON value: inline when short, a scrollable block when it is a whole object. */
function Value({ value, kind }: { value: unknown; kind?: "before" | "after" }) {
  const text = formatValue(value);
  const style: CSSProperties = { color: kind === "before" ? "#a8071a" : kind === "after" ? "#135200" : undefined };
  if (text.length > 80 || (value !== null && typeof value === "object" && !Array.isArray(value))) {
    return (
      <pre style={{ ...style, margin: "4px 0", maxHeight: 160, overflow: "auto", whiteSpace: "pre-wrap", wordBreak: "break-all", fontSize: 12 }}>
        {JSON.stringify(value, null, 2)}
      </pre>
    );
  }
  const Wrapper = kind === "before" ? "del" : kind === "after" ? "ins" : "span";
  return (
    <Wrapper style={{ ...style, textDecoration: kind === "after" ? "none" : undefined }}>
      <Typography.Text code>{text}</Typography.Text>
    </Wrapper>
  );
}

function Entry({ entry }: { entry: DiffEntry }) {
  const { t } = useTranslation("workflows");
  const name = entry.reorder ? t("diff.order") : entry.attribute;
  return (
    <Flex gap={8} wrap align="baseline" data-testid="diff-entry" data-op={entry.op}>
      <Typography.Text type="secondary" style={{ minWidth: 120 }}>
        {name}
      </Typography.Text>
      {entry.op === "changed" ? (
        <>
          <Value value={entry.before} kind="before" />
          <span aria-label={t("diff.becomes")}>→</span>
          <Value value={entry.after} kind="after" />
        </>
      ) : (
        <>
          <Tag color={OP_TAG_COLORS[entry.op]}>{t(`diff.ops.${entry.op}`)}</Tag>
          <Value value={entry.op === "added" ? entry.after : entry.before} kind={entry.op === "added" ? "after" : "before"} />
        </>
      )}
    </Flex>
  );
}

/** An item added or removed whole: what it is, then its full definition on demand. */
function WholeItem({ area, value }: { area: Area; value: unknown }) {
  const { t } = useTranslation("workflows");
  const item = (value ?? {}) as { source?: string; target?: string; type?: string };
  let what: string | undefined;
  if (area === "transitions" && item.source && item.target) what = `${item.source} → ${item.target}`;
  else if (area === "states" && item.type) what = t(`diff.stateTypes.${item.type}`, { defaultValue: item.type });
  else if (area === "fields" && item.type) what = t(`diff.fieldTypes.${item.type}`, { defaultValue: item.type });
  return (
    <div>
      {what ? <Typography.Text type="secondary">{what}</Typography.Text> : null}
      <details>
        <summary style={{ cursor: "pointer", color: "#1677ff" }}>{t("diff.details")}</summary>
        <Value value={value} />
      </details>
    </div>
  );
}

function Item({ area, item, label }: { area: Area; item: DiffItem; label?: string }) {
  const { t } = useTranslation("workflows");
  const whole = item.entries.length === 1 && item.entries[0].attribute === "" && !item.entries[0].reorder;
  const value = whole ? (item.op === "added" ? item.entries[0].after : item.entries[0].before) : undefined;
  const title = label ?? itemTitle(value);
  return (
    <div style={rowStyle(item.op)} data-testid="diff-item" data-op={item.op} data-key={item.key ?? ""}>
      {item.key ? (
        <Space size={6} wrap style={{ marginBottom: whole ? 0 : 4 }}>
          <Tag color={OP_TAG_COLORS[item.op]} style={{ marginInlineEnd: 0 }}>
            {t(`diff.ops.${item.op}`)}
          </Tag>
          {title ? <Typography.Text strong>{title}</Typography.Text> : null}
          <Typography.Text code>{item.key}</Typography.Text>
        </Space>
      ) : null}
      {whole ? (
        <WholeItem area={area} value={value} />
      ) : (
        <Space direction="vertical" size={4} style={{ width: "100%" }}>
          {item.entries.map((entry, index) => (
            <Entry key={index} entry={entry} />
          ))}
        </Space>
      )}
    </div>
  );
}

type Props = { changes: Change[]; labels?: Record<string, string> };

/** The changes between two versions, grouped by area (fields, states, transitions…), colour-coded. */
export function DiffList({ changes, labels = {} }: Props) {
  const { t } = useTranslation("workflows");
  const groups = groupChanges(changes);
  if (!groups.length) return <Empty description={t("diff.noChanges")} data-testid="diff-empty" />;
  return (
    <Collapse
      defaultActiveKey={groups.map((group) => group.area)}
      data-testid="diff-list"
      items={groups.map((group) => ({
        key: group.area,
        label: (
          <Space wrap>
            <Typography.Text strong>{t(`diff.areas.${group.area}`)}</Typography.Text>
            {(["added", "removed", "changed"] as const).map((op) =>
              group.counts[op] ? (
                <Tag key={op} color={OP_TAG_COLORS[op]}>
                  {t(`diff.counts.${op}`, { count: group.counts[op] })}
                </Tag>
              ) : null,
            )}
          </Space>
        ),
        children: (
          <Space direction="vertical" size={8} style={{ width: "100%" }} data-testid={`diff-group-${group.area}`}>
            {group.items.map((item, index) => (
              <Item key={item.key ?? index} area={group.area} item={item} label={item.key ? labels[`${group.area}.${item.key}`] : undefined} />
            ))}
          </Space>
        ),
      }))}
    />
  );
}
