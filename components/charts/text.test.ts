import { describe, expect, it } from "vitest";
import { charsThatFit, estimateTextWidth, wrapLabel } from "./text";

describe("wrapLabel", () => {
  it("keeps a short label on one line", () => {
    expect(wrapLabel("Гауез Нурмухамбетов", 24)).toEqual(["Гауез Нурмухамбетов"]);
  });

  it("wraps between words", () => {
    expect(wrapLabel("Акимат Северо-Казахстанской области", 30)).toEqual(["Акимат Северо-Казахстанской", "области"]);
    expect(wrapLabel("Нурмухамбетов Гауез Мухамедкаримович", 20)).toEqual(["Нурмухамбетов Гауез", "Мухамедкаримович"]);
  });

  it("never cuts a word longer than a line", () => {
    expect(wrapLabel("Ерең еңбегі үшін", 4)).toEqual(["Ерең", "еңбегі", "үшін"]);
  });

  it("collapses stray spaces and survives an empty label", () => {
    expect(wrapLabel("  Сания   Смаилова ", 30)).toEqual(["Сания Смаилова"]);
    expect(wrapLabel("", 30)).toEqual([""]);
  });
});

describe("text width", () => {
  it("estimates width from length and font size", () => {
    expect(estimateTextWidth("10 000", 10)).toBe(36);
    expect(charsThatFit(256, 13)).toBe(32);
    expect(charsThatFit(20, 13)).toBe(8);
  });
});
