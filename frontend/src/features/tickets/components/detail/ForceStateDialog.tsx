import { Alert, Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { ActionDialog } from "./ActionDialog";

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
export function ForceStateDialog({ states, current, onSubmit, ...dialog }: Props) {
  const { t } = useTranslation("tickets");
  const [form] = Form.useForm<{ state: string; comment: string }>();
  return (
    <ActionDialog
      {...dialog}
      title={t("dialogs.force_state.title")}
      okText={t("dialogs.force_state.ok")}
      danger
      form={form}
      onSubmit={(values) => onSubmit({ state: values.state, comment: values.comment?.trim() ?? "" })}
      intro={<Alert type="warning" showIcon message={t("dialogs.force_state.warning")} style={{ marginBottom: 16 }} />}
    >
      <Form.Item name="state" label={t("dialogs.force_state.state")} rules={[{ required: true, message: t("dialogs.force_state.stateRequired") }]}>
        <Select
          data-testid="dialog-state"
          options={states.filter((state) => state.key !== current).map((state) => ({ value: state.key, label: state.name }))}
        />
      </Form.Item>
      <Form.Item name="comment" label={t("detail.comment")} rules={[{ max: 10_000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </ActionDialog>
  );
}
