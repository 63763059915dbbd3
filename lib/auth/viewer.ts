import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { currentSessionHolder } from "./current-session";
import { can, type RecordlessAction, type Viewer } from "./permissions";

/**
 * Who is asking, checked against the database on every request: a disabled user, a session from before a
 * password change, or one signed out of (even a copy of its cookie) stops working at once instead of when the
 * token expires. And a session ends SESSION_MAX_AGE after its sign-in, however often its cookie was refreshed.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  return currentSessionHolder({ userId: session.user.id, sid: session.sid, signedInAt: session.signedInAt, sessionVersion: session.sessionVersion });
});

/** For pages and Server Actions: the viewer, or off to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/**
 * For pages behind a permission that takes no record: the viewer, or a 404 for those who may not enter
 * (the page does not admit it exists), or the sign-in page for the signed-out.
 */
export async function requirePermission(action: RecordlessAction): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!can(viewer, action)) notFound();
  return viewer;
}
