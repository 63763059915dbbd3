import { getFormatter, getTranslations } from "next-intl/server";
import { Row, Table } from "@/components/ui/table";
import { auditChanges } from "@/lib/domain/audit-changes";

export type AuditRow = {
  id: bigint;
  at: Date;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  actor: { id: string; name: string } | null;
};

const show = (value: unknown) => (value === undefined || value === null ? "—" : typeof value === "string" ? value : JSON.stringify(value));

/** Audit entries as a table: who did what to which record, and what changed. Text only, escaped by React. */
export async function AuditTrail({ entries, showRecord = true }: { entries: AuditRow[]; showRecord?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  return (
    <Table
      density="compact"
      head={
        <>
          <th scope="col">{t("when")}</th>
          <th scope="col">{t("who")}</th>
          <th scope="col">{t("action")}</th>
          {showRecord && <th scope="col">{t("record")}</th>}
          <th scope="col">{t("changes")}</th>
        </>
      }
    >
      {entries.map((entry) => {
        const changes = auditChanges(entry.before, entry.after);
        return (
          <Row key={entry.id.toString()}>
            <td className="whitespace-nowrap">{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}</td>
            <td>{entry.actor?.name ?? t("system")}</td>
            <td className="font-mono text-xs">{entry.action}</td>
            {showRecord && (
              <td className="font-mono text-xs">
                {entry.entity}:{entry.entityId}
              </td>
            )}
            <td>
              <ul className="flex flex-col gap-0.5 text-xs">
                {changes.slice(0, 20).map((change) => (
                  <li key={change.field} className="break-all">
                    <span className="font-semibold">{change.field}</span>: {entry.before ? `${show(change.before)} → ` : ""}
                    {show(change.after)}
                  </li>
                ))}
              </ul>
            </td>
          </Row>
        );
      })}
    </Table>
  );
}
