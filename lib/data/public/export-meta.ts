import "server-only";
import { env } from "@/lib/env";

/** What every JSON export says about itself: when, as of which day, under which licence, by whom, from where. */
export type ExportMeta = {
  generatedAt: string;
  asOf: string | null;
  licence: string;
  licenceUrl: string;
  publisher: string;
  source: string;
  count: number;
};

export function exportMeta({ asOf, source, count, now = new Date() }: { asOf: string | null; source: string; count: number; now?: Date }): ExportMeta {
  return {
    generatedAt: now.toISOString(),
    asOf,
    licence: env.OPEN_DATA_LICENCE,
    licenceUrl: env.OPEN_DATA_LICENCE_URL,
    publisher: env.OUTLET_NAME,
    source,
    count,
  };
}

/**
 * A JSON export's body, and the text its entity tag is computed from: the same document without the time it
 * was generated, so that the tag changes when the data does and only then.
 */
export function renderJsonExport<Document extends { meta: ExportMeta }>(document: Document): { body: string; etagSource: string } {
  return {
    body: JSON.stringify(document),
    etagSource: JSON.stringify({ ...document, meta: { ...document.meta, generatedAt: null } }),
  };
}
