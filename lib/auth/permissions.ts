import "server-only";
import type { ReviewStatus, Role } from "@/lib/generated/prisma/enums";
import { canTransition, isAuthorEditable } from "@/lib/domain/review-workflow";

/**
 * The one place that says who may do what. Every Server Action and route handler asks it about the
 * specific record; the proxy only redirects.
 */
export type Viewer = { id: string; role: Role; name: string; email: string };

type ObservationRef = { authorId: string; status: ReviewStatus };

type Rules = {
  "newsroom.enter": undefined;
  "dashboard.view": undefined;
  "observation.create": undefined;
  "observation.view": ObservationRef;
  "observation.edit": ObservationRef;
  "observation.submit": ObservationRef;
  "observation.approve": ObservationRef;
  "review.queue": undefined;
  "registry.view": undefined;
  /** Akimats, officials and positions: editors and admins. */
  "registry.manage": undefined;
  /** Reporters may add an account they found; editors and admins may edit and end accounts. */
  "account.create": undefined;
  "users.manage": undefined;
};

export type PermissionAction = keyof Rules;

const isStaff = (viewer: Viewer) => viewer.role === "EDITOR" || viewer.role === "ADMIN";

const RULES: { [A in PermissionAction]: (viewer: Viewer, record: Rules[A]) => boolean } = {
  "newsroom.enter": () => true,
  "dashboard.view": () => true,
  "observation.create": () => true,
  // Reporters see their own entries and everything published; editors see everything.
  "observation.view": (viewer, o) => isStaff(viewer) || o.authorId === viewer.id || o.status === "APPROVED",
  "observation.edit": (viewer, o) => o.authorId === viewer.id && isAuthorEditable(o.status),
  "observation.submit": (viewer, o) => o.authorId === viewer.id && canTransition(o.status, "submit"),
  // An editor answers for what they publish, so nobody approves their own entry.
  "observation.approve": (viewer, o) => isStaff(viewer) && o.authorId !== viewer.id && canTransition(o.status, "approve"),
  "review.queue": (viewer) => isStaff(viewer),
  "registry.view": () => true,
  "registry.manage": (viewer) => isStaff(viewer),
  "account.create": () => true,
  "users.manage": (viewer) => viewer.role === "ADMIN",
};

export function can<A extends PermissionAction>(
  viewer: Viewer | null | undefined,
  action: A,
  ...record: Rules[A] extends undefined ? [] : [Rules[A]]
): boolean {
  if (!viewer) return false;
  return RULES[action](viewer, record[0] as Rules[A]);
}

export class ForbiddenError extends Error {
  constructor(action: PermissionAction) {
    super(`Not allowed: ${action}`);
    this.name = "ForbiddenError";
  }
}

export function assertCan<A extends PermissionAction>(
  viewer: Viewer | null | undefined,
  action: A,
  ...record: Rules[A] extends undefined ? [] : [Rules[A]]
): asserts viewer is Viewer {
  if (!can(viewer, action, ...record)) throw new ForbiddenError(action);
}
