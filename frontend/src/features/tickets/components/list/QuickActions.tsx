import { CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { Button, type ButtonProps, Flex, Popconfirm } from "antd";
import { useTranslation } from "react-i18next";
import type { TicketSummary } from "../../types";
import { type QuickAttribute, quickTransition } from "../../utils/quick";
import { useQuickHandle } from "../../utils/use-quick-handle";

/** Approve / reject a to-do row from the list, where its transition needs no field (with a confirmation;
 *  the row's version goes along, so a ticket that moved meanwhile is refused, not acted on twice). */
export function QuickActions({ ticket }: { ticket: TicketSummary }) {
  const { t } = useTranslation("tickets");
  const quickHandle = useQuickHandle();
  const button = (attribute: QuickAttribute) => {
    const quick = quickTransition(ticket, attribute);
    if (!quick) return null;
    return (
      <Popconfirm
        title={t(attribute === "agree" ? "bulk.confirmApproveOne" : "bulk.confirmRejectOne", { serial: ticket.serial, name: quick.name })}
        okText={quick.name}
        cancelText={t("actions.cancel", { ns: "common" })}
        okButtonProps={{ danger: attribute === "reject", "data-testid": `quick-confirm-${ticket.id}` } as ButtonProps}
        onConfirm={() => quickHandle.take(ticket, attribute)}
        onPopupClick={(event) => event.stopPropagation()}
      >
        <Button
          size="small"
          type={attribute === "agree" ? "primary" : "default"}
          danger={attribute === "reject"}
          icon={attribute === "agree" ? <CheckOutlined /> : <CloseOutlined />}
          loading={quickHandle.pending}
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
