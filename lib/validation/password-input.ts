import { z } from "zod";
import { NewPassword } from "./user-input";

/** Typed twice where the person chooses their own password: a typo would lock them out. */
const twice = { password: NewPassword, passwordConfirmation: z.string({ error: "required" }) };
const matching = (value: { password: string; passwordConfirmation: string }) => value.password === value.passwordConfirmation;
const mismatch = { path: ["passwordConfirmation"], error: "passwordMismatch" };

/** The set-password page opened from a one-time link. */
export const SetPasswordInput = z.object(twice).refine(matching, mismatch);
export type SetPasswordInput = z.infer<typeof SetPasswordInput>;

/** A signed-in person's own change: the current password proves it is them, not someone at an open laptop. */
export const ChangePasswordInput = z
  .object({ currentPassword: z.string({ error: "required" }).min(1, "required").max(1024, "tooLong"), ...twice })
  .refine(matching, mismatch)
  .refine((value) => value.password !== value.currentPassword, { path: ["password"], error: "passwordUnchanged" });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** An admin's reset with a password they type and pass on. */
export const ResetPasswordInput = z.object({ password: NewPassword });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export type PasswordField = "currentPassword" | "password" | "passwordConfirmation";

/**
 * What a form that made a one-time set-password link answers with (FormState's extra): the link, shown to the
 * admin once (it lives only in this answer, never in a URL), and the user it is for.
 */
export type PasswordLinkShown = { link: { url: string; expiresAt: string }; user: { id: string; name: string } };
