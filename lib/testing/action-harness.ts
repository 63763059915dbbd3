/**
 * Calls Server Actions and route handlers in tests as a given person, against the real test database.
 * Only the request's edges are replaced: who is signed in (the session cookie), and Next's redirect,
 * notFound and cache revalidation, which need a running server. Everything the action does behind them runs.
 */
import { ForbiddenError, type Viewer } from "@/lib/auth/permissions";

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
export class NotFoundSignal extends Error {}

export const session: { viewer: Viewer | null } = { viewer: null };

/** Module replacements, for `vi.mock(…, async () => (await import("@/lib/testing/action-harness")).mocks.x())`. */
export const mocks = {
  navigation: () => ({
    redirect: (url: string) => {
      throw new RedirectSignal(url);
    },
    notFound: () => {
      throw new NotFoundSignal("not found");
    },
  }),
  cache: () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }),
  headers: () => ({ cookies: async () => ({ get: () => undefined, set: () => {}, getAll: () => [] }), headers: async () => new Headers() }),
  auth: () => ({
    auth: async () => null,
    signIn: async () => {},
    signOut: async () => {},
    // What app/api/auth/[...nextauth]/route.ts exports, for tests that load every route module.
    handlers: { GET: async () => new Response(null), POST: async () => new Response(null) },
  }),
  nextAuth: () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }),
  viewer: async () => {
    const { can } = await import("@/lib/auth/permissions");
    const requireViewer = async () => {
      if (!session.viewer) throw new RedirectSignal("/login");
      return session.viewer;
    };
    return {
      getViewer: async () => session.viewer,
      requireViewer,
      requirePermission: async (action: Parameters<typeof can>[1]) => {
        const viewer = await requireViewer();
        if (!can(viewer, action as never)) throw new NotFoundSignal("not allowed");
        return viewer;
      },
    };
  },
};

export type Outcome = "login" | "denied" | "allowed" | "invalid";

/** What happened, as a person would see it: sent to sign in, refused, done, or told to fix the input. */
export async function outcomeOf(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call();
    if (result instanceof Response) return result.status === 404 || result.status === 403 ? "denied" : result.status === 401 ? "login" : "allowed";
    if (result && typeof result === "object" && "outcome" in result) {
      const outcome = (result as { outcome: string }).outcome;
      if (outcome === "forbidden" || outcome === "conflict") return "denied";
      if (outcome === "invalid") return "invalid";
      if (outcome === "error") throw new Error(`unexpected error state: ${JSON.stringify(result)}`);
    }
    return "allowed";
  } catch (error) {
    if (error instanceof RedirectSignal) {
      if (error.url.startsWith("/login")) return "login";
      return /notice=(forbidden|conflict)/.test(error.url) ? "denied" : "allowed";
    }
    if (error instanceof NotFoundSignal || error instanceof ForbiddenError) return "denied";
    throw error;
  }
}

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
}
