import { describe, expect, it } from "vitest";
import type { AccountChange } from "./wave-changes";
import { accountChanged, shortlistChanges } from "./wave-changes-embed";

type Change = Pick<AccountChange, "changes" | "followerChange">;
const moved = (delta: number): Change => ({ changes: [], followerChange: { delta, percent: null, approximate: false } });
const kinds = (...changes: AccountChange["changes"]): Change => ({ changes, followerChange: null });
const row = (name: string, ...accounts: Change[]) => ({ name, accounts });

describe("accountChanged", () => {
  it("is a change in words or a count that moved, not an unchanged or missing count", () => {
    expect(accountChanged(moved(12))).toBe(true);
    expect(accountChanged(moved(-3))).toBe(true);
    expect(accountChanged(kinds("GONE"))).toBe(true);
    expect(accountChanged(moved(0))).toBe(false);
    expect(accountChanged(kinds())).toBe(false);
  });
});

describe("shortlistChanges", () => {
  it("lists the changed officials in the order given, up to the cap, and counts the rest honestly", () => {
    const rows = [row("a", moved(500)), row("b", kinds(), moved(-40)), row("c", kinds("CLOSED")), row("d", moved(0), kinds()), row("e", kinds("NEW"))];
    const { listed, moreChanged, unchanged } = shortlistChanges(rows, 2);
    expect(listed.map((r) => r.name)).toEqual(["a", "b"]);
    expect(moreChanged).toBe(2);
    expect(unchanged).toBe(1);
  });

  it("lists nobody when nothing changed, and says how many did not", () => {
    expect(shortlistChanges([row("a", moved(0)), row("b")])).toEqual({ listed: [], moreChanged: 0, unchanged: 2 });
  });
});
