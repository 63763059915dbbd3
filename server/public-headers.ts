import type { IncomingMessage, ServerResponse } from "node:http";
import { encodedEtag } from "../lib/http/conditional-response";
import { publicHeaders } from "../lib/http/public-headers";

/**
 * Sets lib/http/public-headers.ts's headers on the response as its head is written, after Next (and its
 * compression, which adds to Vary as the head goes out) have set theirs.
 */
export function setPublicHeadersOnWrite(request: IncomingMessage, response: ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    const rule = publicHeaders(request.method, request.url, args[0]);
    if (rule?.vary) this.setHeader("Vary", rule.vary);
    if (rule?.cacheControl) this.setHeader("Cache-Control", rule.cacheControl);
    if (rule?.appendVary) {
      const vary = String(this.getHeader("Vary") ?? "");
      if (!vary.split(",").some((name) => name.trim().toLowerCase() === rule.appendVary!.toLowerCase())) {
        this.setHeader("Vary", vary ? `${vary}, ${rule.appendVary}` : rule.appendVary);
      }
    }
    const [encoding, etag] = [this.getHeader("Content-Encoding"), this.getHeader("ETag")];
    if (rule?.tagEncoding && typeof encoding === "string" && typeof etag === "string" && encoding !== "identity") {
      this.setHeader("ETag", encodedEtag(etag, encoding));
    }
    return writeHead.apply(this, args) as ServerResponse;
  } as ServerResponse["writeHead"];
}
