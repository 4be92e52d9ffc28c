import { AuditTrail } from "@/components/AuditTrail";
import { useAuditRecords } from "../api/use-audit-records";

/** The tenant's audit trail (tenant admins). */
export function AuditPage() {
  return <AuditTrail useRecords={useAuditRecords} base="/api/v1/audit" />;
}
