import { ArrowLeftOutlined, ExportOutlined, PauseCircleOutlined, PlayCircleOutlined } from "@ant-design/icons";
import { App, Button, type ButtonProps, Card, Col, Descriptions, Result, Row, Skeleton, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorAlert } from "@/components/ErrorAlert";
import { Page } from "@/components/Page";
import { ApiError } from "@/lib/api-error";
import { type Tenant, useResumeTenant, useSuspendTenant, useTenant } from "../api/tenants";
import { DeleteTenantButton } from "../components/DeleteTenantButton";
import { TenantDomains } from "../components/TenantDomains";
import { TenantOutboundForm } from "../components/TenantOutboundForm";
import { TenantSettingsForm } from "../components/TenantSettingsForm";
import { TenantStatusTag } from "../components/TenantStatusTag";
import { TenantUsage } from "../components/TenantUsage";
import { consoleUrl } from "../utils";

/** Suspend or resume, each after a confirmation that says what it does. */
function StatusButton({ tenant }: { tenant: Tenant }) {
  const { t } = useTranslation("platform");
  const { message, modal } = App.useApp();
  const suspend = useSuspendTenant();
  const resume = useResumeTenant();
  const suspended = tenant.status === "suspended";
  const ask = () =>
    modal.confirm({
      title: suspended ? t("detail.resumeTitle", { name: tenant.name }) : t("detail.suspendTitle", { name: tenant.name }),
      content: suspended ? t("detail.resumeText") : t("detail.suspendText"),
      okText: suspended ? t("detail.resume") : t("detail.suspend"),
      okButtonProps: { danger: !suspended, "data-testid": "tenant-status-confirm" } as ButtonProps,
      cancelText: t("actions.cancel", { ns: "common" }),
      onOk: () =>
        (suspended ? resume : suspend).mutateAsync(tenant.id).then(
          () => message.success(suspended ? t("detail.resumed") : t("detail.suspended")),
          (error: Error) => message.error(error.message),
        ),
    });
  return suspended ? (
    <Button type="primary" icon={<PlayCircleOutlined />} onClick={ask} data-testid="tenant-resume">
      {t("detail.resume")}
    </Button>
  ) : (
    <Button danger icon={<PauseCircleOutlined />} onClick={ask} data-testid="tenant-suspend">
      {t("detail.suspend")}
    </Button>
  );
}

/** One tenant: details, usage, name and quotas, suspend/resume, domains, delete. */
export function TenantDetailPage() {
  const { t } = useTranslation("platform");
  const navigate = useNavigate();
  const tenantId = Number(useParams().tenantId);
  const tenant = useTenant(tenantId);

  if (!Number.isInteger(tenantId) || (tenant.error instanceof ApiError && tenant.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t("detail.notFound")}
        extra={
          <Link to="/tenants">
            <Button>{t("detail.back")}</Button>
          </Link>
        }
      />
    );
  }
  if (tenant.isPending) return <Page title={<Skeleton.Input active />}><Skeleton active /></Page>;
  if (tenant.isError) return <Page title={t("tenants.title")}><ErrorAlert error={tenant.error} /></Page>;
  const data = tenant.data;
  const primary = data.domains.find((domain) => domain.is_primary) ?? data.domains[0];

  return (
    <Page
      title={
        <Space>
          <Link to="/tenants" aria-label={t("detail.back")}>
            <ArrowLeftOutlined />
          </Link>
          <span data-testid="tenant-title">{data.name}</span>
          <TenantStatusTag status={data.status} />
        </Space>
      }
      extra={
        <>
          {primary ? (
            <Button icon={<ExportOutlined />} href={consoleUrl(primary.domain)} target="_blank">
              {t("detail.openConsole")}
            </Button>
          ) : null}
          <StatusButton tenant={data} />
          <DeleteTenantButton tenant={data} onDeleted={() => navigate("/tenants", { replace: true })} />
        </>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t("detail.overview")} style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t("fields.key")}>
                <Typography.Text code>{data.key}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t("fields.status")}>
                <TenantStatusTag status={data.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t("fields.created")}>{dayjs(data.created_at).format("YYYY-MM-DD HH:mm")}</Descriptions.Item>
              <Descriptions.Item label={t("detail.primaryDomain")}>{primary?.domain ?? "—"}</Descriptions.Item>
            </Descriptions>
            {data.status === "suspended" ? (
              <Typography.Paragraph type="danger" style={{ marginTop: 12, marginBottom: 0 }}>
                {t("detail.suspendedNote")}
              </Typography.Paragraph>
            ) : null}
          </Card>
          <Card title={t("usage.title")} style={{ marginBottom: 16 }}>
            <TenantUsage tenant={data} />
          </Card>
          <Card title={t("detail.settings")}>
            <TenantSettingsForm key={data.id} tenant={data} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t("domains.title")} style={{ marginBottom: 16 }}>
            <TenantDomains tenant={data} />
          </Card>
          <Card title={t("outbound.title")}>
            <TenantOutboundForm key={data.id} tenant={data} />
          </Card>
        </Col>
      </Row>
    </Page>
  );
}
