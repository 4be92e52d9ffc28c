import { Button, Card, Checkbox, Space, Switch, Table, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { useInboxPreferences } from "../api/use-inbox-preferences";
import { useSaveInboxPreferences } from "../api/use-save-inbox-preferences";
import { CHANNELS, CHAT_KINDS, type InboxChannel, type InboxKind, type InboxPreferences, KINDS } from "../types";

/** Which kinds of event reach me on which channel, and the daily digest switch (a section the
 *  profile page can host). */
export function NotificationPreferences() {
  const { t } = useTranslation("inbox");
  const saved = useInboxPreferences();
  const save = useSaveInboxPreferences();
  const [draft, setDraft] = useState<InboxPreferences | null>(null);
  useEffect(() => {
    if (saved.data) setDraft(saved.data);
  }, [saved.data]);
  if (saved.isError) return <ErrorAlert error={saved.error} />;

  const change = (update: (current: InboxPreferences) => InboxPreferences) => {
    save.reset(); // "Saved" until the next change
    setDraft((current) => (current ? update(current) : current));
  };
  const toggle = (kind: InboxKind, channel: InboxChannel, on: boolean) =>
    change((current) => {
      const chosen = current.channels[kind] ?? [];
      const next = on ? [...chosen, channel] : chosen.filter((c) => c !== channel);
      return { ...current, channels: { ...current.channels, [kind]: CHANNELS.filter((c) => next.includes(c)) } };
    });
  const rows = KINDS.map((kind) => ({ kind }));
  return (
    <Card title={t("preferences.title")} loading={!draft} data-testid="inbox-preferences">
      <Space direction="vertical" style={{ width: "100%" }} size="middle">
        <Typography.Text type="secondary">{t("preferences.intro")}</Typography.Text>
        <Table
          rowKey="kind"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t("preferences.event"), dataIndex: "kind", render: (kind: InboxKind) => t(`kinds.${kind}`) },
            ...CHANNELS.map((channel) => ({
              title: t(`channels.${channel}`),
              key: channel,
              align: "center" as const,
              render: (_: unknown, row: { kind: InboxKind }) => (
                <Checkbox
                  aria-label={`${t(`kinds.${row.kind}`)} – ${t(`channels.${channel}`)}`}
                  data-testid={`pref-${row.kind}-${channel}`}
                  checked={Boolean(draft?.channels[row.kind]?.includes(channel))}
                  disabled={channel === "chat" && !CHAT_KINDS.includes(row.kind)}
                  onChange={(event) => toggle(row.kind, channel, event.target.checked)}
                />
              ),
            })),
          ]}
        />
        <Space>
          <Switch
            id="inbox-digest"
            data-testid="pref-digest"
            checked={Boolean(draft?.digest)}
            onChange={(digest) => change((current) => ({ ...current, digest }))}
          />
          <label htmlFor="inbox-digest">{t("preferences.digest")}</label>
        </Space>
        <Typography.Text type="secondary">{t("preferences.digestHelp")}</Typography.Text>
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        <Button type="primary" disabled={!draft} loading={save.isPending} onClick={() => draft && save.mutate(draft)} data-testid="pref-save">
          {save.isSuccess ? t("preferences.saved") : t("preferences.save")}
        </Button>
      </Space>
    </Card>
  );
}
