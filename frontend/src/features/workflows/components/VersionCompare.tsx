import { SwapOutlined } from "@ant-design/icons";
import { Button, Card, Col, Empty, Flex, Row, Select, Skeleton, Space, Tag, Tooltip, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useWorkflowVersion } from "@/entities/workflows";
import { useDiff } from "../api/use-diff";
import type { VersionSummary } from "../types";
import { OP_TAG_COLORS, graphMarks, groupChanges, itemLabels } from "../utils/diff";
import type { Range } from "../utils/versions";
import { DiffList } from "./DiffList";
import { VersionGraph } from "./VersionGraph";

type Props = { workflowId: number; versions: VersionSummary[]; range: Range | undefined; onChange: (range: Range) => void };

/** Two versions side by side: their graphs (changes coloured) and the list of changes by area. */
export function VersionCompare({ workflowId, versions, range, onChange }: Props) {
  const { t } = useTranslation("workflows");
  const diff = useDiff(workflowId, range?.from, range?.to);
  const before = useWorkflowVersion(workflowId, range?.from);
  const after = useWorkflowVersion(workflowId, range?.to);
  const changes = useMemo(() => diff.data?.changes ?? [], [diff.data]);
  const marks = useMemo(() => graphMarks(changes), [changes]);
  const labels = useMemo(() => itemLabels(before.data?.document, after.data?.document), [before.data, after.data]);

  if (versions.length < 2 || !range) {
    return <Empty description={t("diff.onlyOne")} data-testid="diff-only-one" />;
  }
  const options = versions.map((version) => ({
    value: version.number,
    label: `${t("versions.label", { number: version.number })} · ${t(`versions.statuses.${version.status}`, { defaultValue: version.status })}`,
  }));
  const totals = { added: 0, removed: 0, changed: 0 };
  for (const group of groupChanges(changes)) for (const op of ["added", "removed", "changed"] as const) totals[op] += group.counts[op];

  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }} data-testid="version-compare">
      <Flex gap={8} wrap align="center">
        <label htmlFor="diff-from">{t("diff.from")}</label>
        <Select
          id="diff-from"
          value={range.from}
          options={options}
          onChange={(from: number) => onChange({ ...range, from })}
          style={{ width: 180 }}
          data-testid="diff-from"
        />
        <Tooltip title={t("diff.swap")}>
          <Button icon={<SwapOutlined />} aria-label={t("diff.swap")} onClick={() => onChange({ from: range.to, to: range.from })} />
        </Tooltip>
        <label htmlFor="diff-to">{t("diff.to")}</label>
        <Select
          id="diff-to"
          value={range.to}
          options={options}
          onChange={(to: number) => onChange({ ...range, to })}
          style={{ width: 180 }}
          data-testid="diff-to"
        />
        {diff.data ? (
          <Space size={4} wrap data-testid="diff-summary">
            {(["added", "removed", "changed"] as const).map((op) => (
              <Tag key={op} color={totals[op] ? OP_TAG_COLORS[op] : undefined}>
                {t(`diff.counts.${op}`, { count: totals[op] })}
              </Tag>
            ))}
          </Space>
        ) : null}
      </Flex>
      {range.from === range.to ? (
        <Empty description={t("diff.same")} />
      ) : (
        <>
          <ErrorAlert error={diff.error ?? before.error ?? after.error} />
          <Row gutter={[16, 16]}>
            {([
              ["from", before, range.from],
              ["to", after, range.to],
            ] as const).map(([side, query, number]) => (
              <Col xs={24} xl={12} key={side}>
                <Card size="small" title={t(`diff.graph.${side}`, { number })} styles={{ body: { padding: 8 } }}>
                  {query.data ? (
                    <VersionGraph document={query.data.document} marks={marks} testId={`graph-${side}`} />
                  ) : (
                    <Skeleton active paragraph={{ rows: 6 }} />
                  )}
                </Card>
              </Col>
            ))}
          </Row>
          <Flex gap={16} wrap>
            {(["added", "removed", "changed"] as const).map((op) => (
              <Typography.Text key={op} type="secondary">
                <Tag color={OP_TAG_COLORS[op]}>{t(`diff.ops.${op}`)}</Tag>
                {t(`diff.legend.${op}`)}
              </Typography.Text>
            ))}
          </Flex>
          {diff.isPending ? <Skeleton active /> : diff.data ? <DiffList changes={changes} labels={labels} /> : null}
        </>
      )}
    </Space>
  );
}
