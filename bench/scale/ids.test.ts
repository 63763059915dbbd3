import { describe, expect, it } from "vitest";
import { isRecordId } from "@/lib/validation/record-id";
import { PRESETS } from "./config";
import { generatedAkimats } from "./geography";
import { FORMER_PREFIX, GENERATED_PREFIX, generatedId, idPrefix, isGeneratedSql } from "./ids";
import { observationSteps } from "./observations-sql";
import { registrySteps } from "./registry-sql";
import { waveSteps } from "./waves-sql";

const full = PRESETS.full!;
const allSql = [...registrySteps(full), ...observationSteps(full), ...waveSteps(full)].map((step) => step.sql).join("\n");

describe("the generated rows' ids", () => {
  it("are record ids the app accepts, at the largest row numbers of the full scale", () => {
    const largest = [
      generatedId("user", full.reporters + full.editors, 3),
      generatedId("official", full.officials, 5),
      generatedId("position", full.officials, 5),
      generatedId("positionearlier", full.officials, 5),
      generatedId("account", full.accounts, 6),
      generatedId("obs", full.observations, 7),
      generatedId("evidence", full.observations, 7),
      generatedId("waveassignment", 2999, 4),
    ];
    for (const id of largest) expect(isRecordId(id), id).toBe(true);
    expect(largest[1]).toBe("bench0official05000");
  });

  it("give every generated akimat a record id of its own", () => {
    const ids = generatedAkimats().map((akimat) => akimat.id);
    for (const id of ids) expect(isRecordId(id), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(generatedAkimats().find((akimat) => akimat.slug === "east-kazakhstan")?.id).toBe("bench0akimateastkazakhstan");
  });

  it("are written in the SQL only with the record-id prefix, never the former 'bench-'", () => {
    expect(allSql).not.toContain(`'${FORMER_PREFIX}`);
    const literals = [...allSql.matchAll(/'(bench[^']*)'/g)].map((match) => match[1]!);
    expect(literals.length).toBeGreaterThan(5);
    for (const literal of literals) expect(literal, literal).toMatch(/^bench[a-z0-9]*%?$/); // an id, a prefix, or a LIKE pattern
  });

  it("keep an observation's number after its prefix, which the waves read back as its draw", () => {
    const id = generatedId("obs", 123, 7);
    expect(id).toBe("bench0obs0000123");
    expect(Number(id.slice(idPrefix("obs").length))).toBe(123);
    expect(allSql).toContain(`substr(o.id, ${idPrefix("obs").length + 1})::bigint`);
  });

  it("tell generated rows by a prefix no id the app makes begins with, and still remove the former ones", () => {
    expect(isRecordId(GENERATED_PREFIX)).toBe(true);
    expect(GENERATED_PREFIX.startsWith("c")).toBe(false); // cuids, and newRecordId's ids, begin with "c"
    expect(/^[0-9a-f]*$/i.test(GENERATED_PREFIX)).toBe(false); // UUIDs are hexadecimal
    expect(isGeneratedSql("id")).toBe(`(id LIKE 'bench0%' OR id LIKE 'bench-%')`);
    expect(() => idPrefix("wave-assignment")).toThrow();
  });
});
