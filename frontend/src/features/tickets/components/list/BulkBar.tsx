import { CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { Alert, Button, type ButtonProps, Flex, Input, Modal, Popconfirm, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useBulkHandle } from "../../api/use-bulk-handle";
import type { BulkResult, TicketSummary } from "../../types";
import { errorText } from "../../utils/error-text";
import { type QuickAttribute, quickStep } from "../../utils/quick";

type Props = { selected: TicketSummary[]; onClear: () => void };
type Row = { ticket?: TicketSummary; result: BulkResult };

/** The selected to-do rows approved or rejected in one request, with an optional comment; the answer is
 *  shown per ticket (moved, or why not), and the selection cleared. */
export function BulkBar({ selected, onClear }: Props) {
  const { t } = useTranslation("tickets");
  const bulk = useBulkHandle();
  const [comment, setComment] = useState("");
  const [rows, setRows] = useState<Row[] | null>(null);
  const [attribute, setAttribute] = useState<QuickAttribute>("agree");

  const run = (chosen: QuickAttribute) => {
    setAttribute(chosen);
    const byId = new Map(selected.map((ticket) => [ticket.id, ticket]));
    bulk.mutate(
      {
        tickets: selected.map((ticket) => ({ id: ticket.id, row_version: ticket.row_version, branch: quickStep(ticket)?.branch || undefined })),
        attribute: chosen,
        comment,
      },
      {
        onSuccess: (answer) => {
          setRows(answer.results.map((result) => ({ ticket: byId.get(result.id), result })));
          setComment("");
          onClear();
        },
      },
    );
  };
  const confirm = (chosen: QuickAttribute) => (
    <Popconfirm
      title={t(chosen === "agree" ? "bulk.confirmApprove" : "bulk.confirmReject", { count: selected.length })}
      okText={t(chosen === "agree" ? "bulk.approve" : "bulk.reject")}
      cancelText={t("actions.cancel", { ns: "common" })}
      okButtonProps={{ danger: chosen === "reject", "data-testid": `bulk-confirm-${chosen}` } as ButtonProps}
      onConfirm={() => run(chosen)}
    >
      <Button
        type={chosen === "agree" ? "primary" : "default"}
        danger={chosen === "reject"}
        icon={chosen === "agree" ? <CheckOutlined /> : <CloseOutlined />}
        loading={bulk.isPending && attribute === chosen}
        disabled={selected.length === 0 || bulk.isPending}
        data-testid={`bulk-${chosen}`}
      >
        {t(chosen === "agree" ? "bulk.approve" : "bulk.reject")}
      </Button>
    </Popconfirm>
  );

  const succeeded = rows?.filter((row) => row.result.ok).length ?? 0;
  return (
    <>
      {selected.length > 0 ? (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }} data-testid="bulk-bar">
          <Typography.Text strong>{t("bulk.selected", { count: selected.length })}</Typography.Text>
          <Input
            aria-label={t("bulk.comment")}
            placeholder={t("bulk.comment")}
            value={comment}
            maxLength={10_000}
            onChange={(event) => setComment(event.target.value)}
            style={{ width: 260 }}
            data-testid="bulk-comment"
          />
          {confirm("agree")}
          {confirm("reject")}
          <Button type="link" onClick={onClear} data-testid="bulk-clear">
            {t("bulk.clear")}
          </Button>
        </Flex>
      ) : null}
      {bulk.error ? <Alert type="error" showIcon message={errorText(t, bulk.error)} style={{ marginBottom: 12 }} /> : null}
      <Modal
        open={rows !== null}
        title={t("bulk.results", { ok: succeeded, failed: (rows?.length ?? 0) - succeeded })}
        onCancel={() => setRows(null)}
        footer={<Button onClick={() => setRows(null)}>{t("actions.close", { ns: "common" })}</Button>}
        width={720}
      >
        <Table<Row>
          data-testid="bulk-results"
          rowKey={(row) => row.result.id}
          size="small"
          pagination={false}
          dataSource={rows ?? []}
          columns={[
            { key: "serial", title: t("columns.serial"), render: (_, row) => row.ticket?.serial ?? `#${row.result.id}` },
            { key: "title", title: t("columns.title"), render: (_, row) => row.ticket?.title ?? "" },
            {
              key: "result",
              title: t("bulk.result"),
              render: (_, row) =>
                row.result.ok ? (
                  <Tag color="green" data-testid={`bulk-ok-${row.result.id}`}>{t("bulk.ok")}</Tag>
                ) : (
                  <Typography.Text type="danger" data-testid={`bulk-failed-${row.result.id}`}>
                    {t(`errors.${row.result.error?.code}`, { defaultValue: row.result.error?.message ?? "" })}
                  </Typography.Text>
                ),
            },
          ]}
        />
      </Modal>
    </>
  );
}
