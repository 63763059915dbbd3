import { publicExport } from "../export-response";

export const dynamic = "force-dynamic";

/** Every official, with dated posts, the accounts published observations are about, and what is current. */
export async function GET(request: Request) {
  return publicExport(request, "officials.json");
}
