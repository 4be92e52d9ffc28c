import { Alert, Form, Input, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import { errorText } from "../../utils/error-text";

type Props = {
  open: boolean;
  states: { key: string; name: string }[];
  current: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: { state: string; comment: string }) => void;
  onClose: () => void;
};

/** Put the ticket into another state (admins and the workflow's intervenors). */
export function ForceStateDialog({ open, states, current, pending, error, onSubmit, onClose }: Props) {
  const { t } = useTranslation("tickets");
  const [form] = Form.useForm<{ state: string; comment: string }>();
  return (
    <Modal
      open={open}
      title={t("dialogs.force_state.title")}
      okText={t("dialogs.force_state.ok")}
      cancelText={t("actions.cancel", { ns: "common" })}
      okButtonProps={{ danger: true, "data-testid": "dialog-ok" }}
      confirmLoading={pending}
      destroyOnHidden
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => onSubmit({ state: values.state, comment: values.comment?.trim() ?? "" }))
          .catch(() => undefined)
      }
    >
      <Alert type="warning" showIcon message={t("dialogs.force_state.warning")} style={{ marginBottom: 16 }} />
      {error ? <Alert type="error" showIcon message={errorText(t, error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="state" label={t("dialogs.force_state.state")} rules={[{ required: true, message: t("dialogs.force_state.stateRequired") }]}>
          <Select
            data-testid="dialog-state"
            options={states.filter((state) => state.key !== current).map((state) => ({ value: state.key, label: state.name }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t("detail.comment")} rules={[{ max: 10_000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
