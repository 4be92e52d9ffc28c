import { ImportOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Input } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useWorkflows } from "@/entities/workflows";
import { CloneWorkflowModal } from "../components/CloneWorkflowModal";
import { CreateWorkflowModal } from "../components/CreateWorkflowModal";
import { ImportWorkflowModal } from "../components/ImportWorkflowModal";
import { WorkflowTable } from "../components/WorkflowTable";
import type { Workflow } from "../types";

/** /workflows: every workflow, searchable, with create / import and per-row actions. */
export function WorkflowsPage() {
  const { t } = useTranslation("workflows");
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const workflows = useWorkflows({ q: q || undefined });
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [cloning, setCloning] = useState<Workflow>();

  const search = (value: string) => {
    const next = new URLSearchParams(params);
    if (value.trim()) next.set("q", value.trim());
    else next.delete("q");
    setParams(next, { replace: true });
  };

  const empty = q ? (
    <Empty description={t("list.noMatch", { q })} />
  ) : (
    <Empty description={t("list.empty")}>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
        {t("list.new")}
      </Button>
    </Empty>
  );

  return (
    <Page
      title={t("list.title")}
      extra={
        <>
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="import-workflow">
            {t("list.import")}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-workflow">
            {t("list.new")}
          </Button>
        </>
      }
    >
      <Card>
        <Input.Search
          key={q}
          defaultValue={q}
          allowClear
          enterButton
          placeholder={t("list.searchPlaceholder")}
          aria-label={t("list.searchPlaceholder")}
          onSearch={search}
          style={{ maxWidth: 360, marginBottom: 16 }}
          data-testid="workflow-search"
        />
        <ErrorAlert error={workflows.error} />
        <WorkflowTable
          workflows={workflows.data ?? []}
          loading={workflows.isFetching}
          onClone={setCloning}
          empty={workflows.isError ? <span /> : empty}
        />
      </Card>
      <CreateWorkflowModal
        open={creating}
        onClose={() => setCreating(false)}
        categories={(workflows.data ?? []).map((workflow) => workflow.category)}
        takenKeys={(workflows.data ?? []).map((workflow) => workflow.key)}
      />
      <ImportWorkflowModal open={importing} onClose={() => setImporting(false)} />
      <CloneWorkflowModal workflow={cloning} onClose={() => setCloning(undefined)} />
    </Page>
  );
}
