import { AuditTrail } from "@/components/AuditTrail";
import { usePlatformAudit } from "../api/use-platform-audit";

/** The platform's audit trail. */
export function PlatformAuditPage() {
  return <AuditTrail useRecords={usePlatformAudit} base="/api/v1/platform/audit" />;
}
