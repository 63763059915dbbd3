import { exportMeta, renderJsonExport } from "@/lib/data/public/export-meta";
import { loadOpenData } from "@/lib/data/public/load-open-data";
import { toPopolo } from "@/lib/domain/popolo";
import { publicExport } from "../export-response";

export const dynamic = "force-dynamic";

/** The registry in Popolo form, with published observations as the `x_ashyq_observations` extension. */
export async function GET(request: Request) {
  return publicExport(request, async ({ asOf, source }) => {
    const { akimats, officials, observations } = await loadOpenData({ until: asOf.until });
    const meta = exportMeta({ asOf: asOf.day, source, count: observations.length });
    return { ...renderJsonExport(toPopolo({ meta, akimats, officials, observations })), contentType: "application/json; charset=utf-8" };
  });
}
