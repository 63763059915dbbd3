import { publicExport } from "../export-response";

export const dynamic = "force-dynamic";

/** Every published observation (the history, oldest first) as JSON, whole or a page at a time (`limit`, `after`). */
export async function GET(request: Request) {
  return publicExport(request, "observations.json");
}
