import "server-only";
import { canTransition, isAuthorEditable } from "@/lib/domain/review-workflow";
import type { ReviewStatus, Role } from "@/lib/generated/prisma/enums";

/**
 * The one place that says who may do what. Every Server Action and route handler asks it about the
 * specific record; the proxy only redirects.
 */
export type Viewer = { id: string; role: Role; name: string; email: string };

type ObservationRef = { authorId: string; status: ReviewStatus };
type UserRef = { id: string };

type Rules = {
  "newsroom.enter": undefined;
  "dashboard.view": undefined;
  "observation.create": undefined;
  "observation.view": ObservationRef;
  "observation.edit": ObservationRef;
  "observation.submit": ObservationRef;
  /** A draft nobody has seen yet: its author may throw it away. */
  "observation.delete": ObservationRef;
  "observation.approve": ObservationRef;
  "observation.requestChanges": ObservationRef;
  "observation.reject": ObservationRef;
  "observation.retract": ObservationRef;
  "audit.view": undefined;
  "review.queue": undefined;
  "registry.view": undefined;
  /** Akimats, officials and positions: editors and admins. */
  "registry.manage": undefined;
  /** Reporters may add an account they found; editors and admins may edit and end accounts. */
  "account.create": undefined;
  "users.manage": undefined;
  /** The embed builder: editors choose what goes into an article. */
  "embed.build": undefined;
  /** Bringing a spreadsheet of the registry or of past observations in: editors and admins. */
  "import.run": undefined;
  /** Survey waves (docs/decisions/0017-survey-waves.md): everyone signed in sees them and records into an open one. */
  "wave.view": undefined;
  /** Planning a wave, giving reporters their parts, closing and reopening it: editors and admins. */
  "wave.manage": undefined;
  /** An admin may disable any other user; nobody disables themselves (an admin locked out by a slip). */
  "user.disable": UserRef;
  /** Every signed-in person changes their own password, and only their own. */
  "password.change": UserRef;
};

export type PermissionAction = keyof Rules;
/** The actions asked about without a record: whole pages and desks. */
export type RecordlessAction = { [A in PermissionAction]: Rules[A] extends undefined ? A : never }[PermissionAction];

const isStaff = (viewer: Viewer) => viewer.role === "EDITOR" || viewer.role === "ADMIN";

const RULES: { [A in PermissionAction]: (viewer: Viewer, record: Rules[A]) => boolean } = {
  "newsroom.enter": () => true,
  "dashboard.view": () => true,
  "observation.create": () => true,
  // Reporters see their own entries and everything published; editors see everything.
  "observation.view": (viewer, o) => isStaff(viewer) || o.authorId === viewer.id || o.status === "APPROVED",
  "observation.edit": (viewer, o) => o.authorId === viewer.id && isAuthorEditable(o.status),
  "observation.submit": (viewer, o) => o.authorId === viewer.id && canTransition(o.status, "submit"),
  // Only a draft, never submitted: anything an editor has seen keeps its place in the record.
  "observation.delete": (viewer, o) => o.authorId === viewer.id && o.status === "DRAFT",
  // An editor answers for what they publish, so nobody approves their own entry.
  "observation.approve": (viewer, o) => isStaff(viewer) && o.authorId !== viewer.id && canTransition(o.status, "approve"),
  "observation.requestChanges": (viewer, o) => isStaff(viewer) && o.authorId !== viewer.id && canTransition(o.status, "requestChanges"),
  "observation.reject": (viewer, o) => isStaff(viewer) && o.authorId !== viewer.id && canTransition(o.status, "reject"),
  // Taking back a published number is an editor's correction, their own entry included.
  "observation.retract": (viewer, o) => isStaff(viewer) && canTransition(o.status, "retract"),
  "audit.view": (viewer) => isStaff(viewer),
  "review.queue": (viewer) => isStaff(viewer),
  "registry.view": () => true,
  "registry.manage": (viewer) => isStaff(viewer),
  "account.create": () => true,
  "users.manage": (viewer) => viewer.role === "ADMIN",
  "embed.build": (viewer) => isStaff(viewer),
  "import.run": (viewer) => isStaff(viewer),
  "wave.view": () => true,
  "wave.manage": (viewer) => isStaff(viewer),
  "user.disable": (viewer, user) => viewer.role === "ADMIN" && user.id !== viewer.id,
  "password.change": (viewer, user) => user.id === viewer.id,
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
