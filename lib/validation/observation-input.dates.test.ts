import { describe, expect, it } from "vitest";
import { z } from "zod";
import { observationToFormValues, repeatObservationValues } from "./observation-form-values";
import { ObservationInput } from "./observation-input";

/** Dates with a precision in the observation form (issue 15, part 3; docs/decisions/0015-dates-with-a-precision.md). */

const base = { officialId: "o1", platform: "INSTAGRAM", accountId: "a1", observedAt: "2024-08-28T12:00", existence: "FOUND", intent: "draft" };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function errors(input: Record<string, unknown>) {
  const result = ObservationInput.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("the last post and the last live stream, to the day, the month or the year", () => {
  it("takes the story's fuzzy dates as a reporter types them, each kept as its period's last day", () => {
    const parsed = ObservationInput.parse({ ...base, lastPostAt: "2021", lastLiveAt: "авг 2023" });
    expect(parsed.lastPostAt).toEqual({ date: day("2021-12-31"), precision: "YEAR" });
    expect(parsed.lastLiveAt).toEqual({ date: day("2023-08-31"), precision: "MONTH" });
    expect(ObservationInput.parse({ ...base, lastPostAt: "08.2023" }).lastPostAt).toEqual({ date: day("2023-08-31"), precision: "MONTH" });
    expect(ObservationInput.parse({ ...base, lastPostAt: "17.08.2023" }).lastPostAt).toEqual({ date: day("2023-08-17"), precision: "DAY" });
    expect(ObservationInput.parse({ ...base, lastPostAt: "2023-08-17" }).lastPostAt).toEqual({ date: day("2023-08-17"), precision: "DAY" });
    expect(ObservationInput.parse({ ...base, lastPostAt: " " }).lastPostAt).toBeNull();
  });

  it("refuses what is no date, each with its own message", () => {
    expect(errors({ ...base, lastPostAt: "давно" })).toEqual({ lastPostAt: ["dateUnparsable"] });
    expect(errors({ ...base, lastPostAt: "13.2023" })).toEqual({ lastPostAt: ["dateNoSuchMonth"] });
    expect(errors({ ...base, lastLiveAt: "31.02.2023" })).toEqual({ lastLiveAt: ["dateNoSuchDay"] });
    expect(errors({ ...base, lastPostAt: "0823" })).toEqual({ lastPostAt: ["dateYearOutOfRange"] });
    expect(errors({ ...base, lastPostAt: "x".repeat(101) })).toEqual({ lastPostAt: ["tooLong"] });
  });

  it("calls a date after the observation only when its whole period is", () => {
    // Seen on 28 August 2024: "2024" and "August 2024" may be before the look; 29 August and "2025" are not.
    expect(errors({ ...base, lastPostAt: "2024" })).toEqual({});
    expect(errors({ ...base, lastPostAt: "08.2024" })).toEqual({});
    expect(errors({ ...base, lastPostAt: "28.08.2024" })).toEqual({});
    expect(errors({ ...base, lastPostAt: "29.08.2024" })).toEqual({ lastPostAt: ["lastPostAfterObservation"] });
    expect(errors({ ...base, lastPostAt: "09.2024" })).toEqual({ lastPostAt: ["lastPostAfterObservation"] });
    expect(errors({ ...base, lastPostAt: "2025" })).toEqual({ lastPostAt: ["lastPostAfterObservation"] });
    expect(errors({ ...base, lastLiveAt: "2025" })).toEqual({ lastLiveAt: ["lastLiveAfterObservation"] });
    // A look known only to the month may have been on any of its days: 30 August fits "August 2024".
    expect(errors({ ...base, observedAtPrecision: "MONTH", lastPostAt: "30.08.2024" })).toEqual({});
    expect(errors({ ...base, observedAtPrecision: "MONTH", lastPostAt: "01.09.2024" })).toEqual({ lastPostAt: ["lastPostAfterObservation"] });
    expect(errors({ ...base, observedAtPrecision: "YEAR", lastPostAt: "12.2024" })).toEqual({});
  });

  it("measures the look in the newsroom's day: 23:30 in Petropavlovsk on 28 August is still the 28th", () => {
    expect(errors({ ...base, observedAt: "2024-08-28T23:30", lastPostAt: "28.08.2024" })).toEqual({});
    expect(errors({ ...base, observedAt: "2024-08-28T00:30", lastPostAt: "28.08.2024" })).toEqual({});
  });
});

describe("the observation's own precision", () => {
  it("is a day unless the reporter says the month or the year", () => {
    expect(ObservationInput.parse(base).observedAtPrecision).toBe("DAY");
    expect(ObservationInput.parse({ ...base, observedAtPrecision: "" }).observedAtPrecision).toBe("DAY");
    expect(ObservationInput.parse({ ...base, observedAtPrecision: "MONTH" }).observedAtPrecision).toBe("MONTH");
    expect(errors({ ...base, observedAtPrecision: "WEEK" })).toEqual({ observedAtPrecision: ["unknownOption"] });
  });
});

describe("a stored observation in the form", () => {
  const stored: Parameters<typeof observationToFormValues>[0] = {
    officialId: "o1",
    platform: "FACEBOOK",
    accountId: "a1",
    observedAt: new Date("2024-08-28T07:00:00Z"),
    observedAtPrecision: "MONTH",
    existence: "FOUND",
    visibility: "PUBLIC",
    attribution: null,
    attributionNote: null,
    hasAvatar: null,
    verifiedBadge: null,
    followersRaw: null,
    followingRaw: null,
    friendsRaw: "почти пять тысяч",
    postsRaw: null,
    lastPostAt: day("2021-12-31"),
    lastPostAtPrecision: "YEAR",
    lastPostUrl: null,
    contentKinds: [],
    languages: [],
    commentsOpen: null,
    replies: null,
    liveStreams: true,
    lastLiveAt: day("2023-08-31"),
    lastLiveAtPrecision: "MONTH",
    personalStories: null,
    likesLevel: null,
    publicNote: null,
    internalNote: null,
  };

  it("shows each date at its precision, as the field takes it back", () => {
    const values = observationToFormValues(stored);
    expect(values).toMatchObject({ observedAt: "2024-08-28T12:00", observedAtPrecision: "MONTH", lastPostAt: "2021", lastLiveAt: "2023-08" });
    const again = ObservationInput.parse({ ...values, intent: "draft" });
    expect(again).toMatchObject({ observedAtPrecision: "MONTH", lastPostAt: { date: day("2021-12-31"), precision: "YEAR" } });
    expect(again.lastLiveAt).toEqual({ date: day("2023-08-31"), precision: "MONTH" });
  });

  it("starts a repeat now, known to the minute, keeping the last post's precision", () => {
    const values = repeatObservationValues(stored, new Date("2024-10-02T07:00:00Z"), "3f1c2a4e-8b7d-4c1e-9f0a-2b3c4d5e6f70");
    expect(values).toMatchObject({ observedAt: "2024-10-02T12:00", observedAtPrecision: "DAY", lastPostAt: "2021" });
  });
});
