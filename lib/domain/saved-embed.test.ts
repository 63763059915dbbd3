import { describe, expect, it } from "vitest";
import { isSavedEmbedId, newSavedEmbedId, paragraphsOf, SAVED_EMBED_ID_ALPHABET } from "./saved-embed";

describe("a saved embed's id", () => {
  it("is ten characters of an alphabet without look-alikes, and only such a string is taken for one", () => {
    const ids = Array.from({ length: 2000 }, newSavedEmbedId);
    for (const id of ids) expect(isSavedEmbedId(id), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // Every symbol turns up: the draw is not stuck on part of the alphabet.
    expect(new Set(ids.join("")).size).toBe(SAVED_EMBED_ID_ALPHABET.length);
    expect(SAVED_EMBED_ID_ALPHABET).not.toMatch(/[01lo]/);
    for (const wrong of ["k7m2p9q4r", "k7m2p9q4rs2", "K7M2P9Q4RS", "k7m2p9q4r0", "k7m2p9q4r\u0000", "k7m2p9q4r/", undefined, 42])
      expect(isSavedEmbedId(wrong), String(wrong)).toBe(false);
  });
});

describe("an embed's text as paragraphs", () => {
  it("starts a paragraph at each line break and drops blank lines", () => {
    expect(paragraphsOf("Первый.\r\n\r\n  Второй.  \nТретий.\rЧетвёртый.")).toEqual(["Первый.", "Второй.", "Третий.", "Четвёртый."]);
    expect(paragraphsOf(null)).toEqual([]);
    expect(paragraphsOf(" \n ")).toEqual([]);
  });
});
