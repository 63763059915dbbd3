import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { nullCharacterRefused, WITHOUT_NULL_CHARACTER } from "./null-character";

export const MIN_PASSWORD_LENGTH = 12;

/** A password someone chooses. argon2 takes any length; the cap only keeps requests small. */
export const NewPassword = z.string({ error: "required" }).min(MIN_PASSWORD_LENGTH, "passwordTooShort").max(1024, "tooLong");

/** As long as an address can be (RFC 5321), as the sign-in form allows. */
const Email = z.string({ error: "required" }).trim().toLowerCase().max(254, "tooLong").pipe(z.email("email"));
const Name = z.string({ error: "required" }).trim().min(1, "required").max(200, "tooLong").regex(WITHOUT_NULL_CHARACTER, nullCharacterRefused);
const UserRole = z.enum(Role, { error: "unknownOption" });

/** A user with a password typed now: the command line (`npm run user:create`). */
export const NewUserInput = z.object({ email: Email, name: Name, role: UserRole, password: NewPassword });
export type NewUserInput = z.infer<typeof NewUserInput>;

/**
 * The admin's new-user form: a password typed now, or none, and a one-time link for the person to choose
 * their own (no mail server is assumed: the admin passes the link on).
 */
export const NEW_USER_FIELDS = ["email", "name", "role", "passwordMode"] as const;
export type NewUserField = (typeof NEW_USER_FIELDS)[number] | "password";
export const NewUserFormInput = z.discriminatedUnion(
  "passwordMode",
  [
    z.object({ passwordMode: z.literal("link"), email: Email, name: Name, role: UserRole }),
    z.object({ passwordMode: z.literal("typed"), email: Email, name: Name, role: UserRole, password: NewPassword }),
  ],
  { error: "unknownOption" },
);
export type NewUserFormInput = z.infer<typeof NewUserFormInput>;

/** What the data layer needs to create a user: without a password, it makes a one-time link. */
export type NewUserRecord = Omit<NewUserInput, "password"> & { password?: string };

export const ROLE_FIELDS = ["role"] as const;
export const RoleInput = z.object({ role: UserRole });
