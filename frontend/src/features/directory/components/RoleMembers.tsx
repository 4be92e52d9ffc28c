import { App, Button, Flex, List, Popconfirm, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import type { Role } from "@/entities/roles";
import { UserSelect, useChangeRoleMember, useUsers } from "@/entities/users";

const LIMIT = 200;

/** The people holding a role: add one by search, remove one with a confirmation. */
export function RoleMembers({ role }: { role: Role }) {
  const { t } = useTranslation("directory");
  const { message } = App.useApp();
  const members = useUsers({ role_id: role.id, limit: LIMIT });
  const change = useChangeRoleMember();
  const [adding, setAdding] = useState<number | undefined>();
  const memberIds = new Set((members.data?.items ?? []).map((user) => user.id));

  const add = () => {
    if (adding === undefined) return;
    change.mutate(
      { roleId: role.id, userId: adding, member: true },
      { onSuccess: () => { setAdding(undefined); message.success(t("roles.memberAdded")); } },
    );
  };

  return (
    <Flex vertical gap={12}>
      <ErrorAlert error={members.error ?? change.error} />
      <Flex gap={8}>
        <UserSelect
          value={adding}
          onChange={(value) => setAdding((value as number | null) ?? undefined)}
          placeholder={t("roles.addMemberPlaceholder")}
          style={{ flex: 1 }}
          data-testid="role-member-pick"
        />
        <Button onClick={add} disabled={adding === undefined || memberIds.has(adding)} loading={change.isPending} data-testid="role-member-add">
          {t("roles.addMember")}
        </Button>
      </Flex>
      <List
        size="small"
        bordered
        loading={members.isPending}
        dataSource={members.data?.items ?? []}
        locale={{ emptyText: t("roles.noMembers") }}
        footer={members.data?.next_cursor ? <Typography.Text type="secondary">{t("roles.moreMembers", { count: LIMIT })}</Typography.Text> : undefined}
        renderItem={(user) => (
          <List.Item
            actions={[
              <Popconfirm
                key="remove"
                title={t("roles.removeMemberTitle", { name: user.display_name || user.username, role: role.name })}
                okText={t("roles.removeMember")}
                okButtonProps={{ danger: true }}
                cancelText={t("actions.cancel", { ns: "common" })}
                onConfirm={() =>
                  change.mutateAsync({ roleId: role.id, userId: user.id, member: false }).then(
                    () => message.success(t("roles.memberRemoved")),
                    () => undefined,
                  )
                }
              >
                <Button type="link" danger size="small">
                  {t("roles.removeMember")}
                </Button>
              </Popconfirm>,
            ]}
          >
            <Typography.Text>{user.display_name || user.username}</Typography.Text>{" "}
            <Typography.Text type="secondary">{user.username}</Typography.Text>
          </List.Item>
        )}
      />
    </Flex>
  );
}
