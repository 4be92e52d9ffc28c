import { UploadOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Checkbox, Flex, Modal, Skeleton, Tag, Typography, Upload } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { ProblemItems, problemsOf } from "@/components/ProblemList";
import { type SyncPayload, useDirectorySync, useLastSync } from "../api/sync";
import { SyncCounts } from "./SyncCounts";

type Loaded = { name: string; payload: SyncPayload };

/** Read an HR export: a JSON object with `users`, `departments` and/or `roles` lists. */
async function readPayload(file: File): Promise<SyncPayload | null> {
  try {
    const data: unknown = JSON.parse(await file.text());
    if (!data || typeof data !== "object" || Array.isArray(data)) return null;
    const lists = ["users", "departments", "roles"] as const;
    const record = data as Record<string, unknown>;
    if (!lists.some((key) => Array.isArray(record[key]))) return null;
    return record as SyncPayload;
  } catch {
    return null;
  }
}

/** The last directory sync, and a sync from an uploaded JSON export (checked first, then confirmed). */
export function SyncCard() {
  const { t } = useTranslation("directory");
  const { message } = App.useApp();
  const last = useLastSync();
  const sync = useDirectorySync();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [full, setFull] = useState(false);
  const [unreadable, setUnreadable] = useState<string | null>(null);

  const close = () => {
    setLoaded(null);
    setFull(false);
    sync.reset();
  };
  const problems = problemsOf(sync.error);

  return (
    <Card
      size="small"
      title={t("sync.title")}
      style={{ marginBottom: 16 }}
      extra={
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={async (file) => {
            const payload = await readPayload(file);
            setUnreadable(payload ? null : file.name);
            if (payload) setLoaded({ name: file.name, payload });
            return false; // read here, never uploaded as a file
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="sync-upload">
            {t("sync.upload")}
          </Button>
        </Upload>
      }
    >
      {unreadable ? (
        <Alert type="error" showIcon closable onClose={() => setUnreadable(null)} style={{ marginBottom: 12 }} message={t("sync.unreadable", { name: unreadable })} />
      ) : null}
      {last.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : last.isError ? (
        <ErrorAlert error={last.error} />
      ) : last.data ? (
        <Flex vertical gap={8}>
          <Flex gap={8} align="center" wrap>
            {last.data.changed ? <Tag color="blue">{t("sync.changed")}</Tag> : <Tag>{t("sync.unchangedAll")}</Tag>}
            <Typography.Text type="secondary" data-testid="sync-when">
              {t("sync.when", { when: dayjs(last.data.created_at).format("YYYY-MM-DD HH:mm"), actor: last.data.actor })}
            </Typography.Text>
          </Flex>
          <SyncCounts summary={last.data} />
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t("sync.never")}</Typography.Text>
      )}

      <Modal
        open={Boolean(loaded)}
        title={t("sync.confirmTitle", { name: loaded?.name })}
        onCancel={close}
        destroyOnHidden
        footer={
          sync.isSuccess ? (
            <Button type="primary" onClick={close}>
              {t("actions.close", { ns: "common" })}
            </Button>
          ) : (
            <Flex justify="flex-end" gap={8}>
              <Button onClick={close}>{t("actions.cancel", { ns: "common" })}</Button>
              <Button
                type="primary"
                danger={full}
                loading={sync.isPending}
                data-testid="sync-run"
                onClick={() =>
                  loaded &&
                  sync.mutate({ ...loaded.payload, full }, { onSuccess: () => message.success(t("sync.done")) })
                }
              >
                {t("sync.run")}
              </Button>
            </Flex>
          )
        }
      >
        {sync.isSuccess ? (
          <>
            <Alert type="success" showIcon style={{ marginBottom: 12 }} message={sync.data.changed ? t("sync.doneChanged") : t("sync.doneNothing")} />
            <SyncCounts summary={sync.data} />
          </>
        ) : loaded ? (
          <Flex vertical gap={12}>
            <Typography.Text>
              {t("sync.fileHolds", {
                users: loaded.payload.users?.length ?? 0,
                departments: loaded.payload.departments?.length ?? 0,
                roles: loaded.payload.roles?.length ?? 0,
              })}
            </Typography.Text>
            <Checkbox checked={full} onChange={(event) => setFull(event.target.checked)}>
              {t("sync.full")}
            </Checkbox>
            {full ? <Alert type="warning" showIcon message={t("sync.fullWarning")} /> : null}
            <ErrorAlert error={sync.error} />
            {problems.length ? (
              <ProblemItems problems={problems} style={{ maxHeight: 200 }} testId="sync-problems" />
            ) : null}
          </Flex>
        ) : null}
      </Modal>
    </Card>
  );
}
