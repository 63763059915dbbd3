import { exportMeta, renderJsonExport } from "@/lib/data/public/export-meta";
import { loadOpenData } from "@/lib/data/public/load-open-data";
import { publicExport } from "../export-response";

export const dynamic = "force-dynamic";

/** Every published observation (the history, oldest first) as JSON. See docs/open-data.md. */
export async function GET(request: Request) {
  return publicExport(request, async ({ asOf, source }) => {
    const { observations } = await loadOpenData({ until: asOf.until });
    const meta = exportMeta({ asOf: asOf.day, source, count: observations.length });
    return { ...renderJsonExport({ meta, data: observations }), contentType: "application/json; charset=utf-8" };
  });
}
