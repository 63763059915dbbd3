import { getTranslations } from "next-intl/server";

type Evidence = { id: string; kind: "SCREENSHOT" | "LINK"; url: string | null; caption: string | null; sha256: string | null };

/** An observation's evidence, read-only, for the newsroom. Links open in a new tab without a referrer. */
export async function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  const t = await getTranslations("observation");
  const screenshots = evidence.filter((e) => e.kind === "SCREENSHOT");
  const links = evidence.filter((e) => e.kind === "LINK" && e.url);
  return (
    <section aria-labelledby="evidence-title" className="flex flex-col gap-3">
      <h2 id="evidence-title" className="text-lg font-semibold">
        {t("evidenceLegend")}
      </h2>
      {screenshots.length > 0 && (
        <ul className="flex flex-wrap gap-3">
          {screenshots.map((shot) => (
            <li key={shot.id} className="w-48 text-xs">
              <a href={`/api/evidence/${shot.id}`} target="_blank" rel="noopener noreferrer">
                {/* eslint-disable-next-line @next/next/no-img-element -- newsroom-only file, served with its own headers */}
                <img
                  src={`/api/evidence/${shot.id}?size=thumb`}
                  alt={shot.caption ?? t("screenshots")}
                  className="h-32 w-48 rounded border border-zinc-300 object-cover"
                />
              </a>
              <span className="block truncate">{shot.caption}</span>
              {shot.sha256 && (
                <span className="block truncate font-mono text-[10px] text-zinc-600 dark:text-zinc-400" title={shot.sha256}>
                  SHA-256 {shot.sha256.slice(0, 16)}…
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {links.length > 0 && (
        <ul className="list-inside list-disc text-sm">
          {links.map((link) => (
            <li key={link.id}>
              <a href={link.url!} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline dark:text-blue-300">
                {link.url}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
