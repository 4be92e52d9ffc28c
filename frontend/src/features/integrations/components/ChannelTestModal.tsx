import { Alert, Button, Flex, Modal, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "@/components/ErrorAlert";
import { type Channel, useTestChannel } from "../api/channels";

/** Send a test message through a channel now (to me, or to named users) and show what happened. */
export function ChannelTestModal({ channel, onClose }: { channel: Channel | null; onClose: () => void }) {
  const { t } = useTranslation("integrations");
  const test = useTestChannel();
  const [recipients, setRecipients] = useState<string[]>([]);

  return (
    <Modal
      open={channel !== null}
      title={t("channels.testTitle", { name: channel?.name })}
      onCancel={onClose}
      afterClose={() => { test.reset(); setRecipients([]); }}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("actions.close", { ns: "common" })}</Button>
          <Button
            type="primary"
            loading={test.isPending}
            data-testid="channel-test-send"
            onClick={() => channel && test.mutate({ id: channel.id, recipients })}
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
        <ErrorAlert error={test.error} />
        {test.data ? (
          test.data.ok ? (
            <Alert type="success" showIcon message={t("channels.testOk", { recipients: test.data.recipients.join(", ") })} data-testid="channel-test-result" />
          ) : (
            <Alert type="error" showIcon message={t("channels.testFailed")} description={test.data.error} data-testid="channel-test-result" />
          )
        ) : null}
      </Flex>
    </Modal>
  );
}
