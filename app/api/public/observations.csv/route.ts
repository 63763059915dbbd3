import { loadOpenData } from "@/lib/data/public/load-open-data";
import { observationsCsv } from "@/lib/data/public/observations-csv";
import { publicExport } from "../export-response";

export const dynamic = "force-dynamic";

/** Every published observation (the history, oldest first) as a spreadsheet-safe CSV. See docs/open-data.md. */
export async function GET(request: Request) {
  return publicExport(request, async ({ asOf }) => {
    const { observations } = await loadOpenData({ until: asOf.until });
    return {
      body: observationsCsv(observations),
      contentType: "text/csv; charset=utf-8",
      filename: asOf.day ? `observations-as-of-${asOf.day}.csv` : "observations.csv",
    };
  });
}
