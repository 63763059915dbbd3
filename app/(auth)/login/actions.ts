"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { SignInInput } from "@/lib/validation/sign-in-input";
import { logUnexpected } from "@/lib/logger";

export type SignInState = {
  error?: "invalid" | "rateLimited" | "unexpected";
  errorId?: string;
  fieldErrors?: Partial<Record<"email" | "password", string[]>>;
  email?: string;
};

/** Only a path inside Ashyq may follow a sign-in: never another site. */
function safeCallback(value: FormDataEntryValue | null): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/dashboard";
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = typeof formData.get("email") === "string" ? String(formData.get("email")) : "";
  const parsed = SignInInput.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallback(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return { error: code === "rate_limited" ? "rateLimited" : "invalid", email };
    }
    // signIn redirects by throwing; that is not an error.
    if (error && typeof error === "object" && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT")) throw error;
    return { error: "unexpected", errorId: logUnexpected(error, { action: "signIn" }), email };
  }
  return {};
}
