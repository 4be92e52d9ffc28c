import { App, Button, Flex } from "antd";
import { Suspense, lazy, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAcceptTicket } from "../../api/use-accept-ticket";
import { useCloseTicket } from "../../api/use-close-ticket";
import { useCommentTicket } from "../../api/use-comment-ticket";
import { useConsultReply } from "../../api/use-consult-reply";
import { useForceState } from "../../api/use-force-state";
import { useWithdrawTicket } from "../../api/use-withdraw-ticket";
import type { TicketAction, TicketDetail } from "../../types";
import { actionBranch } from "../../utils/branches";
import { errorText } from "../../utils/error-text";
import { CommentDialog } from "./CommentDialog";

// Passing a ticket on (a people picker) and forcing a state (a state picker) are rare: their dialogs
// load when first opened, not with every ticket page.
const PassOnDialog = lazy(() => import("./PassOnDialog").then((module) => ({ default: module.PassOnDialog })));
const ForceStateDialog = lazy(() => import("./ForceStateDialog").then((module) => ({ default: module.ForceStateDialog })));

/** The order the buttons appear in; transitions ("handle") are in the handle panel, not here. */
export const BAR_ACTIONS = ["accept", "consult_reply", "deliver", "consult", "withdraw", "close", "force_state", "comment"] as const;
type BarAction = (typeof BAR_ACTIONS)[number];

type Props = {
  ticket: TicketDetail;
  actions: TicketAction[];
  states: { key: string; name: string }[];
  /** What to call a parallel branch an action is on (its key → a name). */
  branchName?: (key: string) => string;
};

/** One button per action the server offers me on this ticket (besides transitions), and their dialogs.
 *  An action offered on several parallel branches (I hold a place on each) gets a button per branch,
 *  named after it; each sends its branch. */
export function ActionBar({ ticket, actions, states, branchName = (key) => key }: Props) {
  const { t } = useTranslation("tickets");
  const { message } = App.useApp();
  const [open, setOpen] = useState<{ action: BarAction; branch: string }>();
  // Dialogs opened once stay mounted (their closing animation, their form's state while the page lives).
  const [opened, setOpened] = useState<BarAction[]>([]);
  const openDialog = (action: BarAction, branch: string) => {
    setOpen({ action, branch });
    setOpened((before) => (before.includes(action) ? before : [...before, action]));
  };
  const offered = new Set(actions.map((action) => action.action));
  const branchesOf = (action: BarAction) => [
    ...new Set(actions.filter((item) => item.action === action).map(actionBranch)),
  ];
  const isOpen = (action: BarAction) => open?.action === action;
  const accept = useAcceptTicket(ticket.id, ticket.row_version);
  const reply = useConsultReply(ticket.id);
  const withdraw = useWithdrawTicket(ticket.id, ticket.row_version);
  const close = useCloseTicket(ticket.id);
  const force = useForceState(ticket.id);
  const comment = useCommentTicket(ticket.id);

  const dismiss = () => {
    setOpen(undefined);
    for (const mutation of [reply, withdraw, close, force, comment]) mutation.reset();
  };
  const finished = (action: BarAction) => () => {
    message.success(t(`dialogs.${action}.done`));
    dismiss();
  };

  const button = (action: BarAction, branch: string, several: boolean) => {
    const primary = action === "accept" || action === "consult_reply";
    const danger = action === "withdraw" || action === "close" || action === "force_state";
    return (
      <Button
        key={`${action} ${branch}`}
        type={primary ? "primary" : "default"}
        danger={danger}
        loading={action === "accept" && accept.isPending && (accept.variables?.branch ?? "") === branch}
        onClick={() =>
          action === "accept"
            ? accept.mutate(
                { branch },
                {
                  onSuccess: () => message.success(t("dialogs.accept.done")),
                  onError: (error) => message.error(errorText(t, error)),
                },
              )
            : openDialog(action, branch)
        }
        data-testid={several ? `action-${action}-${branch}` : `action-${action}`}
      >
        {several ? t("branches.actionOn", { action: t(`actionNames.${action}`), branch: branchName(branch) }) : t(`actionNames.${action}`)}
      </Button>
    );
  };
  const buttons = (action: BarAction) => {
    const branches = branchesOf(action);
    return branches.map((branch) => button(action, branch, branches.length > 1));
  };

  return (
    <>
      <Flex wrap gap={8}>
        {BAR_ACTIONS.flatMap(buttons)}
      </Flex>
      <Suspense fallback={null}>
        {offered.has("deliver") && opened.includes("deliver") ? (
          <PassOnDialog mode="deliver" ticket={ticket} branch={open?.branch} open={isOpen("deliver")} onClose={dismiss} />
        ) : null}
        {offered.has("consult") && opened.includes("consult") ? (
          <PassOnDialog mode="consult" ticket={ticket} branch={open?.branch} open={isOpen("consult")} onClose={dismiss} />
        ) : null}
        {opened.includes("force_state") ? (
          <ForceStateDialog
            open={isOpen("force_state")}
            states={states}
            current={ticket.state.key}
            pending={force.isPending}
            error={force.error}
            onSubmit={(values) => force.mutate(values, { onSuccess: finished("force_state") })}
            onClose={dismiss}
          />
        ) : null}
      </Suspense>
      <CommentDialog
        open={isOpen("comment")}
        title={t("dialogs.comment.title")}
        okText={t("dialogs.comment.ok")}
        commentRequired
        pending={comment.isPending}
        error={comment.error}
        onSubmit={(text) => comment.mutate({ comment: text }, { onSuccess: finished("comment") })}
        onClose={dismiss}
      />
      <CommentDialog
        open={isOpen("consult_reply")}
        title={t("dialogs.consult_reply.title")}
        okText={t("dialogs.consult_reply.ok")}
        description={t("dialogs.consult_reply.description")}
        commentRequired
        pending={reply.isPending}
        error={reply.error}
        onSubmit={(text) => reply.mutate({ comment: text, branch: open?.branch }, { onSuccess: finished("consult_reply") })}
        onClose={dismiss}
      />
      <CommentDialog
        open={isOpen("withdraw")}
        title={t("dialogs.withdraw.title")}
        okText={t("dialogs.withdraw.ok")}
        description={t("dialogs.withdraw.description")}
        danger
        commentRequired={false}
        pending={withdraw.isPending}
        error={withdraw.error}
        onSubmit={(text) => withdraw.mutate({ comment: text }, { onSuccess: finished("withdraw") })}
        onClose={dismiss}
      />
      <CommentDialog
        open={isOpen("close")}
        title={t("dialogs.close.title")}
        okText={t("dialogs.close.ok")}
        description={t("dialogs.close.description")}
        danger
        commentRequired={false}
        pending={close.isPending}
        error={close.error}
        onSubmit={(text) => close.mutate({ comment: text }, { onSuccess: finished("close") })}
        onClose={dismiss}
      />
    </>
  );
}
