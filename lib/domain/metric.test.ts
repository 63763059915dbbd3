import { describe, expect, it } from "vitest";
import { formatCount, parseCount } from "./metric";

describe("parseCount", () => {
  it.each([
    ["3 517", 3517, false],
    ["3\u00a0517", 3517, false],
    ["3\u202f517", 3517, false],
    ["3517", 3517, false],
    ["316", 316, false],
    ["1 037", 1037, false],
    ["2,6 тыс.", 2600, true],
    ["2,6 тыс", 2600, true],
    ["2.6K", 2600, true],
    ["4.3k", 4300, true],
    ["10 тыс", 10000, true],
    ["10 тыс.", 10000, true],
    ["10K", 10000, true],
    ["1,2 млн", 1200000, true],
    ["1.2M", 1200000, true],
    ["около 10 000", 10000, true],
    ["около 10 тысяч", 10000, true],
    ["без малого 2,4 тысячи", 2400, true],
    ["свыше 4,3 тысяч", 4300, true],
    ["почти пять тысяч", 5000, true],
    ["about 10,000", 10000, true],
    ["2,600", 2600, false],
    ["1,234,567", 1234567, false],
    ["~500", 500, true],
    ["5000+", 5000, true],
    ["506 подписчиков", 506, false],
    ["0", 0, false],
    ["２６００", 2600, false],
  ])("reads %j as %d (approximate: %s)", (raw, value, approximate) => {
    expect(parseCount(raw)).toEqual({ ok: true, value, approximate });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["-5", "negative"],
    ["много", "unparsable"],
    ["12abc", "unparsable"],
    ["4.5", "unparsable"],
    ["1e9", "unparsable"],
    ["5 млрд", "too_large"],
    ["99999999999", "too_large"],
    ["<script>", "unparsable"],
  ])("refuses %j (%s)", (raw, reason) => {
    expect(parseCount(raw)).toEqual({ ok: false, reason });
  });
});

describe("formatCount", () => {
  it("groups thousands and marks approximate values", () => {
    expect(formatCount(3517, false).replace(/\s/g, " ")).toBe("3 517");
    expect(formatCount(10000, true).replace(/\s/g, " ")).toBe("≈ 10 000");
    expect(formatCount(1037, false, "en")).toBe("1,037");
  });
});
