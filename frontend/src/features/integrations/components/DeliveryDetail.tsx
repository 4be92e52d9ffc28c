import { Descriptions, Skeleton, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import type { TenantSchemas } from "@/lib/api-client";
import { useDelivery } from "../api/deliveries";
import { formatDuration, formatTime } from "../utils/format";

type Attempt = TenantSchemas["schemas"]["DeliveryAttemptOut"];
const MONO = { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", fontSize: 12 };

/** A delivery opened up: its key, the body it sends, and every attempt with what came back. */
export function DeliveryDetail({ id }: { id: number }) {
  const { t } = useTranslation("integrations");
  const delivery = useDelivery(id);
  if (delivery.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (delivery.isError) return <ErrorAlert error={delivery.error} />;
  const data = delivery.data;

  return (
    <div data-testid={`delivery-detail-${id}`}>
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t("deliveries.fields.key")}>
          <Typography.Text code copyable>
            {data.key}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("deliveries.fields.url")}>
          <Typography.Text style={{ wordBreak: "break-all" }}>{data.url}</Typography.Text>
        </Descriptions.Item>
        {data.last_error ? (
          <Descriptions.Item label={t("deliveries.fields.lastError")}>
            <Typography.Text type="danger">{data.last_error}</Typography.Text>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Typography.Text strong>{t("deliveries.attemptsTitle")}</Typography.Text>
      <Table<Attempt>
        size="small"
        rowKey="number"
        pagination={false}
        dataSource={data.attempt_log}
        locale={{ emptyText: t("deliveries.noAttempts") }}
        style={{ margin: "8px 0 16px" }}
        columns={[
          { title: "#", dataIndex: "number", width: 48 },
          { title: t("deliveries.fields.time"), dataIndex: "created_at", width: 180, render: formatTime },
          {
            title: t("deliveries.fields.responseCode"),
            dataIndex: "status_code",
            width: 110,
            render: (code: number | null) =>
              code === null ? "—" : <Typography.Text type={code >= 200 && code < 300 ? "success" : "danger"}>{code}</Typography.Text>,
          },
          { title: t("deliveries.fields.duration"), dataIndex: "latency_ms", width: 100, render: formatDuration },
          {
            title: t("deliveries.fields.answer"),
            key: "answer",
            render: (_, attempt) => (
              <>
                {attempt.error ? <Typography.Text type="danger">{attempt.error}</Typography.Text> : null}
                {attempt.response_excerpt ? (
                  <Typography.Paragraph style={{ ...MONO, margin: 0, whiteSpace: "pre-wrap", wordBreak: "break-all" }} ellipsis={{ rows: 3, expandable: true }}>
                    {attempt.response_excerpt}
                  </Typography.Paragraph>
                ) : attempt.error ? null : (
                  <Typography.Text type="secondary">{t("deliveries.emptyAnswer")}</Typography.Text>
                )}
              </>
            ),
          },
        ]}
      />
      <Typography.Text strong>{t("deliveries.requestBody")}</Typography.Text>
      <pre style={{ ...MONO, background: "#fafafa", border: "1px solid #f0f0f0", borderRadius: 6, padding: 12, maxHeight: 320, overflow: "auto", marginTop: 8 }}>
        {JSON.stringify(data.payload, null, 2)}
      </pre>
    </div>
  );
}
