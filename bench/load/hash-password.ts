/**
 * Prints the hash of the password in LOAD_PASSWORD, made by the app's own function (argon2id, its settings), so
 * that the load test's users sign in exactly like real ones. A separate process because lib/auth is server-only:
 *   LOAD_PASSWORD=… tsx --conditions=react-server bench/load/hash-password.ts
 */
import { hashPassword } from "@/lib/auth/password";

const password = process.env.LOAD_PASSWORD;
if (!password) throw new Error("Set LOAD_PASSWORD");
void hashPassword(password).then((hash) => process.stdout.write(`${hash}\n`));
