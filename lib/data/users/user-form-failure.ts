import "server-only";
import { ForbiddenError } from "@/lib/auth/permissions";
import { logUnexpected } from "@/lib/logger";
import type { UserFormState } from "@/lib/validation/user-form-state";
import { ConflictError, FieldError, NotFoundError } from "../errors";
import { UserRuleError } from "./user-errors";

/**
 * What a user or password form shows when the data layer refused a change, always with what the person typed
 * (never a password). Only the unexpected is logged, under the id the person sees.
 */
export function userFormFailure<F extends string>(error: unknown, values: Partial<Record<F, string>>, context: Record<string, unknown>): UserFormState<F> {
  if (error instanceof FieldError) return { outcome: "invalid", values, fieldErrors: error.fieldErrors };
  if (error instanceof ConflictError) return { outcome: "conflict", values, conflict: { version: error.currentVersion } };
  if (error instanceof UserRuleError) return { outcome: "refused", values, refusal: error.refusal };
  if (error instanceof ForbiddenError || error instanceof NotFoundError) return { outcome: "forbidden", values };
  return { outcome: "error", values, errorId: logUnexpected(error, context) };
}
