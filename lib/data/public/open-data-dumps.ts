import "server-only";
import { createHash, type Hash } from "node:crypto";
import { EventEmitter, once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, unlink } from "node:fs/promises";
import path from "node:path";
import { createGzip } from "node:zlib";
import { getPublicationVersion } from "@/lib/data/embed/get-publication-version";
import { env } from "@/lib/env";
import { DUMP_VERSION_TTL_MS, dumpStore, type DumpFile } from "@/lib/http/open-data-dumps";
import type { ExportDocument } from "./open-data-documents";

/*
 * The whole exports are written to files once per publication version (decision 0016): the first request after a
 * change starts the build and reads the file as it grows; every later one is sent the finished file, gzipped
 * once, by server/index.ts (lib/http/open-data-dumps.ts). At most MAX_BUILDS run at once, each holding one
 * database connection, so that downloads cannot take every connection from the embeds and the newsroom: four,
 * so that the four whole exports, all asked for after a publication, are all built at once and all start
 * sending (with two, the third and fourth sent nothing for minutes). They share the process's one thread batch
 * by batch, so together they take as long as one after another; more wait their turn (export-response.ts tells
 * such a request to come back rather than keep it waiting in silence).
 */
const MAX_BUILDS = 4;
const MAX_FILES = 100;
/** How long after the last download the publication version stops being watched. */
const WATCH_IDLE_MS = 10 * 60_000;

export type DumpBuild = {
  key: string;
  version: string;
  /** The plain file being written; readable as it grows, to `written` bytes. */
  partPath: string;
  finalPath: string;
  written: number;
  state: "waiting" | "building" | "done" | "failed";
  error?: unknown;
  events: EventEmitter;
  done: Promise<DumpFile>;
};

const builds = new Map<string, DumpBuild>();
let running = 0;
const queue: (() => void)[] = [];
let prepared: Promise<string> | undefined;

/**
 * This process's directory, under OPEN_DATA_DIR, made empty once: files from an earlier run name versions this one
 * cannot vouch for. One per process, because two processes may share OPEN_DATA_DIR (two app instances on one
 * server, or test files run side by side), and emptying a shared directory deleted the other's files as it built
 * them. A sibling left by a process that has ended is removed.
 */
function directory(): Promise<string> {
  prepared ??= (async () => {
    const root = path.resolve(env.OPEN_DATA_DIR);
    const dir = path.join(root, `process-${process.pid}`);
    await mkdir(root, { recursive: true });
    for (const entry of await readdir(root, { withFileTypes: true })) {
      const pid = /^process-(\d+)$/.exec(entry.name)?.[1];
      // Files of the single directory used before, and directories of processes no longer running.
      if (entry.name === path.basename(dir) || !pid || !isRunning(Number(pid))) await rm(path.join(root, entry.name), { recursive: true, force: true });
    }
    await mkdir(dir, { recursive: true });
    return dir;
  })();
  return prepared;
}

/** The publication version, looked up at most once a second and kept where server/index.ts reads it. */
export async function currentPublicationVersion(now = Date.now()): Promise<string> {
  const store = dumpStore();
  store.usedAt = now;
  if (store.version && now - store.version.checkedAt < DUMP_VERSION_TTL_MS) return store.version.value;
  const value = await getPublicationVersion();
  store.version = { value, checkedAt: Date.now() };
  watchVersion();
  return value;
}

let watcher: NodeJS.Timeout | undefined;
/**
 * While the files are downloaded, the version is checked every second in the background, so that server/index.ts
 * can keep sending a file without asking Next, and stops sending it within a second of a change.
 */
