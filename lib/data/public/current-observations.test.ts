import { describe, expect, it } from "vitest";
import { currentObservations } from "./current-observations";
import type { PublicObservation } from "./public-records";

const observation = (id: string, platform: PublicObservation["platform"], accountId: string | null, observedAt: string) =>
  ({ id, platform, account: accountId ? { id: accountId } : null, observedAt }) as PublicObservation;

describe("currentObservations", () => {
  it("keeps the latest observation of each account, platforms in their usual order", () => {
    const history = [
      observation("fb-old", "FACEBOOK", "fb", "2024-08-01T07:00:00.000Z"),
      observation("ig-old", "INSTAGRAM", "ig", "2024-08-01T07:00:00.000Z"),
      observation("fb-new", "FACEBOOK", "fb", "2024-09-01T07:00:00.000Z"),
      observation("fb2", "FACEBOOK", "fb2", "2024-08-15T07:00:00.000Z"),
      observation("ig-new", "INSTAGRAM", "ig", "2024-09-01T07:00:00.000Z"),
    ];
    expect(currentObservations(history).map((o) => o.id)).toEqual(["ig-new", "fb-new", "fb2"]);
  });

  it("lets a later search that found nothing stand for the platform, and an earlier one give way", () => {
    const history = [
      observation("ig", "INSTAGRAM", "ig", "2024-08-01T07:00:00.000Z"),
      observation("ig-gone", "INSTAGRAM", null, "2024-09-01T07:00:00.000Z"),
      observation("tg-none", "TELEGRAM", null, "2024-08-01T07:00:00.000Z"),
      observation("tg", "TELEGRAM", "tg", "2024-09-01T07:00:00.000Z"),
    ];
    expect(currentObservations(history).map((o) => o.id)).toEqual(["ig-gone", "tg"]);
  });
});
