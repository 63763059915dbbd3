import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/** The Nu Html Checker, as the W3C's validator runs it: the npm package vnu-jar ships its jar; it needs Java 11+. */
const VNU_JAR = path.join(process.cwd(), "node_modules/vnu-jar/build/dist/vnu.jar");

export type HtmlProblem = { url: string; line?: number; message: string; extract?: string };

/**
 * The errors the Nu Html Checker finds in each document (warnings and information left out), in one run of the
 * checker for all of them: starting Java costs more than checking a page.
 */
export async function htmlErrors(documents: { url: string; html: string }[]): Promise<HtmlProblem[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "ashyq-vnu-"));
  try {
    const files = documents.map((document, index) => {
      const file = path.join(dir, `${index}.html`);
      writeFileSync(file, document.html);
      return file;
    });
    const { stderr } = await promisify(execFile)("java", ["-jar", VNU_JAR, "--format", "json", "--exit-zero-always", ...files], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(stderr) as {
      messages: { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string }[];
    };
    return messages
      .filter((message) => message.type === "error" || message.type === "non-document-error" || message.subType === "fatal")
      .map((message) => ({
        url: documents[files.findIndex((file) => message.url.endsWith(`/${path.basename(file)}`))]?.url ?? message.url,
        line: message.lastLine,
        message: message.message,
        extract: message.extract,
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
