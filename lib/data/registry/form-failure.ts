import "server-only";
import { ForbiddenError } from "@/lib/auth/permissions";
import { logUnexpected } from "@/lib/logger";
import type { RegistryFormState } from "@/lib/validation/registry-form-state";
import { ConflictError, FieldError, NotFoundError } from "../errors";

/**
 * What a registry form shows when the data layer refused a save, always with what the person typed. Only the
 * unexpected is logged, under the id the person sees.
 */
export function formFailure<F extends string>(error: unknown, values: Partial<Record<F, string>>, context: Record<string, unknown>): RegistryFormState<F> {
  if (error instanceof FieldError) return { outcome: "invalid", values, fieldErrors: error.fieldErrors };
  if (error instanceof ConflictError) return { outcome: "conflict", values, conflict: { version: error.currentVersion } };
  if (error instanceof ForbiddenError || error instanceof NotFoundError) return { outcome: "forbidden", values };
  return { outcome: "error", values, errorId: logUnexpected(error, context) };
}
