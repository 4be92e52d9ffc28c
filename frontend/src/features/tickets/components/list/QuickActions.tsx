import { CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { App, Button, type ButtonProps, Flex, Popconfirm } from "antd";
import { useTranslation } from "react-i18next";
import { useBulkHandle } from "../../api/use-bulk-handle";
import type { TicketSummary } from "../../types";
import { errorText } from "../../utils/error-text";
import { type QuickAttribute, quickStep, quickTransition } from "../../utils/quick";

/** Approve / reject a to-do row from the list, where its transition needs no field (with a confirmation;
 *  the row's version goes along, so a ticket that moved meanwhile is refused, not acted on twice). */
export function QuickActions({ ticket }: { ticket: TicketSummary }) {
  const { t } = useTranslation("tickets");
  const { message } = App.useApp();
  const bulk = useBulkHandle();
  const step = quickStep(ticket);
  const take = (attribute: QuickAttribute) => {
    const quick = quickTransition(ticket, attribute);
    if (!quick) return;
    bulk.mutate(
      { tickets: [{ id: ticket.id, row_version: ticket.row_version, branch: step?.branch || undefined }], transition: quick.key, comment: "" },
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
  const button = (attribute: QuickAttribute) => {
    const quick = quickTransition(ticket, attribute);
    if (!quick) return null;
    return (
      <Popconfirm
        title={t(attribute === "agree" ? "bulk.confirmApproveOne" : "bulk.confirmRejectOne", { serial: ticket.serial, name: quick.name })}
        okText={quick.name}
        cancelText={t("actions.cancel", { ns: "common" })}
        okButtonProps={{ danger: attribute === "reject", "data-testid": `quick-confirm-${ticket.id}` } as ButtonProps}
        onConfirm={() => take(attribute)}
        onPopupClick={(event) => event.stopPropagation()}
      >
        <Button
          size="small"
          type={attribute === "agree" ? "primary" : "default"}
          danger={attribute === "reject"}
          icon={attribute === "agree" ? <CheckOutlined /> : <CloseOutlined />}
          loading={bulk.isPending}
          data-testid={`quick-${attribute}-${ticket.id}`}
          aria-label={`${quick.name} ${ticket.serial}`}
          onClick={(event) => event.stopPropagation()}
        >
          {quick.name}
        </Button>
      </Popconfirm>
    );
  };
  return (
    <Flex gap={4} wrap>
      {button("agree")}
      {button("reject")}
    </Flex>
  );
}
