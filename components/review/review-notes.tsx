import { getTranslations } from "next-intl/server";

type Notes = { publicNote: string | null; internalNote: string | null; attributionNote: string | null; lastPostUrl: string | null };

/**
 * What the reporter wrote beside the figures, as an editor weighs it: the evidence of attribution, the last post's
 * link, the public note (published with the observation) and the internal note, framed and labelled as never
 * published. Plain text: React escapes it, CSS keeps its line breaks.
 */
export async function ReviewNotes({ observation }: { observation: Notes }) {
  const [t, to] = await Promise.all([getTranslations("review"), getTranslations("observation")]);
  const { publicNote, internalNote, attributionNote, lastPostUrl } = observation;
  return (
    <section aria-labelledby="notes-title" className="flex flex-col gap-3">
      <h2 id="notes-title" className="text-lg font-semibold">
        {t("notesTitle")}
      </h2>
      {attributionNote && (
        <div>
          <h3 className="font-semibold">{to("attributionNote")}</h3>
          <p className="whitespace-pre-line break-words">{attributionNote}</p>
        </div>
      )}
      {lastPostUrl && (
        <p>
          <span className="font-semibold">{to("lastPostUrl")}: </span>
          <a href={lastPostUrl} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline dark:text-blue-300">
            {lastPostUrl}
          </a>
        </p>
      )}
      <div>
        <h3 className="font-semibold">{to("publicNoteShown")}</h3>
        {publicNote ? <p className="whitespace-pre-line break-words">{publicNote}</p> : <p className="text-sm italic">{t("noNote")}</p>}
      </div>
      <div className="rounded-md border border-dashed border-zinc-400 p-2 dark:border-zinc-600">
        <h3 className="font-semibold">{to("internalNoteShown")}</h3>
        {internalNote ? <p className="whitespace-pre-line break-words">{internalNote}</p> : <p className="text-sm italic">{t("noNote")}</p>}
      </div>
    </section>
  );
}
