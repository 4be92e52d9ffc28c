import { ArrowLeftOutlined, BarChartOutlined, CopyOutlined, EditOutlined } from "@ant-design/icons";
import { Button, Card, Col, Descriptions, Result, Row, Skeleton, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useWorkflow, useWorkflowVersions, useWorkflows } from "@/entities/workflows";
import { ApiError } from "@/lib/api-client";
import { CloneWorkflowModal } from "../components/CloneWorkflowModal";
import { ExportMenu } from "../components/ExportMenu";
import { LinkButton } from "../components/LinkButton";
import { DraftStatusTag } from "../components/StatusTags";
import { VersionCompare } from "../components/VersionCompare";
import { VersionHistory } from "../components/VersionHistory";
import { WorkflowSettingsForm } from "../components/WorkflowSettingsForm";
import type { Workflow } from "../types";
import { type Range, defaultRange } from "../utils/versions";

/** The from/to of the diff: from the URL (shareable), else previous → current. */
function useRange(versions: ReturnType<typeof useWorkflowVersions>["data"], current: number | null) {
  const [params, setParams] = useSearchParams();
  const from = Number(params.get("from"));
  const to = Number(params.get("to"));
  const known = new Set((versions ?? []).map((version) => version.number));
  const chosen = known.has(from) && known.has(to) ? { from, to } : undefined;
  const range = chosen ?? (versions ? defaultRange(versions, current) : undefined);
  const setRange = (next: Range) => {
    const search = new URLSearchParams(params);
    search.set("from", String(next.from));
    search.set("to", String(next.to));
    setParams(search, { replace: true });
  };
  return [range, setRange] as const;
}

function NotFound() {
  const { t } = useTranslation("workflows");
  return (
    <Result
      status="404"
      title={t("overview.notFound")}
      subTitle={t("overview.notFoundHint")}
      extra={<LinkButton to="/workflows" type="primary">{t("overview.backToList")}</LinkButton>}
    />
  );
}

function Overview({ workflow }: { workflow: Workflow }) {
  const { t } = useTranslation("workflows");
  const versions = useWorkflowVersions(workflow.id);
  const all = useWorkflows();
  const [range, setRange] = useRange(versions.data, workflow.current_version);
  const [cloning, setCloning] = useState(false);
  const compareRef = useRef<HTMLDivElement>(null);

  const compare = (from: number, to: number) => {
    setRange({ from, to });
    compareRef.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  };

  return (
    <Page
      title={
        <Space size={8} wrap>
          <LinkButton to="/workflows" type="text" icon={<ArrowLeftOutlined />} aria-label={t("overview.backToList")} />
          <span data-testid="workflow-name">{workflow.name}</span>
          <Typography.Text code style={{ fontSize: 14, fontWeight: 400 }}>
            {workflow.key}
          </Typography.Text>
          {workflow.category ? <Tag style={{ fontWeight: 400 }}>{workflow.category}</Tag> : null}
        </Space>
      }
      extra={
        <>
          <LinkButton to={`/workflows/${workflow.id}/design`} type="primary" icon={<EditOutlined />} disabled={!workflow.can_manage} data-testid="design-button">
            {t("actions.design")}
          </LinkButton>
          <ExportMenu id={workflow.id} workflowKey={workflow.key} disabled={!workflow.can_manage} />
          <Button icon={<CopyOutlined />} onClick={() => setCloning(true)} disabled={!workflow.can_manage} data-testid="clone-button">
            {t("actions.clone")}
          </Button>
          <LinkButton to={`/insight?workflow=${workflow.id}`} icon={<BarChartOutlined />} data-testid="statistics-button">
            {t("actions.statistics")}
          </LinkButton>
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <Card title={t("overview.about")} size="small">
              <Descriptions
                column={1}
                size="small"
                colon={false}
                styles={{ label: { width: 140 } }}
                items={[
                  {
                    key: "current",
                    label: t("overview.currentVersion"),
                    children:
                      workflow.current_version === null ? (
                        <Typography.Text type="secondary">{t("overview.noPublished")}</Typography.Text>
                      ) : (
                        <Tag color="green">{t("versions.label", { number: workflow.current_version })}</Tag>
                      ),
                  },
                  {
                    key: "draft",
                    label: t("overview.draft"),
                    children: (
                      <Space size={4}>
                        {workflow.draft_version ? <Tag color="blue">{t("versions.label", { number: workflow.draft_version })}</Tag> : null}
                        <DraftStatusTag workflow={workflow} />
                      </Space>
                    ),
                  },
                  { key: "created", label: t("overview.created"), children: dayjs(workflow.created_at).format("YYYY-MM-DD HH:mm") },
                  { key: "updated", label: t("overview.updated"), children: dayjs(workflow.updated_at).format("YYYY-MM-DD HH:mm") },
                ]}
              />
            </Card>
            <Card title={t("settings.title")} size="small">
              <WorkflowSettingsForm workflow={workflow} categories={(all.data ?? []).map((item) => item.category)} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={15}>
          <Card title={t("versions.title")} size="small" data-testid="version-history">
            <ErrorAlert error={versions.error} />
            <VersionHistory workflow={workflow} versions={versions.data ?? []} loading={versions.isPending} onCompare={compare} />
          </Card>
        </Col>
        <Col span={24}>
          <div ref={compareRef} style={{ scrollMarginTop: 16 }}>
            <Card title={t("diff.title")} size="small" data-testid="diff-card">
              {versions.data ? (
                <VersionCompare workflowId={workflow.id} versions={versions.data} range={range} onChange={setRange} />
              ) : (
                <Skeleton active />
              )}
            </Card>
          </div>
        </Col>
      </Row>
      <CloneWorkflowModal workflow={cloning ? workflow : undefined} onClose={() => setCloning(false)} />
    </Page>
  );
}

/** /workflows/:workflowId: the workflow's header and settings, its version history, and the diff between versions. */
export function WorkflowOverviewPage() {
  const { workflowId } = useParams();
  const id = Number(workflowId);
  const valid = /^\d+$/.test(workflowId ?? "") && id > 0;
  const workflow = useWorkflow(valid ? id : 0);
  if (!valid || (workflow.error instanceof ApiError && workflow.error.status === 404)) return <NotFound />;
  if (workflow.isError) {
    return (
      <div style={{ padding: 24 }}>
        <ErrorAlert error={workflow.error} />
      </div>
    );
  }
  if (!workflow.data) {
    return (
      <div style={{ padding: 24 }}>
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }
  return <Overview workflow={workflow.data} />;
}
