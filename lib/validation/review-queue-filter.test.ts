import { describe, expect, it } from "vitest";
import { parseReviewQueueQuery, parseReviewQueueView, queueFilter, reviewQueueQuery } from "./review-queue-filter";

const SINCE = "2024-10-01T09:30:00.000Z";

describe("the review queue's view in the address", () => {
  it("reads every filter, and writes it back the same", () => {
    const view = parseReviewQueueView({ akimat: "ckakimat1", platform: "INSTAGRAM", reporter: "ckuser1", flagged: "1", new: "1", since: SINCE, page: "3" });
    expect(view).toEqual({
      akimatId: "ckakimat1",
      platform: "INSTAGRAM",
      authorId: "ckuser1",
      flaggedOnly: true,
      newOnly: true,
      since: new Date(SINCE),
      page: 3,
    });
    expect(parseReviewQueueQuery(reviewQueueQuery(view).slice(1))).toEqual(view);
    expect(queueFilter(view)).toEqual({
      akimatId: "ckakimat1",
      platform: "INSTAGRAM",
      authorId: "ckuser1",
      flaggedOnly: true,
      submittedAfter: new Date(SINCE),
    });
  });

  it("takes anything unreadable as no filter, never as an error", () => {
    const view = parseReviewQueueView({ akimat: "x'; DROP TABLE", platform: "MYSPACE", reporter: "\u0000", flagged: "yes", since: "yesterday", page: "-2" });
    expect(view).toEqual({ akimatId: undefined, platform: undefined, authorId: undefined, flaggedOnly: false, newOnly: false, since: undefined, page: 1 });
    expect(reviewQueueQuery(view)).toBe("");
    expect(parseReviewQueueView({ page: ["2", "5"], platform: ["TELEGRAM", "VK"] })).toMatchObject({ page: 2, platform: "TELEGRAM" });
    expect(parseReviewQueueView({ page: "99999999999" }).page).toBe(1_000_000);
    expect(parseReviewQueueQuery(undefined)).toMatchObject({ page: 1, flaggedOnly: false });
  });

  it("offers 'new only' only where there was a previous visit to be new since", () => {
    expect(parseReviewQueueView({ new: "1" }).newOnly).toBe(false);
    expect(queueFilter(parseReviewQueueView({ since: SINCE })).submittedAfter).toBeUndefined();
  });

  it("never carries a notice on, and leaves the first page out", () => {
    expect(reviewQueueQuery(parseReviewQueueQuery("platform=VK&notice=approved&page=1"), { notice: "approvedLast" })).toBe("?platform=VK&notice=approvedLast");
  });
});
