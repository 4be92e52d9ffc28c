import { DeleteOutlined } from "@ant-design/icons";
import { Alert, App, Button, type ButtonProps, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { type Tenant, useDeleteTenant } from "../api/tenants";

/** Delete a tenant and all its data, after typing its key (no undo, so no accidental click). */
export function DeleteTenantButton({ tenant, onDeleted }: { tenant: Tenant; onDeleted: () => void }) {
  const { t } = useTranslation("platform");
  const { message } = App.useApp();
  const remove = useDeleteTenant();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const matches = typed.trim() === tenant.key;
  const confirm = () => {
    if (!matches || remove.isPending) return;
    remove.mutate(tenant.id, {
      onSuccess: () => {
        message.success(t("delete.done", { name: tenant.name }));
        setOpen(false);
        onDeleted();
      },
    });
  };

  return (
    <>
      <Button danger icon={<DeleteOutlined />} onClick={() => setOpen(true)} data-testid="tenant-delete">
        {t("delete.button")}
      </Button>
      <Modal
        open={open}
        title={t("delete.title", { name: tenant.name })}
        okText={t("delete.confirm")}
        okButtonProps={{ danger: true, disabled: !matches, "data-testid": "tenant-delete-confirm" } as ButtonProps}
        cancelText={t("actions.cancel", { ns: "common" })}
        confirmLoading={remove.isPending}
        onCancel={() => setOpen(false)}
        afterClose={() => {
          setTyped("");
          remove.reset();
        }}
        onOk={confirm}
        destroyOnHidden
      >
        <Alert type="error" showIcon message={t("delete.warning")} style={{ marginBottom: 16 }} />
        <ErrorAlert error={remove.error} />
        <Typography.Paragraph>
          {t("delete.typeKey")} <Typography.Text code>{tenant.key}</Typography.Text>
        </Typography.Paragraph>
        <Input
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onPressEnter={confirm}
          aria-label={t("delete.typeKey")}
          autoComplete="off"
          data-testid="tenant-delete-input"
        />
      </Modal>
    </>
  );
}
