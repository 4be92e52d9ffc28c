import { useMutation } from "@tanstack/react-query";
import { api, unwrap } from "@/lib/api-client";
import type { ExportFormat } from "../types";
import { downloadBlob, exportFilename, filenameFromDisposition } from "../utils/download";

type ExportRequest = { id: number; key: string; format: ExportFormat; version?: number };

/** Download a version (default: the draft) as a JSON or YAML file; resolves to the filename. */
export function useExportWorkflow() {
  return useMutation({
    mutationFn: async ({ id, key, format, version }: ExportRequest) => {
      const result = await api.GET("/api/v1/workflows/{workflow_id}/export", {
        params: { path: { workflow_id: id }, query: { format, version } },
        parseAs: "blob",
      });
      const blob = unwrap(result) as Blob;
      const filename =
        filenameFromDisposition(result.response.headers.get("Content-Disposition")) ?? exportFilename(key, format, version);
      downloadBlob(blob, filename);
      return filename;
    },
  });
}
