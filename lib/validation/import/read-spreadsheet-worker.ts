/**
 * The worker thread that reads one uploaded spreadsheet (read-spreadsheet.ts starts it): the file's bytes come
 * in one message, the ReadResult goes back in one message. Whatever it costs stays in this thread, within the
 * memory and time the app gives it.
 */
import { parentPort } from "node:worker_threads";
import { parseSpreadsheet } from "./parse-spreadsheet";

parentPort!.once("message", async (bytes: Uint8Array) => {
  parentPort!.postMessage(await parseSpreadsheet(bytes));
});
