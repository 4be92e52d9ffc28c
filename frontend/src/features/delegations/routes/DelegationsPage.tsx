import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Checkbox, Flex, Popconfirm, Segmented, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { userLabel } from "@/entities/users";
import { useWorkflows } from "@/entities/workflows";
import { type Delegation, type DelegationScope, useCancelDelegation, useDelegations } from "../api/delegations";
import { DelegationForm } from "../components/DelegationForm";

const when = (value: string) => dayjs(value).format("YYYY-MM-DD HH:mm");

/** /delegations: who takes my turns while I am away (and whose I take); tenant admins also see and set
 *  everyone's. */
export function DelegationsPage({ admin = false, userId }: { admin?: boolean; userId?: number }) {
  const { t } = useTranslation("delegations");
  const [scope, setScope] = useState<DelegationScope>("mine");
  const [past, setPast] = useState(false);
  const [open, setOpen] = useState(false);
  const list = useDelegations({ scope, include_past: past || undefined });
  const cancel = useCancelDelegation();
  const workflows = useWorkflows();
  const workflowName = (id: number) => workflows.data?.find((workflow) => workflow.id === id)?.name ?? `#${id}`;

  const status = (delegation: Delegation) => {
    if (delegation.cancelled_at) return <Tag>{t("status.cancelled")}</Tag>;
    if (delegation.running) return <Tag color="green">{t("status.running")}</Tag>;
    if (dayjs(delegation.ends_at).isBefore(dayjs())) return <Tag>{t("status.ended")}</Tag>;
    return <Tag color="blue">{t("status.planned")}</Tag>;
  };

  return (
    <Page
      title={t("title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="delegation-new">
          {t("new")}
        </Button>
      }
    >
      <Card>
        <Typography.Paragraph type="secondary">{t("intro")}</Typography.Paragraph>
        <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
          {admin ? (
            <Segmented<DelegationScope>
              value={scope}
              onChange={setScope}
              options={[
                { value: "mine", label: t("scope.mine") },
                { value: "all", label: t("scope.all") },
              ]}
              data-testid="delegation-scope"
            />
          ) : null}
          <Checkbox checked={past} onChange={(event) => setPast(event.target.checked)} data-testid="delegation-past">
            {t("includePast")}
          </Checkbox>
        </Flex>
        <ErrorAlert error={list.error ?? cancel.error} />
        <Table<Delegation>
          data-testid="delegations-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t("empty") }}
          onRow={(delegation) => ({ "data-testid": `delegation-row-${delegation.id}` }) as object}
          columns={[
            { key: "delegator", title: t("columns.delegator"), render: (_, row) => userLabel(row.delegator) },
            { key: "delegate", title: t("columns.delegate"), render: (_, row) => userLabel(row.delegate) },
            { key: "period", title: t("columns.period"), render: (_, row) => `${when(row.starts_at)} – ${when(row.ends_at)}` },
            {
              key: "workflows",
              title: t("columns.workflows"),
              render: (_, row) => (row.workflow_ids.length ? row.workflow_ids.map(workflowName).join(", ") : t("allWorkflows")),
            },
            { key: "status", title: t("columns.status"), render: (_, row) => status(row) },
            {
              key: "actions",
              title: "",
              width: 110,
              render: (_, row) =>
                !row.cancelled_at && dayjs(row.ends_at).isAfter(dayjs()) && (admin || row.delegator.id === userId) ? (
                  <Popconfirm title={t("cancelConfirm")} onConfirm={() => cancel.mutate(row.id)} okButtonProps={{ danger: true }}>
                    <Button size="small" danger data-testid={`delegation-cancel-${row.id}`}>
                      {t("cancel")}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      </Card>
      <DelegationForm open={open} onClose={() => setOpen(false)} admin={admin} />
    </Page>
  );
}