function watchVersion(): void {
  if (watcher) return;
  watcher = setInterval(() => {
    const store = dumpStore();
    if (Date.now() - store.usedAt > WATCH_IDLE_MS) {
      clearInterval(watcher);
      watcher = undefined;
      return;
    }
    getPublicationVersion().then(
      (value) => (store.version = { value, checkedAt: Date.now() }),
      () => undefined,
    );
  }, DUMP_VERSION_TTL_MS / 2);
  watcher.unref();
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: running, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The finished file for this key under this version, if there is one. */
export function finishedDump(key: string, version: string): DumpFile | undefined {
  const file = dumpStore().files.get(key);
  return file?.version === version ? file : undefined;
}

/** The build of this key under this version: the one running or waiting, or a new one. */
export function startDump({
  key,
  version,
  headers,
  etagPrefix,
  document,
}: {
  key: string;
  version: string;
  headers: Record<string, string>;
  /** What the tag depends on besides the content (the licence, which travels in a header). */
  etagPrefix: string;
  document: () => Promise<ExportDocument>;
}): DumpBuild {
  const id = `${key}|${version}`;
  const existing = builds.get(id);
  if (existing) return existing;
  const name = createHash("sha256").update(id).digest("base64url").slice(0, 32);
  const build: DumpBuild = { key, version, partPath: "", finalPath: "", written: 0, state: "waiting", events: new EventEmitter(), done: undefined! };
  build.events.setMaxListeners(0);
  // The turn is asked for now, in the order the builds are asked for: asked for after the file is created, it went
  // to whichever file the disk created first, and a build asked for fifth could start before the second.
  const hasTurn = turn();
  build.done = (async () => {
    let dir: string;
    try {
      dir = await directory();
      // Created before anyone may read it, so a reader can always open it (or, once renamed, the finished file).
      await (await open(path.join(dir, `${name}.part`), "w")).close();
    } catch (error) {
      // Failed, not left waiting, so that its readers are told; its turn, once it comes, goes to the next.
      build.state = "failed";
      build.error = error;
      builds.delete(id);
      build.events.emit("progress");
      void hasTurn.then(release);
      throw error;
    }
    const plainPath = path.join(dir, name);
    const gzipPath = path.join(dir, `${name}.gz`);
    build.finalPath = plainPath;
    build.partPath = `${plainPath}.part`;
    build.events.emit("progress");
    await hasTurn;
    build.state = "building";
    build.events.emit("progress");
    try {
      const hash = createHash("sha256").update(etagPrefix);
      const plain = createWriteStream(build.partPath);
      const gzipFile = createWriteStream(`${gzipPath}.part`);
      const gzip = createGzip({ level: 6 });
      gzip.pipe(gzipFile);
      const body = await writeHead(await document(), hash, plain, gzip, build);
      // One piece is compressed (on libuv's threads) and written while the next is made (on this one): waiting for
      // each before making the next added gzip's whole time to the build's, ~35 s of observations.json's 74 s.
      let writing: Promise<void> = Promise.resolve();
      for await (const text of body) {
        // Encoded once, for the hash and both files.
        const buffer = Buffer.from(text, "utf8");
        hash.update(buffer);
        await writing;
        writing = write(plain, gzip, buffer, build);
        // Handled here so that a failure while the next piece is made is not an unhandled rejection; awaited above.
        writing.catch(() => undefined);
      }
      await writing;
      await Promise.all([
        new Promise((resolve) => plain.end(resolve)),
        once(
          gzipFile.on("error", () => undefined),
          "finish",
          {},
        ).then(() => undefined),
        gzip.end(),
      ]);
      await rename(build.partPath, plainPath);
      await rename(`${gzipPath}.part`, gzipPath);
      const file: DumpFile = {
        version,
        path: plainPath,
        gzipPath,
        size: build.written,
        gzipSize: gzipFile.bytesWritten,
        etag: `W/"${hash.digest("base64url")}"`,
        headers,
      };
      keep(key, file);
      build.state = "done";
      return file;
    } catch (error) {
      build.state = "failed";
      build.error = error;
      await rm(build.partPath, { force: true });
      await rm(`${gzipPath}.part`, { force: true });
      throw error;
    } finally {
      builds.delete(id);
      build.events.emit("progress");
      release();
    }
  })();
  build.done.catch(() => undefined);
  builds.set(id, build);
  return build;
}

/**
 * The head written and hashed, its body returned: in a function of its own, so that nothing of the build keeps
 * the head's text (popolo.json's registry, some 20 MB) alive while the observations stream after it.
 */
async function writeHead(
  { head, headForTag, body }: ExportDocument,
  hash: Hash,
  plain: WriteStream,
  gzip: NodeJS.WritableStream,
  build: DumpBuild,
): Promise<AsyncIterable<string>> {
  hash.update(headForTag);
  await write(plain, gzip, Buffer.from(head, "utf8"), build);
  return body;
}

/** Writes a piece to both files, waiting while either is behind (backpressure: memory holds a few pieces). */
async function write(plain: WriteStream, gzip: NodeJS.WritableStream, buffer: Buffer, build: DumpBuild): Promise<void> {
  if (!buffer.length) return;
  const flushed = new Promise<void>((resolve, reject) =>
    plain.write(buffer, (error) => {
      if (error) return reject(error);
      build.written += buffer.length;
      build.events.emit("progress");
      resolve();
    }),
  );
  if (!gzip.write(buffer)) await once(gzip as EventEmitter, "drain");
  await flushed;
}

/** The newest file of each key; the one it replaces is deleted (a download reading it keeps its open file). */
function keep(key: string, file: DumpFile): void {
  const files = dumpStore().files;
  const old = files.get(key);
  files.delete(key);
  files.set(key, file);
  const gone = old ? [old] : [];
  while (files.size > MAX_FILES) {
    const oldest = files.keys().next().value!;
    gone.push(files.get(oldest)!);
    files.delete(oldest);
  }
  for (const f of gone) for (const p of [f.path, f.gzipPath]) unlink(p).catch(() => undefined);
}

async function turn(): Promise<void> {
  if (running < MAX_BUILDS) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => queue.push(resolve));
}

function release(): void {
  const next = queue.shift();
  if (next) next();
  else running--;
}

/** Whether the build has its turn (or is over) within `ms`; false while it still waits behind MAX_BUILDS others. */
export function dumpStarted(build: DumpBuild, ms: number): Promise<boolean> {
  if (build.state !== "waiting") return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (started: boolean) => {
      clearTimeout(timer);
      build.events.off("progress", onProgress);
      resolve(started);
    };
    const onProgress = () => {
      if (build.state !== "waiting") finish(true);
    };
    const timer = setTimeout(() => finish(false), ms);
    build.events.on("progress", onProgress);
  });
}

/** The file as it is written, piece by piece as the build adds them, to its end. */
export async function* readGrowingDump(build: DumpBuild): AsyncGenerator<Buffer> {
  while (!build.partPath && build.state === "waiting") await once(build.events, "progress");
  if ((build.state as DumpBuild["state"]) === "failed") throw build.error;
  const handle = await open(build.partPath, "r").catch(() => open(build.finalPath, "r"));
  let offset = 0;
  try {
    for (;;) {
      if (offset < build.written) {
        const buffer = Buffer.alloc(Math.min(build.written - offset, 256 * 1024));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        offset += bytesRead;
        yield buffer.subarray(0, bytesRead);
        continue;
      }
      if (build.state === "done") return;
      if (build.state === "failed") throw build.error;
      await once(build.events, "progress");
    }
  } finally {
    await handle.close();
  }
}

/** For tests: forget the files and the version, as a new process would. */
export function forgetOpenDataDumps(): void {
  const store = dumpStore();
  store.files.clear();
  store.version = undefined;
}
