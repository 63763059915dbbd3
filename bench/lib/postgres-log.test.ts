import { describe, expect, it } from "vitest";
import { inlineParameters, parseParameters, statementsOf } from "./postgres-log";

const LOG = [
  "2026-11-26 09:30:00.100 UTC [400] postgres@ashyq_bench_full LOG:  duration: 0.050 ms  parse <unnamed>: SELECT 1",
  "2026-11-26 09:30:00.101 UTC [400] postgres@ashyq_bench_full LOG:  duration: 12.500 ms  execute <unnamed>: SELECT o.id",
  "\tFROM observations o",
  '\tWHERE o.status = $1 AND o."officialId" = ANY($2)',
  "2026-11-26 09:30:00.101 UTC [400] postgres@ashyq_bench_full DETAIL:  parameters: $1 = 'APPROVED', $2 = '{a,b}'",
  "2026-11-26 09:30:00.101 UTC [400] postgres@ashyq_bench_full LOG:  duration: 0.020 ms  bind <unnamed>: SELECT 3 WHERE $1",
  "2026-11-26 09:30:00.101 UTC [400] postgres@ashyq_bench_full DETAIL:  parameters: $1 = 'true'",
  "2026-11-26 09:30:00.102 UTC [401] postgres@other_db LOG:  duration: 1.000 ms  execute <unnamed>: SELECT 2",
  "2026-11-26 09:30:00.103 UTC [402] postgres@ashyq_bench_full LOG:  duration: 0.300 ms  statement: SELECT now()",
].join("\n");

describe("statementsOf", () => {
  it("keeps the executed statements of one database with their own parameters, multi-line SQL joined", () => {
    expect(statementsOf(LOG, "ashyq_bench_full")).toEqual([
      {
        database: "ashyq_bench_full",
        durationMs: 12.5,
        sql: 'SELECT o.id\nFROM observations o\nWHERE o.status = $1 AND o."officialId" = ANY($2)',
        params: ["APPROVED", "{a,b}"],
      },
      { database: "ashyq_bench_full", durationMs: 0.3, sql: "SELECT now()", params: [] },
    ]);
  });
});

describe("parseParameters", () => {
  it("unquotes doubled quotes and keeps NULL as null", () => {
    expect(parseParameters("$1 = 'O''Brien', $2 = NULL, $3 = '5'")).toEqual(["O'Brien", null, "5"]);
  });
});

describe("inlineParameters", () => {
  it("writes each parameter as a quoted literal, $10 not mistaken for $1", () => {
    const params = Array.from({ length: 10 }, (_, i) => String(i + 1));
    params[1] = "it's";
    expect(inlineParameters("SELECT $1, $2, $10", params)).toBe("SELECT '1', 'it''s', '10'");
  });

  it("writes NULL for a null parameter", () => {
    expect(inlineParameters("SELECT $1", [null])).toBe("SELECT NULL");
  });
});
