"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { formFailure } from "@/lib/data/form-failure";
import { invalidState, type FieldValues, type FormState } from "@/lib/validation/form-state";
import { SignInInput } from "@/lib/validation/sign-in-input";

type State = FormState<FieldValues<"email">>;

/** Only a path inside Ashyq may follow a sign-in: never another site. Home by default, which is each role's own. */
function safeCallback(value: FormDataEntryValue | null): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

export async function signInAction(_previous: State, formData: FormData): Promise<State> {
  const email = typeof formData.get("email") === "string" ? String(formData.get("email")) : "";
  const values = { email };
  const parsed = SignInInput.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) return invalidState(parsed.error, values);
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallback(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return { outcome: "refused", values, refusal: code === "rate_limited" ? "rateLimited" : "badCredentials" };
    }
    // signIn redirects by throwing; that is not an error.
    if (error && typeof error === "object" && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT")) throw error;
    return formFailure(error, values, { action: "signIn" });
  }
  return { outcome: "done", values };
}
