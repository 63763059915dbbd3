// @ts-check
const path = require("node:path");
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** Headers every response gets; framing is decided per route below. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { root: path.resolve(__dirname) },
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "sharp"],
  experimental: {
    // Up to ten 10 MB screenshots per observation, plus the form's fields. The proxy must let them through too.
    serverActions: { bodySizeLimit: "105mb" },
    proxyClientMaxBodySize: "105mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        // Everything but the public embeds refuses to be framed.
        source: "/((?!embed(?:/|$)).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      },
      // The embeds, made to sit inside any outlet's article, send their own policy (frame-ancestors *):
      // see components/embed/embed-document.ts.
    ];
  },
};

module.exports = withNextIntl(nextConfig);
