import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditTrail } from "@/components/audit/audit-trail";
import { Button } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { listAuditActors, listAuditEntries } from "@/lib/data/audit/list-audit-entries";
import { AUDIT_ENTITIES } from "@/lib/data/audit/write-audit-entry";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Search = { entity?: string; entityId?: string; actor?: string; before?: string };

/** The global trail, for editors and admins, filtered through the URL. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("audit.view");
  const search = await searchParams;
  const before = search.before && /^\d+$/.test(search.before) ? BigInt(search.before) : undefined;
  const entity = AUDIT_ENTITIES.find((e) => e === search.entity);
  const [{ entries, nextBefore }, actors, t] = await Promise.all([
    listAuditEntries({ viewer, filter: { entity, entityId: search.entityId || undefined, actorId: search.actor || undefined, before } }),
    listAuditActors({ viewer }),
    getTranslations("audit"),
  ]);
  const older = new URLSearchParams(Object.entries({ ...search, before: nextBefore?.toString() }).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <FilterSelect name="entity" label={t("entity")} any={t("any")} value={entity} options={AUDIT_ENTITIES.map((e) => ({ value: e, label: e }))} />
        <FilterSelect name="actor" label={t("actor")} any={t("any")} value={search.actor} options={actors.map((a) => ({ value: a.id, label: a.name }))} />
        {search.entityId && <input type="hidden" name="entityId" value={search.entityId} />}
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </form>
      {entries.length === 0 ? <Notice>{t("empty")}</Notice> : <AuditTrail entries={entries} />}
      {nextBefore && (
        <TextLink href={`/audit?${older}`} className="self-start text-sm font-semibold">
          {t("older")}
        </TextLink>
      )}
    </div>
  );
}
