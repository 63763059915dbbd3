import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import type { ChecklistCell } from "@/lib/domain/wave-checklist";

/**
 * Where a checklist cell leads: the form for that account (or, with none, that official and platform) in the
 * wave, which starts from what is published about it (the form's own rule).
 */
export function checklistCellHref(waveId: string, officialId: string, cell: Pick<ChecklistCell, "accountId" | "platform">): string {
  return cell.accountId
    ? `/observations/new?${new URLSearchParams({ accountId: cell.accountId, wave: waveId })}`
    : `/observations/new?${new URLSearchParams({ officialId, platform: cell.platform, wave: waveId })}`;
}

/** A checklist cell, on the wave's checklist and on a reporter's own: its state as a link to its form, and its marks. */
export async function ChecklistCellLink({ waveId, officialId, cell }: { waveId: string; officialId: string; cell: ChecklistCell }) {
  const t = await getTranslations("waves.checklist");
  return (
    <>
      <TextLink href={checklistCellHref(waveId, officialId, cell)}>
        {cell.accountName ? `${cell.accountName}: ` : ""}
        {t(`states.${cell.state}`)}
      </TextLink>
      {cell.notFound && <span className="block text-xs">{t("notFound")}</span>}
      {cell.overdue && <span className="block text-xs font-medium text-red-700 dark:text-red-400">{t("overdueCell")}</span>}
    </>
  );
}
