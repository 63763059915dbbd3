import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

export const MIN_PASSWORD_LENGTH = 12;

export const NewUserInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("email")),
  name: z.string().trim().min(1, "required").max(200, "tooLong"),
  role: z.enum(Role, { error: "unknownOption" }),
  password: z.string().min(MIN_PASSWORD_LENGTH, "passwordTooShort").max(1024, "tooLong"),
});
export type NewUserInput = z.infer<typeof NewUserInput>;
