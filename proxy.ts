import { NextResponse, type NextRequest } from "next/server";
import { isHttps, newNonce, pageContentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/http/content-security-policy";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/http/request-id";

/**
 * For every page: a fresh script nonce and the Content-Security-Policy that requires it (Next.js reads the nonce
 * from the request's policy header and puts it on its scripts), HSTS over HTTPS, and a redirect of signed-out
 * visitors of newsroom pages to the sign-in page. The redirect protects nothing: every page, Server Action and
 * route handler checks the viewer and their permission itself.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PUBLIC_PAGES = /^\/(?:login|set-password|methodology)(?:\/|$)/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // The request's id, for its log lines (read with headers()) and for the person to quote (lib/http/request-id.ts).
  const requestId = requestIdFrom(request.headers);
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIES.some((name) => cookie.name === name || cookie.name.startsWith(`${name}.`)));
  if (!hasSession && !PUBLIC_PAGES.test(pathname)) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login, { headers: { [REQUEST_ID_HEADER]: requestId } });
  }
  const policy = pageContentSecurityPolicy({ nonce: newNonce(), development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (isHttps(request)) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Pages only: not the embeds (their own policy), the API, or static files. "embed" and "api" are whole path
  // segments: /embed-builder is a newsroom page and needs the page policy (proxy.test.ts).
  matcher: [
    {
      source: "/((?!(?:embed|api)(?:/|$)|_next/static|_next/image|favicon\\.ico|robots\\.txt|.*\\.(?:png|jpg|svg|ico|txt|css|js)$).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
