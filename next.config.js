// @ts-check
const path = require("node:path");
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const { SECURITY_HEADERS } = require("./lib/http/security-headers.js");

/** Headers every response gets; framing is decided per route below. */
const securityHeaders = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));

/** Read here, not through lib/env.ts: this file is loaded before the app (and lib/env.ts validates the same variable). */
function allowedOrigins() {
  return (process.env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { root: path.resolve(__dirname) },
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "sharp"],
  experimental: {
    // Up to ten 10 MB screenshots per observation, plus the form's fields. The proxy must let them through too.
    // Server Actions refuse a request whose Origin is not this host. Behind a proxy that rewrites the host,
    // list the public origins here (ALLOWED_ORIGINS, comma-separated hosts; see docs/deploy.md).
    serverActions: { bodySizeLimit: "105mb", allowedOrigins: allowedOrigins() },
    proxyClientMaxBodySize: "105mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        // Everything but the public embeds refuses to be framed. Pages get their whole policy, with a script
        // nonce, from proxy.ts; the API's responses get this one.
        source: "/((?!embed(?:/|$)).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
      // A header set here wins over a route's own (and a later rule over an earlier one), so the screenshots keep
      // the sandbox their route sends (lib/http/evidence-response.ts) only if this says the same.
      { source: "/api/evidence/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" }] },
      // The embeds, made to sit inside any outlet's article, send their own policy (frame-ancestors *):
      // see components/embed/embed-document.ts.
    ];
  },
};

module.exports = withNextIntl(nextConfig);
