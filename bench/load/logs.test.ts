import { describe, expect, it } from "vitest";
import { logLine, summarizeLog } from "./logs";

describe("summarizeLog", () => {
  it("counts pino's lines by level and groups warnings and errors by what they say", () => {
    const text = [
      '{"level":30,"msg":"listening"}',
      '{"level":40,"msg":"sign-in rate limited","email":"x"}',
      '{"level":40,"msg":"sign-in rate limited","email":"y"}',
      '{"level":50,"msg":"request failed","route":"/observations/new","err":{"message":"Timed out fetching a new connection\\n  at x"}}',
      '{"level":50,"msg":"request failed","route":"/observations/new","err":{"message":"Timed out fetching a new connection\\n  at y"}}',
      "✓ Running next.config.js took 129ms",
      "Error: something uncaught",
      "",
    ].join("\n");
    const summary = summarizeLog(text);
    expect(summary).toEqual({
      lines: 7,
      warnings: { "sign-in rate limited": 2 },
      errors: { "request failed · /observations/new · Timed out fetching a new connection": 2, "Error: something uncaught": 1 },
    });
    expect(logLine(summary)).toBe(
      "7 lines; 3 errors (2 × request failed · /observations/new · Timed out fetching a new connection; 1 × Error: something uncaught); 2 warnings (2 × sign-in rate limited)",
    );
  });
});
