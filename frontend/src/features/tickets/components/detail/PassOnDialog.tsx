import { Alert, App, Form, Input, Modal } from "antd";
import { useTranslation } from "react-i18next";
import { UserSelect } from "@/entities/users";
import { useConsultTicket } from "../../api/use-consult-ticket";
import { useDeliverTicket } from "../../api/use-deliver-ticket";
import type { TicketDetail } from "../../types";
import { errorText } from "../../utils/error-text";

type Props = {
  mode: "deliver" | "consult";
  ticket: TicketDetail;
  /** The parallel branch my turn is on ("" or none: the ticket's own path). */
  branch?: string;
  open: boolean;
  onClose: () => void;
};
type Values = { to: string | string[]; comment: string };

/** Deliver (pass my turn to one person) or consult (ask one or more people for their opinion). */
export function PassOnDialog({ mode, ticket, branch, open, onClose }: Props) {
  const { t } = useTranslation("tickets");
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const deliver = useDeliverTicket(ticket.id, ticket.row_version);
  const consult = useConsultTicket(ticket.id);
  const mutation = mode === "deliver" ? deliver : consult;

  const submit = async () => {
    const values = await form.validateFields();
    const comment = values.comment ?? "";
    const done = () => {
      message.success(t(`dialogs.${mode}.done`));
      onClose();
    };
    if (mode === "deliver") deliver.mutate({ to: values.to as string, comment, branch }, { onSuccess: done });
    else consult.mutate({ to: values.to as string[], comment, branch }, { onSuccess: done });
  };

  return (
    <Modal
      open={open}
      title={t(`dialogs.${mode}.title`)}
      okText={t(`dialogs.${mode}.ok`)}
      cancelText={t("actions.cancel", { ns: "common" })}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      afterOpenChange={(visible) => (visible ? undefined : mutation.reset())}
      okButtonProps={{ "data-testid": "dialog-ok" }}
    >
      <Form<Values> form={form} layout="vertical" preserve={false}>
        {mutation.error ? <Alert type="error" showIcon message={errorText(t, mutation.error)} style={{ marginBottom: 16 }} /> : null}
        <Form.Item
          name="to"
          label={t(`dialogs.${mode}.to`)}
          rules={[{ required: true, message: t(`dialogs.${mode}.toRequired`) }]}
          extra={t(`dialogs.${mode}.hint`)}
        >
          <UserSelect
            by="username"
            multiple={mode === "consult"}
            placeholder={t("fields.searchPeople")}
            style={{ width: "100%", maxWidth: 480 }}
            data-testid="dialog-person"
          />
        </Form.Item>
        <Form.Item name="comment" label={t("detail.comment")} rules={[{ max: 10_000 }]}>
          <Input.TextArea rows={3} data-testid="dialog-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
