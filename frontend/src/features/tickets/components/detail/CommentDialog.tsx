import { Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ActionDialog } from "./ActionDialog";

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
export function CommentDialog({ description, commentRequired, onSubmit, ...dialog }: Props) {
  const { t } = useTranslation("tickets");
  const [form] = Form.useForm<{ comment: string }>();
  return (
    <ActionDialog
      {...dialog}
      form={form}
      onSubmit={(values) => onSubmit(values.comment?.trim() ?? "")}
      intro={description ? <Typography.Paragraph>{description}</Typography.Paragraph> : null}
    >
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
    </ActionDialog>
  );
}
