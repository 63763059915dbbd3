import "server-only";
import { ForbiddenError } from "@/lib/auth/permissions";
import { logUnexpected } from "@/lib/logger";
import type { FormState } from "@/lib/validation/form-state";
import { ConflictError, FieldError, NotFoundError, RefusedError } from "./errors";

/**
 * What a form shows when the data layer refused a write, always with what the person typed (never a password):
 * the one place where the data layer's errors become a form's outcome. Only the unexpected is logged, under the
 * id the person sees. A record that is not there reads as one the person may not touch, unless the form says
 * otherwise (`notFound`).
 */
export function formFailure<V extends object>(
  error: unknown,
  values: V,
  context: { action: string; viewerId?: string } & Record<string, unknown>,
  { notFound = "forbidden" }: { notFound?: "forbidden" | "conflict" } = {},
): FormState<V> {
  if (error instanceof FieldError) return { outcome: "invalid", values, fieldErrors: error.fieldErrors };
  if (error instanceof ConflictError) return { outcome: "conflict", values, conflict: { version: error.currentVersion, status: error.currentStatus } };
  if (error instanceof RefusedError) return { outcome: "refused", values, refusal: error.refusal };
  if (error instanceof NotFoundError) return { outcome: notFound, values };
  if (error instanceof ForbiddenError) return { outcome: "forbidden", values };
  return { outcome: "error", values, errorId: logUnexpected(error, context) };
}
