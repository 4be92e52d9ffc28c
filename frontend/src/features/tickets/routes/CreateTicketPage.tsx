import { Button, Card, Result, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { ApiError } from "@/lib/api-client";
import { useWorkflowInit } from "../api/init";
import { NewTicketForm } from "../components/new/NewTicketForm";

/** /tickets/new/:workflowId: fill in and submit a new ticket. */
export function CreateTicketPage() {
  const { t } = useTranslation("tickets");
  const navigate = useNavigate();
  const workflowId = Number(useParams().workflowId);
  const valid = Number.isInteger(workflowId) && workflowId > 0;
  const init = useWorkflowInit(valid ? workflowId : undefined);
  const back = <Button onClick={() => navigate("/tickets/new")}>{t("new.backToWorkflows")}</Button>;

  if (!valid || (init.error instanceof ApiError && init.error.status === 404)) {
    return <Result status="404" title={t("new.notFound")} subTitle={t("new.notFoundHint")} extra={back} />;
  }
  if (init.error) {
    return (
      <Page title={t("new.title")} extra={back}>
        <ErrorAlert error={init.error} />
      </Page>
    );
  }
  if (!init.data) {
    return (
      <Page title={t("new.title")}>
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </Page>
    );
  }
  if (!init.data.can_create) {
    return <Result status="403" title={t("new.notAllowed")} subTitle={t("new.notAllowedHint", { name: init.data.name })} extra={back} />;
  }
  return (
    <Page title={t("new.titleFor", { name: init.data.name })} extra={back}>
      <Card>
        <Typography.Paragraph type="secondary">{t("new.intro", { state: init.data.start_state.name })}</Typography.Paragraph>
        <NewTicketForm init={init.data} />
      </Card>
    </Page>
  );
}
