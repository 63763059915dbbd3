import { NextResponse, type NextRequest } from "next/server";

/**
 * Sends signed-out visitors of newsroom pages to the sign-in page. It only redirects: it protects nothing.
 * Every page, Server Action and route handler checks the viewer and their permission itself.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIES.some((name) => cookie.name === name || cookie.name.startsWith(`${name}.`)));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything but the sign-in page, the one-time set-password links, the public embeds and methodology, the API and static files.
  matcher: ["/((?!login|set-password|embed|methodology|api|_next/static|_next/image|favicon\\.ico|robots\\.txt|.*\\.(?:png|jpg|svg|ico|txt)$).*)"],
};
