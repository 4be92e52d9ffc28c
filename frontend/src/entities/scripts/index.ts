// The scripts entity: GET/POST /scripts, GET/PATCH/DELETE /scripts/{id} (runs: the integrations feature).
export { type ScriptSummary, useScripts } from "./api/use-scripts";
export { type Script, useScript } from "./api/use-script";
export { type ScriptCreate, useCreateScript } from "./api/use-create-script";
export { type ScriptPatch, useUpdateScript } from "./api/use-update-script";
export { useDeleteScript } from "./api/use-delete-script";
