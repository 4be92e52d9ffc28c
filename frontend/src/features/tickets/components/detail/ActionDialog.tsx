import { Alert, Form, type FormInstance, Modal } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../../utils/error-text";

type Props<Values> = {
  open: boolean;
  title: string;
  okText: string;
  danger?: boolean;
  /** The dialog's form: OK validates it, then hands its values to `onSubmit`. */
  form: FormInstance<Values>;
  onSubmit: (values: Values) => void;
  onClose: () => void;
  pending: boolean;
  /** The action's failure, shown above the fields. */
  error: unknown;
  /** What comes before the error and the fields (a description, a warning). */
  intro?: ReactNode;
  children: ReactNode;
};

/** A ticket action asked for in a modal form (comment, withdraw, close, force a state). */
export function ActionDialog<Values>({ open, title, okText, danger, form, onSubmit, onClose, pending, error, intro, children }: Props<Values>) {
  const { t } = useTranslation("tickets");
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
          .then(onSubmit)
          .catch(() => undefined)
      }
    >
      {intro}
      {error ? <Alert type="error" showIcon message={errorText(t, error)} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" preserve={false}>
        {children}
      </Form>
    </Modal>
  );
}
