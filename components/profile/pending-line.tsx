import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

/**
 * The official's entries still on their way to publication: counted, never shown, so that nothing unreviewed
 * mixes into the history or the chart. Editors get the way to the review queue.
 */
export async function PendingLine({ submitted, changesRequested, reviewHref }: { submitted: number; changesRequested: number; reviewHref: string | null }) {
  if (submitted + changesRequested === 0) return null;
  const t = await getTranslations("profile.pending");
  return (
    <p className="text-sm text-zinc-700 dark:text-zinc-300">
      {t("line", { submitted, changesRequested })}{" "}
      {reviewHref && (
        <TextLink href={reviewHref} className="font-semibold">
          {t("queue")}
        </TextLink>
      )}
    </p>
  );
}
