import { Alert, Button, Flex, Modal, Select, Spin, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import type { Channel } from "@/entities/channels";
import { isDone, useChannelTest, useTestChannel } from "../api/channels";

/** Queue a test message through a channel (to me, or to named users); the worker sends it, and the
 *  modal polls until it reports what happened. */
export function ChannelTestModal({ channel, onClose }: { channel: Channel | null; onClose: () => void }) {
  const { t } = useTranslation("integrations");
  const start = useTestChannel();
  const result = useChannelTest(channel?.id, start.data?.id);
  const [recipients, setRecipients] = useState<string[]>([]);
  const test = result.data ?? start.data;
  const running = start.isPending || (test !== undefined && !isDone(test));

  return (
    <Modal
      open={channel !== null}
      title={t("channels.testTitle", { name: channel?.name })}
      onCancel={onClose}
      afterClose={() => { start.reset(); setRecipients([]); }}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("actions.close", { ns: "common" })}</Button>
          <Button
            type="primary"
            loading={running}
            data-testid="channel-test-send"
            onClick={() => channel && start.mutate({ id: channel.id, recipients })}
          >
            {t("channels.testSend")}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t("channels.testHelp")}</Typography.Text>
        <Select
          mode="tags"
          value={recipients}
          onChange={setRecipients}
          open={false}
          suffixIcon={null}
          tokenSeparators={[",", " "]}
          placeholder={t("channels.testRecipients")}
          aria-label={t("channels.testRecipients")}
        />
        <ErrorAlert error={start.error ?? result.error} />
        {test === undefined ? null : !isDone(test) ? (
          <Flex gap={8} align="center" data-testid="channel-test-pending">
            <Spin size="small" />
            <Typography.Text type="secondary">{t("channels.testPending")}</Typography.Text>
          </Flex>
        ) : test.ok ? (
          <Alert type="success" showIcon message={t("channels.testOk", { recipients: test.recipients.join(", ") })} data-testid="channel-test-result" />
        ) : (
          <Alert type="error" showIcon message={t("channels.testFailed")} description={test.error} data-testid="channel-test-result" />
        )}
      </Flex>
    </Modal>
  );
}
