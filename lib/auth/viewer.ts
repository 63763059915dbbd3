import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Session } from "next-auth";
import { isSessionRevoked } from "@/lib/data/users/is-session-revoked";
import { db } from "@/lib/db";
import { sessionEndsAt } from "./session-lifetime";
import { auth } from "./auth";
import { can, type RecordlessAction, type Viewer } from "./permissions";

/**
 * Who is asking, checked against the database on every request: a disabled user, a session from before a
 * password change, or one signed out of (even a copy of its cookie) stops working at once instead of when the
 * token expires. And a session ends SESSION_MAX_AGE after its sign-in, however often its cookie was refreshed.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !isSessionCurrent(session)) return null;
  const [user, revoked] = await Promise.all([
    db.user.findUnique({
      where: { id },
      select: { id: true, role: true, name: true, email: true, disabled: true, sessionVersion: true },
    }),
    isSessionRevoked(session.sid!),
  ]);
  if (!user || user.disabled || revoked || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
});

/** A session made before sessions had ids (an older version) cannot be revoked: it must sign in again. */
function isSessionCurrent(session: Session, now = Date.now()): boolean {
  const endsAt = sessionEndsAt(session);
  return Boolean(session.sid) && endsAt !== null && now < endsAt.getTime();
}

/** For pages: the viewer, or off to the sign-in page. */
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
