// /workflows/:workflowId/design — loads the workflow and its draft, then hands them to the designer.
import { Button, Result, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useWorkflow } from "@/entities/workflows";
import { ApiError } from "@/lib/api-client";
import { useDraft } from "../api/use-draft";
import { Designer } from "../components/Designer";
import "../designer.css";

export function DesignerPage() {
  const { t } = useTranslation("designer");
  const { workflowId: raw } = useParams();
  const workflowId = Number(raw);
  const valid = Number.isInteger(workflowId) && workflowId > 0;
  const workflow = useWorkflow(workflowId, valid);
  const draft = useDraft(workflowId, valid);

  const failure = !valid ? null : (workflow.error ?? draft.error);
  if (!valid || (failure instanceof ApiError && failure.status === 404)) {
    return (
      <Result
        status="404"
        title={t("notFound.title")}
        subTitle={t("notFound.message")}
        extra={
          <Link to="/workflows">
            <Button type="primary">{t("notFound.back")}</Button>
          </Link>
        }
      />
    );
  }
  if (failure) {
    return (
      <div style={{ padding: 24 }}>
        <ErrorAlert error={failure} />
        <Button
          onClick={() => {
            void workflow.refetch();
            void draft.refetch();
          }}
        >
          {t("actions.refresh", { ns: "common" })}
        </Button>
      </div>
    );
  }
  if (!workflow.data || !draft.data) {
    return (
      <div style={{ padding: 24 }} data-testid="designer-loading">
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }
  return <Designer key={`${workflowId}`} workflowId={workflowId} workflowName={workflow.data.name} draft={draft.data} />;
}
