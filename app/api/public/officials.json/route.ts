import { exportMeta, renderJsonExport } from "@/lib/data/public/export-meta";
import { loadOpenData } from "@/lib/data/public/load-open-data";
import { publicExport } from "../export-response";

export const dynamic = "force-dynamic";

/** Every official, with dated posts, the accounts published observations are about, and what is current. */
export async function GET(request: Request) {
  return publicExport(request, async ({ asOf, source }) => {
    const { officials } = await loadOpenData({ until: asOf.until });
    const meta = exportMeta({ asOf: asOf.day, source, count: officials.length });
    return { ...renderJsonExport({ meta, data: officials }), contentType: "application/json; charset=utf-8" };
  });
}
