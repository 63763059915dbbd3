import { getFormatter, getTranslations } from "next-intl/server";
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
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-zinc-300 dark:border-zinc-700">
          <tr>
            <th scope="col" className="py-2 pr-3">{t("when")}</th>
            <th scope="col" className="py-2 pr-3">{t("who")}</th>
            <th scope="col" className="py-2 pr-3">{t("action")}</th>
            {showRecord && <th scope="col" className="py-2 pr-3">{t("record")}</th>}
            <th scope="col" className="py-2 pr-3">{t("changes")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const changes = auditChanges(entry.before, entry.after);
            return (
              <tr key={entry.id.toString()} className="border-b border-zinc-200 align-top dark:border-zinc-800">
                <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}</td>
                <td className="py-2 pr-3">{entry.actor?.name ?? t("system")}</td>
                <td className="py-2 pr-3 font-mono text-xs">{entry.action}</td>
                {showRecord && (
                  <td className="py-2 pr-3 font-mono text-xs">
                    {entry.entity}:{entry.entityId}
                  </td>
                )}
                <td className="py-2 pr-3">
                  <ul className="flex flex-col gap-0.5 text-xs">
                    {changes.slice(0, 20).map((change) => (
                      <li key={change.field} className="break-all">
                        <span className="font-semibold">{change.field}</span>: {entry.before ? `${show(change.before)} → ` : ""}
                        {show(change.after)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
