import { Alert, Card, Input, Skeleton } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { useWorkflows } from "@/entities/workflows";
import { ApiError } from "@/lib/api-client";
import { useWorkflowInits } from "../api/init";
import { WorkflowCards } from "../components/new/WorkflowCards";

/** /tickets/new: pick the workflow to start a ticket in (those whose `init` says I may create). */
export function NewTicketPage() {
  const { t } = useTranslation("tickets");
  const workflows = useWorkflows();
  const [search, setSearch] = useState("");
  const published = useMemo(() => (workflows.data ?? []).filter((workflow) => workflow.current_version !== null), [workflows.data]);
  const inits = useWorkflowInits(published.map((workflow) => workflow.id));
  const loading = workflows.isLoading || inits.some((init) => init.isLoading);
  const needle = search.trim().toLowerCase();
  const startable = published
    .filter((_workflow, index) => inits[index]?.data?.can_create)
    .filter((workflow) => !needle || `${workflow.name} ${workflow.category} ${workflow.description}`.toLowerCase().includes(needle))
    .sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name));
  // A 4xx means "not for you" (left out); anything else means the list may be incomplete.
  const failed = inits.some((init) => init.error && !(init.error instanceof ApiError && init.error.status < 500));

  return (
    <Page
      title={t("new.title")}
      extra={
        <Input.Search
          allowClear
          placeholder={t("new.search")}
          aria-label={t("new.search")}
          onChange={(event) => setSearch(event.target.value)}
          style={{ width: 260 }}
        />
      }
    >
      <ErrorAlert error={workflows.error} />
      {failed ? <Alert type="warning" showIcon message={t("new.someFailed")} style={{ marginBottom: 16 }} /> : null}
      {loading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : workflows.error ? null : (
        <WorkflowCards workflows={startable} />
      )}
    </Page>
  );
}
