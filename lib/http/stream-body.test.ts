import { describe, expect, it } from "vitest";
import { streamBody } from "./stream-body";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("a response body read from an async source", () => {
  it("gives every chunk in order, reading the next only when asked", async () => {
    const read: string[] = [];
    async function* source() {
      for (const text of ["a", "b", "c"]) {
        read.push(text);
        yield bytes(text);
      }
    }
    const reader = streamBody(source()).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("a");
    // The stream may read one ahead to fill its queue, never the whole source.
    expect(read.length).toBeLessThanOrEqual(2);
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("b");
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("c");
    expect((await reader.read()).done).toBe(true);
  });

  it("closes the source when the client goes away, even with a chunk on its way, and throws nothing", async () => {
    let closed = false;
    let release: () => void = () => undefined;
    async function* source() {
      try {
        yield bytes("first");
        await new Promise<void>((resolve) => (release = resolve));
        yield bytes("late");
      } finally {
        closed = true;
      }
    }
    const reader = streamBody(source()).getReader();
    await reader.read();
    // A read is pending on the source when the client cancels; the chunk that arrives after is dropped.
    const pending = reader.read();
    const cancelled = reader.cancel();
    release();
    await cancelled;
    expect((await pending).done).toBe(true);
    expect(closed).toBe(true);
  });
});
