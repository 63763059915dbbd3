/**
 * The worker thread that reads one uploaded spreadsheet (read-spreadsheet.ts starts it): the file's bytes come
 * in one message, the ReadResult goes back in one message. Whatever it costs stays in this thread, within the
 * memory and time the app gives it.
 */
import { parentPort } from "node:worker_threads";
// Relative, and without "server-only": run from source, a bare tsx require hook loads this file (startWorker),
// where the tests' alias for "server-only" does not apply and "@/" resolves only from the project's directory.
import { parseSpreadsheet } from "../../domain/import/parse-spreadsheet";

parentPort!.once("message", async (bytes: Uint8Array) => {
  parentPort!.postMessage(await parseSpreadsheet(bytes));
});
