import { describe, expect, it } from "vitest";
import { isRecordId } from "@/lib/validation/record-id";
import { PRESETS } from "./config";
import { generatedAkimats, REGIONS } from "./geography";
import { GENERATED_WAVES, waveSteps } from "./waves-sql";

describe("the generated survey waves", () => {
  it("have ids the app accepts as a wave's, so that their pages open", () => {
    for (const wave of GENERATED_WAVES) expect(isRecordId(wave.id), wave.id).toBe(true);
  });

  it("cover generated regions only, never the story's", () => {
    const generated = new Set(generatedAkimats().map((akimat) => akimat.slug));
    for (const wave of GENERATED_WAVES) {
      for (const slug of wave.regions) {
        expect(generated.has(slug), slug).toBe(true);
        expect(REGIONS.some((region) => region.slug === slug)).toBe(true);
      }
    }
  });

  it("have windows that do not overlap, so that an observation meets one wave at most", () => {
    const windows = GENERATED_WAVES.map((wave) => [wave.opensDaysBefore, wave.closedDaysBefore ?? -1] as const).sort((a, b) => b[0] - a[0]);
    for (const [opens, closes] of windows) expect(opens).toBeGreaterThan(closes);
    for (let i = 1; i < windows.length; i += 1) expect(windows[i]![0]).toBeLessThan(windows[i - 1]![1]);
  });

  it("make the waves, their akimats, assignments and observations, in that order", () => {
    expect(waveSteps(PRESETS.full!).map((step) => step.label)).toEqual([
      "waves (working set)",
      "waves",
      "wave akimats",
      "wave assignments",
      "observations into waves",
    ]);
  });
});
