import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/record-id";

export type UserDetails = NonNullable<Awaited<ReturnType<typeof getUser>>>;

/** One user for the admin's page, with the link still waiting to be used, if any. Null when there is none. */
export async function getUser({ viewer, id }: { viewer: Viewer; id: string }) {
  assertCan(viewer, "users.manage");
  if (!isRecordId(id)) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabled: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      passwordLinks: {
        where: { usedAt: null, expiresAt: { gt: new Date() } },
        select: { purpose: true, expiresAt: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
    },
  });
  if (!user) return null;
  const { passwordLinks, ...rest } = user;
  return { ...rest, waitingLink: passwordLinks[0] ?? null };
}
