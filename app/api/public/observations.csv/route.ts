import { publicExport } from "../export-response";

export const dynamic = "force-dynamic";

/** Every published observation (the history, oldest first) as a spreadsheet-safe CSV, streamed. See docs/open-data.md. */
export async function GET(request: Request) {
  return publicExport(request, "observations.csv");
}
