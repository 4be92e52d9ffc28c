import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, Popconfirm, Space, Switch, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import {
  type CompatApp,
  useCompatApps,
  useCompatSettings,
  useCreateCompatApp,
  useDeleteCompatApp,
  useRotateCompatToken,
  useSetCompatEnabled,
  useUpdateCompatApp,
} from "../api/compat";
import { CompatAppForm, type CompatAppValues } from "../components/CompatAppForm";
import { TokenOnceModal } from "../components/TokenOnceModal";

/** The Loonflow 2.x-compatible API: its switch, and the 2.x apps allowed to call it. */
export function CompatV2Page() {
  const { t } = useTranslation("compat-v2");
  const { message } = App.useApp();
  const settings = useCompatSettings();
  const setEnabled = useSetCompatEnabled();
  const apps = useCompatApps();
  const create = useCreateCompatApp();
  const update = useUpdateCompatApp();
  const remove = useDeleteCompatApp();
  const rotate = useRotateCompatToken();
  const [editing, setEditing] = useState<{ open: boolean; app: CompatApp | null }>({ open: false, app: null });
  const [token, setToken] = useState<string | null>(null);
  const saving = editing.app ? update : create;

  const submit = (values: CompatAppValues) => {
    const done = () => setEditing({ open: false, app: null });
    if (editing.app) {
      const { name: _name, ...changes } = values;
      update.mutate({ id: editing.app.id, body: changes }, { onSuccess: () => { done(); message.success(t("saved")); } });
    } else {
      const { is_active: _active, ...body } = values;
      create.mutate(body, { onSuccess: (created) => { done(); setToken(created.token); } });
    }
  };

  return (
    <Page
      title={t("title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true, app: null })} data-testid="compat-app-create">
          {t("create")}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t("intro")}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <ErrorAlert error={settings.error ?? setEnabled.error} />
        <Flex gap={12} align="center">
          <Switch
            id="compat-enabled"
            checked={Boolean(settings.data?.enabled)}
            loading={settings.isPending || setEnabled.isPending}
            onChange={(checked) => setEnabled.mutate(checked)}
            data-testid="compat-enabled"
          />
          <label htmlFor="compat-enabled">{settings.data?.enabled ? t("switch.on") : t("switch.off")}</label>
        </Flex>
      </Card>
      <ErrorAlert error={apps.error ?? remove.error ?? rotate.error} />
      <Table<CompatApp>
        rowKey="id"
        loading={apps.isPending}
        dataSource={apps.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t("empty") }}
        data-testid="compat-app-table"
        columns={[
          {
            title: t("columns.name"),
            key: "name",
            render: (_, app) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{app.name}</Typography.Text>
                {app.description ? <Typography.Text type="secondary">{app.description}</Typography.Text> : null}
              </Space>
            ),
          },
          { title: t("columns.token"), dataIndex: "token_hint", render: (hint: string) => <Typography.Text code>…{hint}</Typography.Text> },
          { title: t("columns.workflows"), key: "workflows", render: (_, app) => app.workflow_ids.length },
          {
            title: t("columns.acting"),
            dataIndex: "acting_usernames",
            render: (names: string[]) =>
              names.length ? names.map((name) => <Tag key={name}>{name === "*" ? t("anyone") : name}</Tag>) : t("nobody"),
          },
          {
            title: t("columns.status"),
            dataIndex: "is_active",
            render: (active: boolean) => (active ? <Tag color="green">{t("active")}</Tag> : <Tag>{t("inactive")}</Tag>),
          },
          {
            title: t("columns.actions"),
            key: "actions",
            render: (_, app) => (
              <Space size={0}>
                <Button type="link" onClick={() => setEditing({ open: true, app })} data-testid={`compat-edit-${app.name}`}>
                  {t("edit")}
                </Button>
                <Popconfirm
                  title={t("rotateTitle")}
                  description={t("rotateText")}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => rotate.mutate(app.id, { onSuccess: (data) => setToken(data.token) })}
                >
                  <Button type="link" data-testid={`compat-rotate-${app.name}`}>{t("rotate")}</Button>
                </Popconfirm>
                <Popconfirm title={t("deleteTitle", { name: app.name })} okButtonProps={{ danger: true }} onConfirm={() => remove.mutate(app.id)}>
                  <Button type="link" danger data-testid={`compat-delete-${app.name}`}>{t("delete")}</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <CompatAppForm
        open={editing.open}
        app={editing.app}
        saving={saving.isPending}
        error={saving.error}
        onSubmit={submit}
        onClose={() => setEditing({ open: false, app: null })}
      />
      <TokenOnceModal token={token} onClose={() => setToken(null)} />
    </Page>
  );
}
