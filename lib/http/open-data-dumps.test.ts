import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDumpFile, type DumpFile } from "./open-data-dumps";

const CSV = "observation_id,official_name\r\n1,Гауез Нурмухамбетов\r\n";
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "ashyq-dump-"));
  const plain = Buffer.from(CSV);
  const gzipped = gzipSync(plain);
  writeFileSync(path.join(dir, "o.csv"), plain);
  writeFileSync(path.join(dir, "o.csv.gz"), gzipped);
  const file: DumpFile = {
    version: "v1",
    path: path.join(dir, "o.csv"),
    gzipPath: path.join(dir, "o.csv.gz"),
    size: plain.length,
    gzipSize: gzipped.length,
    etag: '"abc"',
    headers: { "Content-Type": "text/csv; charset=utf-8", "Cache-Control": "public, max-age=30, stale-while-revalidate=30" },
  };
  server = createServer((request, response) => sendDumpFile(request.headers["accept-encoding"], request.headers["if-none-match"] ?? null, file, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/public/observations.csv`;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a whole export sent from its file", () => {
  it("carries the headers every response gets, and the plain body with its tag", async () => {
    const response = await fetch(base, { headers: { "Accept-Encoding": "identity" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(response.headers.get("etag")).toBe('"abc"');
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toBe(CSV);
  });

  it("sends the gzipped body under a tag of its own, and a 304 only for the tag of the body asked for", async () => {
    const gzipped = await fetch(base, { headers: { "Accept-Encoding": "gzip" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    const gzipTag = gzipped.headers.get("etag");
    expect(gzipTag).not.toBe('"abc"');
    expect(await gzipped.text()).toBe(CSV);
    expect((await fetch(base, { headers: { "Accept-Encoding": "gzip", "If-None-Match": gzipTag! } })).status).toBe(304);
    const plainAfterGzipTag = await fetch(base, { headers: { "Accept-Encoding": "identity", "If-None-Match": gzipTag! } });
    expect(plainAfterGzipTag.status).toBe(200);
    const notModified = await fetch(base, { headers: { "Accept-Encoding": "identity", "If-None-Match": '"abc"' } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("vary")).toBe("Accept-Encoding");
    expect(notModified.headers.get("content-type")).toBeNull();
  });
});
