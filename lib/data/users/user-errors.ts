import type { UserRefusal } from "@/lib/validation/user-form-state";

/**
 * A well-formed change that a rule about users forbids: the last active admin would be demoted or disabled,
 * or a set-password link was asked for a disabled account, or a link was used, expired or replaced.
 */
export class UserRuleError extends Error {
  constructor(readonly refusal: Exclude<UserRefusal, "rateLimited">) {
    super(`Refused: ${refusal}`);
    this.name = "UserRuleError";
  }
}
