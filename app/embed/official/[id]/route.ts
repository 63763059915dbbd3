import { parseOfficialEmbedOptions } from "@/lib/validation/embed-options";
import { isRecordId } from "@/lib/validation/record-id";
import { EmbedRecordMissing, renderOfficialEmbed, sendEmbed } from "../../embed-renderings";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** One official's public card, for an article about them: published data only, no cookie, framable anywhere. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const options = parseOfficialEmbedOptions(new URL(request.url).searchParams);
  if (!isRecordId(id)) return notFound();
  try {
    return sendEmbed(request, await renderOfficialEmbed(id, options));
  } catch (error) {
    if (error instanceof EmbedRecordMissing) return notFound();
    throw error;
  }
}
