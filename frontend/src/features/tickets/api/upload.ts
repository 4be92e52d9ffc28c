import { useMutation } from "@tanstack/react-query";
import { toApiError } from "@/lib/api-error";
import { acceptLanguage } from "@/lib/accept-language";
import { csrfToken } from "@/lib/csrf";
import type { AttachmentValue } from "../types";

/** POST /attachments (multipart `file`): the stored file's download URL and metadata, which is what an
 *  attachment field keeps. Plain fetch, as openapi-fetch would send JSON. */
export async function uploadAttachment(file: File, signal?: AbortSignal): Promise<AttachmentValue> {
  if (!csrfToken()) await fetch("/api/v1/auth/csrf", { credentials: "same-origin" });
  const body = new FormData();
  body.append("file", file);
  const response = await fetch("/api/v1/attachments", {
    method: "POST",
    body,
    credentials: "same-origin",
    headers: { "X-CSRFToken": csrfToken() ?? "", "Accept-Language": acceptLanguage() },
    signal,
  });
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, data);
  const out = data as AttachmentValue;
  // The field wants an absolute http(s) URL; keep it so even if the server ever answers a path.
  const url = new URL(out.url, window.location.origin).toString();
  return { name: out.name, url, size: out.size, content_type: out.content_type };
}

/** Upload one file for an attachment field. */
export function useUploadAttachment() {
  return useMutation({ mutationFn: ({ file, signal }: { file: File; signal?: AbortSignal }) => uploadAttachment(file, signal) });
}
