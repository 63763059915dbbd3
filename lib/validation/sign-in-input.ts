import { z } from "zod";

export const SignInInput = z.object({
  email: z.string().trim().toLowerCase().min(1, "required").max(254, "tooLong").pipe(z.email("email")),
  password: z.string().min(1, "required").max(1024, "tooLong"),
});
export type SignInInput = z.infer<typeof SignInInput>;
