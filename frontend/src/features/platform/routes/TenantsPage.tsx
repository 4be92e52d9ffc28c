import { InfoCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Input, Space, Table, Tag, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { type Tenant, useTenants } from "../api/tenants";
import { CreateTenantModal } from "../components/CreateTenantModal";
import { TenantStatusTag } from "../components/TenantStatusTag";
import { USAGE_FIGURES, UsageCell, usageValue } from "../components/TenantUsage";

/** Every tenant: status, hosts, usage against quotas; create one in a modal. */
export function TenantsPage() {
  const { t } = useTranslation("platform");
  const tenants = useTenants();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState("");
  const needle = search.trim().toLowerCase();
  const rows = (tenants.data ?? []).filter(
    (tenant) =>
      !needle ||
      tenant.name.toLowerCase().includes(needle) ||
      tenant.key.includes(needle) ||
      tenant.domains.some((domain) => domain.domain.includes(needle)),
  );

  return (
    <Page
      title={t("tenants.title")}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="tenant-create">
          {t("tenants.create")}
        </Button>
      }
    >
      <Input.Search
        allowClear
        placeholder={t("tenants.filter")}
        aria-label={t("tenants.filter")}
        onChange={(event) => setSearch(event.target.value)}
        style={{ width: 300, marginBottom: 16 }}
      />
      <ErrorAlert error={tenants.error} />
      <Table<Tenant>
        rowKey="id"
        loading={tenants.isPending}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: needle ? t("tenants.noMatch") : t("tenants.empty") }}
        scroll={{ x: 1100 }}
        data-testid="tenant-table"
        columns={[
          {
            title: t("fields.name"),
            dataIndex: "name",
            sorter: (a, b) => a.name.localeCompare(b.name),
            render: (name: string, tenant) => (
              <Link to={`/tenants/${tenant.id}`} data-testid={`tenant-link-${tenant.key}`}>
                {name}
              </Link>
            ),
          },
          { title: t("fields.key"), dataIndex: "key", render: (key: string) => <Typography.Text code>{key}</Typography.Text> },
          {
            title: t("fields.status"),
            dataIndex: "status",
            filters: ["active", "suspended"].map((value) => ({ value, text: t(`status.${value}`) })),
            onFilter: (value, tenant) => tenant.status === value,
            render: (status: string) => <TenantStatusTag status={status} />,
          },
          {
            title: t("fields.domains"),
            dataIndex: "domains",
            render: (domains: Tenant["domains"]) => (
              <Space size={[4, 4]} wrap>
                {domains.map((domain) => (
                  <Tag key={domain.id} color={domain.is_primary ? "blue" : undefined}>
                    {domain.domain}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: (
              <Tooltip title={t("usage.freshness")}>
                <Space size={4}>
                  {t("usage.title")}
                  <InfoCircleOutlined />
                </Space>
              </Tooltip>
            ),
            children: USAGE_FIGURES.map((figure) => ({
              key: figure,
              title: t(`usage.${figure}`),
              align: "right" as const,
              sorter: (a: Tenant, b: Tenant) => usageValue(a, figure) - usageValue(b, figure),
              render: (_: unknown, tenant: Tenant) => <UsageCell tenant={tenant} figure={figure} />,
            })),
          },
          {
            title: t("fields.created"),
            dataIndex: "created_at",
            sorter: (a, b) => a.created_at.localeCompare(b.created_at),
            render: (value: string) => dayjs(value).format("YYYY-MM-DD HH:mm"),
          },
        ]}
      />
      <CreateTenantModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(tenant) => {
          setCreating(false);
          navigate(`/tenants/${tenant.id}`);
        }}
      />
    </Page>
  );
}
