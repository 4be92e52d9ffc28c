import { Alert, Form, Input, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { errorText } from "../../utils/error-text";

type Props = {
  open: boolean;
  title: string;
  okText: string;
  /** What the action does, shown above the comment. */
  description?: string;
  danger?: boolean;
  commentRequired: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (comment: string) => void;
  onClose: () => void;
};

/** An action that takes (or asks for) a comment: comment, consult reply, withdraw, close. */
export function CommentDialog({ open, title, okText, description, danger, commentRequired, pending, error, onSubmit, onClose }: Props) {
  const { t } = useTranslation("tickets");
  const [form] = Form.useForm<{ comment: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t("actions.cancel", { ns: "common" })}
      okButtonProps={{ danger, "data-testid": "dialog-ok" }}
      confirmLoading={pending}
      destroyOnHidden
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => onSubmit(values.comment?.trim() ?? ""))
          .catch(() => undefined)
      }
    >
      {description ? <Typography.Paragraph>{description}</Typography.Paragraph> : null}
      {error ? <Alert type="error" showIcon message={errorText(t, error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="comment"
          label={t("detail.comment")}
          rules={[
            { required: commentRequired, whitespace: true, message: t("dialogs.commentRequired") },
            { max: 10_000, message: t("validation.maxLength.characters", { count: 10_000 }) },
          ]}
        >
          <Input.TextArea rows={4} autoFocus data-testid="dialog-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
