import { Button, Drawer, Flex } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./ErrorAlert";

type Props = {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** The drawer's form (see useEditForm): Save submits it, closing resets its mutations. */
  edit: { form: { submit: () => void }; mutation: { isPending: boolean; error: unknown }; reset: () => void };
  saveTestId: string;
  width?: number;
  children: ReactNode;
};

/** A create-or-edit form in a side drawer: the server's error on top, Cancel and Save below. */
export function FormDrawer({ open, onClose, title, edit, saveTestId, width = 520, children }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={width}
      destroyOnHidden
      afterOpenChange={(visible) => (visible ? undefined : edit.reset())}
      title={title}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("actions.cancel")}</Button>
          <Button type="primary" loading={edit.mutation.isPending} onClick={() => edit.form.submit()} data-testid={saveTestId}>
            {t("actions.save")}
          </Button>
        </Flex>
      }
    >
      <ErrorAlert error={edit.mutation.error} />
      {children}
    </Drawer>
  );
}
