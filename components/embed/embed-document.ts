import { createHash } from "node:crypto";
import { EMBED_STYLES } from "./embed-styles";
import { html, SafeHtml } from "./html";
import { RESIZE_SCRIPT, RESIZE_SCRIPT_HASH } from "./resize-script";

const STYLES_HASH = `'sha256-${createHash("sha256").update(EMBED_STYLES).digest("base64")}'`;

/**
 * The embeds' policy: nothing loads from anywhere, the one inline stylesheet and the one inline script are
 * allowed by their hashes, links leave the frame, and any site may frame it.
 */
export const EMBED_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${STYLES_HASH}`,
  `script-src ${RESIZE_SCRIPT_HASH}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");

// Constants of this module, not data: written as they are.
const rawStyles = new SafeHtml(EMBED_STYLES);
const rawScript = new SafeHtml(RESIZE_SCRIPT);

/**
 * A whole embed page: no external request, no cookie, one tiny script. The empty icon keeps a browser that opens
 * the embed on its own from asking for /favicon.ico (a 404 in its console, and a request for nothing).
 */
export function embedDocument({ lang, title, body }: { lang: string; title: string; body: SafeHtml }): string {
  return html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="data:,"><title>${title}</title><base target="_blank"><style>${rawStyles}</style></head><body>${body}<script>${rawScript}</script></body></html>`
    .value;
}
