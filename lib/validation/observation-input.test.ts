import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NOTE_LIMITS } from "./note-limits";
import { ObservationInput } from "./observation-input";

const base = {
  officialId: "o1",
  platform: "INSTAGRAM",
  accountId: "a1",
  observedAt: "2024-08-28T12:00",
  existence: "FOUND",
  intent: "draft",
};

function errors(input: Record<string, unknown>) {
  const result = ObservationInput.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("ObservationInput", () => {
  it("accepts the story's figures, keeping the raw text", () => {
    const result = ObservationInput.parse({ ...base, followers: "2,6 тыс.", friends: "", publicNote: "Только рабочие моменты" });
    expect(result.followers).toEqual({ raw: "2,6 тыс.", value: 2600, approximate: true });
    expect(result.friends).toBeNull();
    expect(result.observedAt.toISOString()).toBe("2024-08-28T07:00:00.000Z");
  });

  it("records a search that found nothing without an account", () => {
    const result = ObservationInput.parse({ ...base, accountId: "", existence: "NOT_FOUND" });
    expect(result.accountId).toBeNull();
  });

  it("gives each bad input its own message", () => {
    expect(errors({ ...base, followers: "много" })).toMatchObject({ followers: ["countUnparsable"] });
    expect(errors({ ...base, followers: "-3" })).toMatchObject({ followers: ["countNegative"] });
    expect(errors({ ...base, observedAt: "2999-01-01T00:00" })).toMatchObject({ observedAt: ["inFuture"] });
    expect(errors({ ...base, observedAt: "yesterday" })).toMatchObject({ observedAt: ["invalidDateTime"] });
    expect(errors({ ...base, platform: "MYSPACE" })).toMatchObject({ platform: ["required"] });
    expect(errors({ ...base, visibility: "SECRET" })).toMatchObject({ visibility: ["unknownOption"] });
    expect(errors({ ...base, accountId: "" })).toMatchObject({ accountId: ["accountRequiredWhenFound"] });
    expect(errors({ ...base, lastPostAt: "2024-09-01" })).toMatchObject({ lastPostAt: ["lastPostAfterObservation"] });
    expect(errors({ ...base, existence: "NOT_FOUND", followers: "10" })).toMatchObject({ existence: ["countsWithoutAccount"] });
    expect(errors({ ...base, intent: "publish" })).toMatchObject({ intent: ["unknownOption"] });
    expect(errors({ ...base, internalNote: "x".repeat(10_001) })).toMatchObject({ internalNote: ["tooLong"] });
    expect(errors({ ...base, publicNote: "x".repeat(2_001) })).toMatchObject({ publicNote: ["tooLong"] });
  });

  it("keeps the public and the internal note apart, each exactly as typed, with its own limit", () => {
    const result = ObservationInput.parse({
      ...base,
      publicNote: "Только рабочие моменты.\n",
      internalNote: "  запрос в пресс-службу отправлен  ",
      notes: "an old form's field",
    });
    expect(result).toMatchObject({ publicNote: "Только рабочие моменты.\n", internalNote: "  запрос в пресс-службу отправлен  " });
    expect(result).not.toHaveProperty("notes");
    expect(ObservationInput.parse({ ...base, publicNote: " ", internalNote: "" })).toMatchObject({ publicNote: null, internalNote: null });
    expect(errors({ ...base, publicNote: "x".repeat(NOTE_LIMITS.publicNote), internalNote: "x".repeat(NOTE_LIMITS.internalNote) })).toEqual({});
    expect(NOTE_LIMITS.publicNote).toBeLessThan(NOTE_LIMITS.internalNote);
  });

  it("reads the complete form: attribution, yes/no/not noted, checkbox groups, links", () => {
    const result = ObservationInput.parse({
      ...base,
      attribution: "UNCERTAIN",
      attributionNote: "Среди подписчиков — управление ветеринарии СКО",
      hasAvatar: "no",
      verifiedBadge: "",
      contentKinds: "OFFICIAL_WORK,FAMILY,FAMILY",
      languages: "KAZAKH,RUSSIAN",
      replies: "REGULARLY",
      evidenceLinks: "https://web.archive.org/x\r\n\n  http://instagram.com/y  ",
    });
    expect(result).toMatchObject({ attribution: "UNCERTAIN", hasAvatar: false, verifiedBadge: null, replies: "REGULARLY" });
    expect(result.contentKinds).toEqual(["OFFICIAL_WORK", "FAMILY"]);
    expect(result.languages).toEqual(["KAZAKH", "RUSSIAN"]);
    expect(result.evidenceLinks).toEqual(["https://web.archive.org/x", "http://instagram.com/y"]);
  });

  it("refuses links that are not http or https, and unknown options", () => {
    expect(errors({ ...base, lastPostUrl: "javascript:alert(1)" })).toMatchObject({ lastPostUrl: ["invalidUrl"] });
    expect(errors({ ...base, lastPostUrl: "data:text/html,hi" })).toMatchObject({ lastPostUrl: ["invalidUrl"] });
    expect(errors({ ...base, evidenceLinks: "https://ok.kz\nfile:///etc/passwd" })).toHaveProperty("evidenceLinks");
    expect(errors({ ...base, contentKinds: "OFFICIAL_WORK,GOSSIP" })).toHaveProperty("contentKinds");
    expect(errors({ ...base, hasAvatar: "maybe" })).toMatchObject({ hasAvatar: ["unknownOption"] });
    expect(errors({ ...base, attribution: "PROBABLY" })).toMatchObject({ attribution: ["unknownOption"] });
    expect(errors({ ...base, evidenceLinks: Array.from({ length: 21 }, (_, i) => `https://a.kz/${i}`).join("\n") })).toMatchObject({
      evidenceLinks: ["tooManyLinks"],
    });
  });
});
