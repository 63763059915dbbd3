import type { FormRefusal } from "@/lib/validation/form-state";

/** Expected outcomes of a write that the person can act on. Anything else is unexpected. */

export class NotFoundError extends Error {
  constructor(entity: string) {
    super(`${entity} not found`);
    this.name = "NotFoundError";
  }
}

/** Someone saved this record since the person opened it. Carries what is there now, to explain the conflict. */
export class ConflictError extends Error {
  constructor(
    readonly currentVersion: number,
    readonly currentStatus?: string,
  ) {
    super("The record was changed by someone else");
    this.name = "ConflictError";
  }
}

/** A check only the database can make (the account belongs to another official…), reported against a field. */
export class FieldError extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("Invalid input");
    this.name = "FieldError";
  }
}

/**
 * A well-formed change that a rule forbids: the last active admin would be demoted or disabled, a set-password
 * link was asked for a disabled account, or a link was used, expired or replaced.
 */
export class RefusedError extends Error {
  constructor(readonly refusal: FormRefusal) {
    super(`Refused: ${refusal}`);
    this.name = "RefusedError";
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
