import { createHash } from "node:crypto";
import { CHART_STYLES } from "./chart-svg";
import { EMBED_STYLES } from "./embed-styles";
import { html, SafeHtml } from "./html";
import { RESIZE_SCRIPT, RESIZE_SCRIPT_HASH } from "./resize-script";

const styleHash = (styles: string) => `'sha256-${createHash("sha256").update(styles).digest("base64")}'`;
const STYLES_HASH = styleHash(EMBED_STYLES);
// The charts' stylesheet goes only into an embed that has a chart; the policy allows it always.
const CHART_STYLES_HASH = styleHash(CHART_STYLES);

/**
 * The embeds' policy: nothing loads from anywhere, the one inline stylesheet and the one inline script are
 * allowed by their hashes, links leave the frame, and any site may frame it.
 */
export const EMBED_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${STYLES_HASH} ${CHART_STYLES_HASH}`,
  `script-src ${RESIZE_SCRIPT_HASH}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors *",
].join("; ");

// Constants of this module, not data: written as they are.
const rawStyles = new SafeHtml(EMBED_STYLES);
const rawScript = new SafeHtml(RESIZE_SCRIPT);
const rawChartStyles = new SafeHtml(CHART_STYLES);

/**
 * A whole embed page: no external request, no cookie, one tiny script. The empty icon keeps a browser that opens
 * the embed on its own from asking for /favicon.ico (a 404 in its console, and a request for nothing).
 */
export function embedDocument({ lang, title, body, charts = false }: { lang: string; title: string; body: SafeHtml; charts?: boolean }): string {
  return html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="data:,"><title>${title}</title><base target="_blank"><style>${rawStyles}</style>${charts ? html`<style>${rawChartStyles}</style>` : null}</head><body>${body}<script>${rawScript}</script></body></html>`
    .value;
}
