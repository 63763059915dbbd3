import { publicExport } from "../export-response";

export const dynamic = "force-dynamic";

/** The registry in Popolo form, with what is published about each official now as the `x_ashyq_observations` extension. */
export async function GET(request: Request) {
  return publicExport(request, "popolo.json");
}
