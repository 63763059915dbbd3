// @ts-check
/**
 * Headers every response gets (framing is decided per route). Plain CommonJS on purpose: next.config.js, which
 * Next loads before any TypeScript, applies them to what Next answers, and lib/http/embed-response.ts adds them
 * to the embeds it hands to server/index.ts, which answers repeated embed requests without Next (decision 0008).
 * One list, so the two paths cannot drift.
 */
const SECURITY_HEADERS = Object.freeze({
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
});

module.exports = { SECURITY_HEADERS };
