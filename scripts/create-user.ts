/**
 * Creates a user from the command line: how a real install gets its first admin (it has no default account).
 *
 *   npm run user:create -- --email admin@outlet.kz --name "Айгуль Admin" --role ADMIN
 *
 * The password is read from ASHYQ_NEW_PASSWORD or asked for without echo, so it stays out of shell history.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { FieldError } from "@/lib/data/errors";
import { createUser } from "@/lib/data/users/create-user";
import { disconnectDb } from "@/lib/db";
import { NewUserInput } from "@/lib/validation/user-input";

const MESSAGES: Record<string, string> = {
  email: "not an email address",
  emailTaken: "a user with this email already exists",
  passwordTooShort: "at least 12 characters",
  unknownOption: "one of REPORTER, EDITOR, ADMIN",
  required: "required",
  tooLong: "too long",
};

async function askPassword(): Promise<string> {
  if (process.env.ASHYQ_NEW_PASSWORD) return process.env.ASHYQ_NEW_PASSWORD;
  if (!process.stdin.isTTY) throw new Error("Set ASHYQ_NEW_PASSWORD, or run in a terminal to be asked.");
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void; output: NodeJS.WriteStream };
  process.stdout.write("Password (at least 12 characters): ");
  output._writeToOutput = () => {};
  const password = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return password;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "ADMIN" } } });
  const parsed = NewUserInput.safeParse({ ...values, role: values.role?.toUpperCase(), password: await askPassword() });
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    for (const [field, keys] of Object.entries(errors)) console.error(`  --${field}: ${keys.map((k) => MESSAGES[k] ?? k).join(", ")}`);
    process.exitCode = 1;
    return;
  }
  try {
    const user = await createUser({ actorId: null, input: parsed.data });
    console.log(`Created ${user.role.toLowerCase()} ${user.email}.`);
  } catch (error) {
    if (error instanceof FieldError) {
      for (const [field, keys] of Object.entries(error.fieldErrors)) console.error(`  --${field}: ${keys.map((k) => MESSAGES[k] ?? k).join(", ")}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

main().finally(() => disconnectDb());
