import { describe, expect, it } from "vitest";
import { savedEmbedViewPath } from "@/lib/domain/saved-embed";
import { builderParamsOf, parseSavedEmbedView, SavedEmbedInput } from "./saved-embed-input";

const WAVE = "cm1wave0000000000000000";

describe("a saved embed's view", () => {
  it("is the builder's address rewritten canonically, so that one renderer serves both", () => {
    expect(parseSavedEmbedView("/embed/comparison?metric=openness&platform=INSTAGRAM&asOf=2024-08-31&lang=kk&akimats=SKO,sko")).toEqual({
      kind: "comparison",
      officialId: null,
      query: "lang=kk&akimats=sko&platform=INSTAGRAM&metric=openness&asOf=2024-08-31",
    });
    expect(parseSavedEmbedView(`/embed/official/cm0official?lang=en&wave=${WAVE}&asOf=2024-08-31`)).toEqual({
      kind: "official",
      officialId: "cm0official",
      query: `lang=en&wave=${WAVE}`,
    });
    expect(parseSavedEmbedView(`/embed/changes?to=2026-12-01&from=${WAVE}`)).toEqual({
      kind: "changes",
      officialId: null,
      query: `lang=ru&from=${WAVE}&to=2026-12-01`,
    });
    // Live: no date, as the builder gives it when the editor chose it.
    expect(parseSavedEmbedView("/embed/comparison?lang=en")?.query).toBe("lang=en");
  });

  it("names no embed when the address is another, an official's id is not one, or a change report lacks a side", () => {
    for (const address of [
      "",
      "/embed/e/k7m2p9q4rs",
      "/embed-builder?kind=comparison",
      "/embed/official/?lang=en",
      "/embed/official/a%00b",
      "/embed/official/x/y",
      "/embed/changes?from=2024-01-01",
      "/embed/changes?from=2024-02-31&to=2024-08-31",
      "javascript:alert(1)",
      "http://[::1",
    ])
      expect(parseSavedEmbedView(address), address).toBeNull();
    // Another host is no concern: only the path and the options are kept.
    expect(parseSavedEmbedView("https://evil.example/embed/comparison?lang=en")).toEqual({ kind: "comparison", officialId: null, query: "lang=en" });
  });

  it("gives the builder's fields back, which give the same view again", () => {
    for (const address of [
      "/embed/comparison?lang=en&akimats=sko,petropavlovsk&platform=INSTAGRAM&metric=activity&asOf=2024-08-31",
      `/embed/comparison?lang=kk&wave=${WAVE}`,
      "/embed/comparison?lang=en",
      `/embed/official/cm0official?lang=en&asOf=2024-08-31`,
      `/embed/changes?lang=en&from=${WAVE}&to=2026-12-01&akimats=sko`,
      // With a chart (issue 17, part 5): the saved embed keeps it, and the builder shows it chosen.
      "/embed/comparison?lang=en&platform=INSTAGRAM&asOf=2024-08-31&chart=reach",
      `/embed/changes?lang=en&from=${WAVE}&to=2026-12-01&chart=followers`,
    ]) {
      const view = parseSavedEmbedView(address)!;
      expect(savedEmbedViewPath(view)).toBe(address);
      const params = builderParamsOf(view);
      expect(params.get("kind")).toBe(view.kind);
      expect(params.get("chart")).toBe(new URL(address, "http://x").searchParams.get("chart"));
      if (view.kind !== "changes") expect(params.get("dates")).toBe(address.includes("wave=") ? "wave" : address.includes("asOf=") ? "pinned" : "live");
    }
    expect(builderParamsOf(parseSavedEmbedView("/embed/official/cm0official?lang=en")!).get("official")).toBe("cm0official");
  });
});

describe("the saved-embed form", () => {
  const base = { view: "/embed/comparison?lang=en", headline: "Заголовок" };

  it("keeps plain text trimmed, blank optional fields as null", () => {
    expect(SavedEmbedInput.parse({ ...base, headline: "  Заголовок  ", intro: " ", notes: "Первая.\nВторая.", sourceLine: "" })).toMatchObject({
      headline: "Заголовок",
      intro: null,
      notes: "Первая.\nВторая.",
      sourceLine: null,
    });
  });

  it("says which field is missing, too long, carries a null byte, or shows no embed", () => {
    const errors = (fields: Record<string, string | undefined>) => SavedEmbedInput.safeParse({ ...base, ...fields }).error?.flatten().fieldErrors;
    expect(errors({ headline: "  " })).toEqual({ headline: ["required"] });
    expect(errors({ headline: "х".repeat(201) })).toEqual({ headline: ["tooLong"] });
    expect(errors({ notes: "х".repeat(2001) })).toEqual({ notes: ["tooLong"] });
    expect(errors({ intro: "до\u0000после" })).toEqual({ intro: ["nullCharacter"] });
    expect(errors({ view: undefined })).toEqual({ view: ["viewMissing"] });
    expect(errors({ view: "/embed/changes?lang=en" })).toEqual({ view: ["viewMissing"] });
  });
});
