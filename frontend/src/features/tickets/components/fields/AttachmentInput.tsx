import { UploadOutlined } from "@ant-design/icons";
import { App, Button, Upload, type UploadFile } from "antd";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "@/lib/api-client";
import { useUploadAttachment } from "../../api/upload";
import type { AttachmentValue } from "../../types";
import type { WidgetProps } from "./types";

/** attachment: files uploaded at once to POST /attachments; the value lists {name, url, size, content_type}. */
export function AttachmentInput({ id, value, onChange, disabled }: WidgetProps<AttachmentValue[]>) {
  const { t } = useTranslation("tickets");
  const { message } = App.useApp();
  const upload = useUploadAttachment();
  const [pending, setPending] = useState<UploadFile[]>([]);
  // Several files may finish uploading between renders: append to the latest value, not a stale one.
  const latest = useRef<AttachmentValue[]>(value ?? []);
  latest.current = value ?? [];

  const done: UploadFile[] = (value ?? []).map((item) => ({
    uid: item.url,
    name: item.name,
    url: item.url,
    size: item.size,
    type: item.content_type,
    status: "done",
  }));

  return (
    <Upload
      id={id}
      multiple
      disabled={disabled}
      fileList={[...done, ...pending]}
      customRequest={({ file, onSuccess, onError }) => {
        const raw = file as File & { uid: string };
        setPending((items) => [...items, { uid: raw.uid, name: raw.name, status: "uploading" }]);
        upload.mutate(
          { file: raw },
          {
            onSuccess: (uploaded) => {
              setPending((items) => items.filter((item) => item.uid !== raw.uid));
              latest.current = [...latest.current, uploaded];
              onChange?.(latest.current);
              onSuccess?.(uploaded);
            },
            onError: (error) => {
              const reason = error instanceof ApiError ? error.message : t("fields.uploadNetwork");
              setPending((items) => items.map((item) => (item.uid === raw.uid ? { ...item, status: "error", response: reason } : item)));
              message.error(t("fields.uploadFailed", { name: raw.name, reason }));
              onError?.(error);
            },
          },
        );
      }}
      onRemove={(file) => {
        if (file.status === "done") {
          latest.current = latest.current.filter((item) => item.url !== file.uid);
          onChange?.(latest.current);
        } else {
          setPending((items) => items.filter((item) => item.uid !== file.uid));
        }
        return true;
      }}
    >
      {disabled ? null : <Button icon={<UploadOutlined />}>{t("fields.upload")}</Button>}
    </Upload>
  );
}
