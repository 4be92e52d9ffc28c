import { App, type ButtonProps } from "antd";
import { useTranslation } from "react-i18next";
import { useBulkHandle } from "../api/use-bulk-handle";
import { errorText } from "./error-text";
import { type QuickAttribute, type QuickTicket, quickStep, quickTransition } from "./quick";

/** Approve / reject one ticket where its transition needs no field (a to-do row's buttons, the `a`
 *  shortcut on a list or on the ticket page): through bulk-handle with the ticket's version, so a ticket
 *  that moved meanwhile is refused, not acted on twice. `confirm` asks first in a dialog. */
export function useQuickHandle() {
  const { t } = useTranslation("tickets");
  const { message, modal } = App.useApp();
  const bulk = useBulkHandle();
  const take = (ticket: QuickTicket, attribute: QuickAttribute) => {
    const quick = quickTransition(ticket, attribute);
    if (!quick) return;
    bulk.mutate(
      { tickets: [{ id: ticket.id, row_version: ticket.row_version, branch: quickStep(ticket)?.branch || undefined }], transition: quick.key, comment: "" },
      {
        onSuccess: (answer) => {
          const result = answer.results[0];
          if (result?.ok) message.success(t("bulk.doneOne", { serial: ticket.serial, name: quick.name }));
          else message.error(t(`errors.${result?.error?.code}`, { defaultValue: result?.error?.message ?? "" }));
        },
        onError: (error) => message.error(errorText(t, error)),
      },
    );
  };
  /** Ask in a dialog, then act; false when the ticket offers no such quick transition. */
  const confirm = (ticket: QuickTicket, attribute: QuickAttribute): boolean => {
    const quick = quickTransition(ticket, attribute);
    if (!quick) return false;
    modal.confirm({
      title: t(attribute === "agree" ? "bulk.confirmApproveOne" : "bulk.confirmRejectOne", { serial: ticket.serial, name: quick.name }),
      okText: quick.name,
      cancelText: t("actions.cancel", { ns: "common" }),
      okButtonProps: { danger: attribute === "reject", "data-testid": "quick-confirm-dialog-ok" } as ButtonProps,
      onOk: () => take(ticket, attribute),
    });
    return true;
  };
  return { take, confirm, pending: bulk.isPending };
}
