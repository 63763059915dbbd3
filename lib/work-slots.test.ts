import { describe, expect, it } from "vitest";
import { LineFull, workSlots } from "./work-slots";

const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
};

describe("workSlots", () => {
  it("runs at most `slots` jobs at once, the rest in the order they came", async () => {
    const line = workSlots({ slots: 1 });
    const first = gate();
    const order: string[] = [];
    const a = line.run(async () => {
      await first.opened;
      order.push("a");
    });
    const b = line.run(async () => void order.push("b"));
    const c = line.run(async () => void order.push("c"));
    await Promise.resolve();
    expect(line.waiting()).toBe(2);
    first.open();
    await Promise.all([a, b, c]);
    expect(order).toEqual(["a", "b", "c"]);
    expect(line.waiting()).toBe(0);
  });

  it("refuses a job at once when the line is full, and frees the slot when a job fails", async () => {
    const line = workSlots({ slots: 1, maxWaiting: 1 });
    const first = gate();
    const running = line.run(async () => {
      await first.opened;
      throw new Error("broken file");
    });
    const queued = line.run(async () => "second");
    await expect(line.run(async () => "third")).rejects.toThrow(LineFull);
    first.open();
    await expect(running).rejects.toThrow("broken file");
    expect(await queued).toBe("second");
    expect(await line.run(async () => "again")).toBe("again");
  });
});
