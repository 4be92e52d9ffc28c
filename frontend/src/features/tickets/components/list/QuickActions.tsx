import { CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { Button, type ButtonProps, Flex, Popconfirm } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TicketSummary } from "../../types";
import { type QuickAttribute, quickTransition } from "../../utils/quick";
import { useQuickHandle } from "../../utils/use-quick-handle";

/** Approve / reject a to-do row from the list, where its transition needs no field (with a confirmation;
 *  the row's version goes along, so a ticket that moved meanwhile is refused, not acted on twice). */
export function QuickActions({ ticket }: { ticket: TicketSummary }) {
  const { t } = useTranslation("tickets");
  const quickHandle = useQuickHandle();
  // A button's confirmation is mounted when the button is first pressed: a page of rows with two
  // pop-ups each waiting unseen was a large part of drawing the list on a phone.
  const [mounted, setMounted] = useState<QuickAttribute[]>([]);
  const [open, setOpen] = useState<QuickAttribute>();
  const button = (attribute: QuickAttribute) => {
    const quick = quickTransition(ticket, attribute);
    if (!quick) return null;
    const trigger = (
      <Button
        key={attribute}
        size="small"
        type={attribute === "agree" ? "primary" : "default"}
        danger={attribute === "reject"}
        icon={attribute === "agree" ? <CheckOutlined /> : <CloseOutlined />}
        loading={quickHandle.pending}
        data-testid={`quick-${attribute}-${ticket.id}`}
        aria-label={`${quick.name} ${ticket.serial}`}
        onClick={(event) => {
          event.stopPropagation();
          // Once mounted, the confirmation opens and closes itself (onOpenChange).
          if (!mounted.includes(attribute)) {
            setMounted([...mounted, attribute]);
            setOpen(attribute);
          }
        }}
      >
        {quick.name}
      </Button>
    );
    if (!mounted.includes(attribute)) return trigger;
    return (
      <Popconfirm
        key={attribute}
        open={open === attribute}
        onOpenChange={(next) => setOpen(next ? attribute : undefined)}
        title={t(attribute === "agree" ? "bulk.confirmApproveOne" : "bulk.confirmRejectOne", { serial: ticket.serial, name: quick.name })}
        okText={quick.name}
        cancelText={t("actions.cancel", { ns: "common" })}
        okButtonProps={{ danger: attribute === "reject", "data-testid": `quick-confirm-${ticket.id}` } as ButtonProps}
        onConfirm={() => quickHandle.take(ticket, attribute)}
        onPopupClick={(event) => event.stopPropagation()}
      >
        {trigger}
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
