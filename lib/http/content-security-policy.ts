import { forwardedHttps } from "./forwarded";

/**
 * The pages' Content-Security-Policy: scripts run only with this response's nonce (Next.js puts it on its own
 * scripts; 'strict-dynamic' lets them load the chunks they need), so an injected `<script>` or event handler
 * never runs. Styles may be inline (React style attributes); nothing loads from another origin; only the
 * embeds may be framed, and they send their own policy (components/embed/embed-document.ts).
 */
export function pageContentSecurityPolicy({ nonce, development }: { nonce: string; development: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server error stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Two years, subdomains included: sent only over HTTPS (directly or through a proxy that says so). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export function isHttps(request: { nextUrl: { protocol: string }; headers: Headers }): boolean {
  return request.nextUrl.protocol === "https:" || forwardedHttps(request.headers.get("x-forwarded-proto"));
}
