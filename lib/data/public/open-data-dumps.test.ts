/**
 * The whole exports' files (decision 0016): up to four built at once, a fifth waiting its turn; a reader follows
 * a build's file as it grows, from its first piece to its end. Documents here are written by the test, a piece
 * when it says, so that what is running and what is waiting is known at each step.
 */
import { readFile } from "node:fs/promises";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { ExportDocument } from "./open-data-documents";
import { dumpStarted, forgetOpenDataDumps, readGrowingDump, startDump, type DumpBuild } from "./open-data-dumps";

// Files of this test's own, not the app's directory; set before the imports run, which may read the environment.
await vi.hoisted(async () => {
  const [{ mkdtempSync }, { tmpdir }, path] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  process.env.OPEN_DATA_DIR = mkdtempSync(path.join(tmpdir(), "ashyq-dumps-test-"));
});
afterAll(() => forgetOpenDataDumps());

/** A document whose body writes each piece given to `send`, and ends at `end`. */
function controlledDocument(head: string) {
  const pieces: (string | null)[] = [];
  let wake: (() => void) | undefined;
  async function* body() {
    for (;;) {
      while (!pieces.length) await new Promise<void>((resolve) => (wake = resolve));
      const piece = pieces.shift()!;
      if (piece === null) return;
      yield piece;
    }
  }
  const push = (piece: string | null) => {
    pieces.push(piece);
    wake?.();
  };
  const document: ExportDocument = { head, headForTag: head, body: body() };
  return { document, send: (piece: string) => push(piece), end: () => push(null) };
}

const build = (key: string, document: ExportDocument): DumpBuild =>
  startDump({ key, version: "v1", headers: {}, etagPrefix: "", document: async () => document });

describe("the whole exports' builds", () => {
  it("run four at once; a fifth waits its turn, and starts when one ends", async () => {
    const documents = ["a", "b", "c", "d", "e"].map((key) => ({ key, ...controlledDocument(`${key}:`) }));
    const builds = documents.map(({ key, document }) => build(`/test/${key}`, document));
    try {
      // A build starts once its file exists: at once, or after the disk's delay on a busy machine (2 s was not
      // always enough in CI). Waiting longer costs nothing when it is quick.
      expect(await Promise.all(builds.slice(0, 4).map((b) => dumpStarted(b, 10_000)))).toEqual([true, true, true, true]);
      expect(await dumpStarted(builds[4]!, 100)).toBe(false);
      expect(builds[4]!.state).toBe("waiting");
      // Asked again for the same key and version, the same build: one build per file, however many ask.
      expect(build("/test/e", controlledDocument("other").document)).toBe(builds[4]);

      documents[0]!.send("done");
      documents[0]!.end();
      const file = await builds[0]!.done;
      expect(await readFile(file.path, "utf8")).toBe("a:done");
      expect(await dumpStarted(builds[4]!, 10_000)).toBe(true);
    } finally {
      // Every build ended, whatever failed above: one left running would hold a turn from the next test's build.
      for (const { end } of documents) end();
      await Promise.allSettled(builds.map((b) => b.done));
    }
  });

  it("let a reader follow the file as it is written, from the head to the end", async () => {
    const { document, send, end } = controlledDocument("head;");
    const growing = build("/test/growing", document);
    const reader = readGrowingDump(growing)[Symbol.asyncIterator]();
    let text = "";
    const readUntil = async (wanted: string) => {
      while (!text.endsWith(wanted)) {
        const { value, done } = await reader.next();
        if (done) throw new Error(`ended before ${wanted}`);
        text += value.toString("utf8");
      }
    };
    await readUntil("head;");
    send("first;");
    await readUntil("first;");
    expect(growing.state).toBe("building");
    send("second;");
    end();
    await readUntil("second;");
    expect((await reader.next()).done).toBe(true);
    expect(text).toBe("head;first;second;");
    expect((await growing.done).size).toBe(Buffer.byteLength(text));
  });
});
