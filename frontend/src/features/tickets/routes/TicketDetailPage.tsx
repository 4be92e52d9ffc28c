import { ArrowLeftOutlined } from "@ant-design/icons";
import { App, Button, Card, Col, Result, Row, Skeleton, Space, Typography } from "antd";
import { Suspense, lazy, useDeferredValue, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { ApiError } from "@/lib/api-client";
import { useShortcuts } from "@/lib/shortcuts";
import { useNearViewport } from "@/lib/use-near-viewport";
import { useScreens } from "@/lib/use-screens";
import { useRevealConsole } from "@/lib/use-reveal-console";
import { useTicketActions } from "../api/use-ticket-actions";
import { useTicket } from "../api/use-ticket";
import { useFlowLog } from "../api/use-flow-log";
import { useWorkflowInit } from "../api/init";
import { useTicketSteps } from "../api/use-ticket-steps";
import { ActionBar } from "../components/detail/ActionBar";
import { BranchesCard } from "../components/detail/BranchesCard";
import { FlowLogTimeline } from "../components/detail/FlowLogTimeline";
import { HandlePanel } from "../components/detail/HandlePanel";
import { TicketFieldsView } from "../components/detail/TicketFieldsView";
import { TicketHeader } from "../components/detail/TicketHeader";
import { isEditable } from "../components/fields/values";
import { branchLabel, branchStateName } from "../utils/branches";
import { fieldSpecs } from "../utils/field-specs";
import { useQuickHandle } from "../utils/use-quick-handle";

// The graph library is big and the graph sits at the page's foot: on a phone it loads once the person
// scrolls near it; from 768 px up (two columns, the graph close to the top) at once.
const TicketGraph = lazy(() => import("../components/detail/TicketGraph").then((module) => ({ default: module.TicketGraph })));
const graphHeight = 320;
const NOTHING_YET = {} as const;

/** /tickets/:ticketId: the ticket, what I may do with it, its history and where it is in its flow. */
export function TicketDetailPage() {
  const { t } = useTranslation("tickets");
  const navigate = useNavigate();
  const ticketId = Number(useParams().ticketId);
  const valid = Number.isInteger(ticketId) && ticketId > 0;
  const ticket = useTicket(valid ? ticketId : 0);
  const actions = useTicketActions(valid ? ticketId : 0);
  const log = useFlowLog(valid ? ticketId : 0);
  const stepsQuery = useTicketSteps(valid ? ticketId : 0);
  const init = useWorkflowInit(ticket.data?.workflow.id);
  const [graphBox, graphNear] = useNearViewport<HTMLDivElement>();
  const graphNow = useScreens().md === true;
  // Each query's answer lands in a timer task of its own, and React renders a store's update at once, in
  // one piece: on a phone those were the page's long tasks. The page renders from a deferred copy of
  // the answers instead, as a transition React splits into slices the browser can interleave.
  const live = useMemo(
    () => ({ ticket: ticket.data, actions: actions.data, log: log.data, steps: stepsQuery.data, init: init.data }),
    [ticket.data, actions.data, log.data, stepsQuery.data, init.data],
  );
  const shown: Partial<typeof live> = useDeferredValue(live, NOTHING_YET);
  // The server may have drawn this page's top already (a first view): show this one in its place once drawn.
  useRevealConsole(Boolean(shown.ticket) || Boolean(ticket.error) || !valid);
  const specs = useMemo(() => (shown.ticket ? fieldSpecs(shown.ticket, shown.init) : new Map()), [shown.ticket, shown.init]);
  // "a": approve this ticket after a confirmation, where its approve transition needs no field.
  const { message } = App.useApp();
  const quickHandle = useQuickHandle();
  useShortcuts({
    a: () => {
      if (ticket.data && !quickHandle.confirm(ticket.data, "agree")) message.info(t("detail.noQuickApprove"));
    },
  });

  // Back to where I came from; a ticket opened from a link (no history in the app) goes back to my list.
  const cameFromApp = ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => (cameFromApp ? navigate(-1) : navigate("/tickets?view=todo"))}>
      {t("actions.back", { ns: "common" })}
    </Button>
  );
  if (!valid || (ticket.error instanceof ApiError && ticket.error.status === 404)) {
    return <Result status="404" title={t("detail.notFound")} subTitle={t("detail.notFoundHint")} extra={back} />;
  }
  if (ticket.error) {
    return (
      <Page title={t("detail.title")} extra={back}>
        <ErrorAlert error={ticket.error} />
      </Page>
    );
  }
  if (!shown.ticket) {
    return (
      <Page title={t("detail.title")}>
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </Page>
    );
  }

  const data = shown.ticket;
  const offered = shown.actions ?? [];
  const transitions = offered.filter((action) => action.action === "handle" && action.transition);
  const handling = transitions.length > 0;
  // When it is my turn the editable fields move into the handle panel; the rest stay read-only here.
  const shownFields = handling ? data.fields.filter((field) => !isEditable(field.permission)) : data.fields;
  const stateNames = new Map((shown.steps?.states ?? []).map((state) => [state.key, state.name]));
  const transitionNames = new Map((shown.steps?.transitions ?? []).map((transition) => [transition.key, transition.name]));
  const open = !["finished", "closed"].includes(data.status);
  const waitingFor = open ? [...new Set(data.handlers.map((handler) => handler.display_name || handler.username))] : undefined;
  // A branch where the ticket started it (the history), or where it is now (what I act on).
  const startedAs = (key: string) => branchLabel(key, shown.steps);
  const nowAt = (key: string) => branchStateName(data, key, shown.steps);
  const branches = data.branches ?? [];

  return (
    <Page
      title={
        <Space size={12} wrap>
          <span data-testid="ticket-title">{data.title}</span>
          <Typography.Text type="secondary" style={{ fontSize: 16, fontWeight: 400 }}>
            {data.serial}
          </Typography.Text>
        </Space>
      }
      extra={back}
    >
      <Card style={{ marginBottom: 16 }}>
        <TicketHeader ticket={data} />
        {actions.error ? <ErrorAlert error={actions.error} /> : null}
        {offered.length ? (
          <div style={{ marginTop: 12 }}>
            <ActionBar ticket={data} actions={offered} states={shown.steps?.states ?? []} branchName={nowAt} />
          </div>
        ) : null}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            {handling ? (
              <Card title={t("detail.yourTurn")} data-testid="handle-card">
                <HandlePanel key={data.row_version} ticket={data} specs={specs} transitions={transitions} branchName={nowAt} />
              </Card>
            ) : null}
            <Card title={t("detail.fields")}>
              <TicketFieldsView fields={shownFields} specs={specs} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            {branches.length ? <BranchesCard branches={branches} branchName={startedAs} /> : null}
            <Card title={t("detail.history")}>
              <ErrorAlert error={log.error} />
              {shown.log ? (
                <FlowLogTimeline
                  entries={shown.log}
                  stateNames={stateNames}
                  transitionNames={transitionNames}
                  specs={specs}
                  waitingFor={waitingFor}
                  branchName={startedAs}
                />
              ) : log.isLoading ? (
                <Skeleton active />
              ) : null}
            </Card>
          </Space>
        </Col>
        <Col span={24}>
          {/* Full width: designers lay flows out left to right, which a side column would shrink to nothing. */}
          <Card title={t("detail.graph")} styles={{ body: { padding: 0 } }}>
            {stepsQuery.error ? (
              <div style={{ padding: 16 }}>
                <ErrorAlert error={stepsQuery.error} />
              </div>
            ) : shown.steps ? (
              <div ref={graphBox} style={{ height: graphHeight }}>
                {graphNear || graphNow ? (
                  <Suspense fallback={null}>
                    <TicketGraph steps={shown.steps} height={graphHeight} />
                  </Suspense>
                ) : null}
              </div>
            ) : (
              <div style={{ padding: 16 }}>
                <Skeleton active />
              </div>
            )}
          </Card>
        </Col>
      </Row>
    </Page>
  );
}
