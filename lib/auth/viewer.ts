import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { auth } from "./auth";
import { can, type RecordlessAction, type Viewer } from "./permissions";

/**
 * Who is asking, checked against the database on every request: a disabled user, or a session from before
 * a password change, stops working at once instead of when the token expires.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, role: true, name: true, email: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
});

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
