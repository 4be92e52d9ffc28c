import { DownloadOutlined } from "@ant-design/icons";
import { App, Button, Dropdown, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "@/lib/api-client";
import { useExportWorkflow } from "../api/use-export-workflow";
import type { ExportFormat } from "../types";

type Props = { id: number; workflowKey: string; version?: number; compact?: boolean; disabled?: boolean };

/** Export as JSON or YAML: a button (or an icon, in tables) opening the two choices. */
export function ExportMenu({ id, workflowKey, version, compact = false, disabled }: Props) {
  const { t } = useTranslation("workflows");
  const { message } = App.useApp();
  const exporter = useExportWorkflow();
  const run = (format: ExportFormat) =>
    exporter.mutate(
      { id, key: workflowKey, format, version },
      {
        onSuccess: (filename) => message.success(t("export.done", { filename })),
        onError: (error) => message.error(error instanceof ApiError ? error.message : t("export.failed")),
      },
    );
  const label = version ? t("export.version", { number: version }) : t("export.button");
  return (
    <Dropdown
      disabled={disabled}
      trigger={["click"]}
      menu={{
        items: [
          { key: "json", label: <span data-testid="export-json">{t("export.json")}</span> },
          { key: "yaml", label: <span data-testid="export-yaml">{t("export.yaml")}</span> },
        ],
        onClick: ({ key }) => run(key as ExportFormat),
      }}
    >
      {compact ? (
        <Tooltip title={label}>
          <Button type="text" icon={<DownloadOutlined />} aria-label={label} loading={exporter.isPending} data-testid="export-button" />
        </Tooltip>
      ) : (
        <Button icon={<DownloadOutlined />} loading={exporter.isPending} data-testid="export-button">
          {t("export.button")}
        </Button>
      )}
    </Dropdown>
  );
}
