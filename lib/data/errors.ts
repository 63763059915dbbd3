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

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
