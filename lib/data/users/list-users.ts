import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];

/** Everyone who can sign in or could: active first, then by name. Counts of waiting links are made in the database. */
export async function listUsers({ viewer }: { viewer: Viewer }) {
  assertCan(viewer, "users.manage");
  const users = await db.user.findMany({
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabled: true,
      updatedAt: true,
      _count: { select: { passwordLinks: { where: { usedAt: null, expiresAt: { gt: new Date() } } } } },
    },
    orderBy: [{ disabled: "asc" }, { name: "asc" }],
  });
  return users.map(({ _count, ...user }) => ({ ...user, linkWaiting: _count.passwordLinks > 0 }));
}
