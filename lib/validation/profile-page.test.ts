import { describe, expect, it } from "vitest";
import { historyPageQuery, parseHistoryPage } from "./profile-page";

describe("the history's page in the address", () => {
  it("reads plain page numbers, the first of repeated ones", () => {
    expect(parseHistoryPage({ page: "3" })).toBe(3);
    expect(parseHistoryPage({ page: " 12 " })).toBe(12);
    expect(parseHistoryPage({ page: ["2", "5"] })).toBe(2);
  });

  it("falls back to the first page on anything that is not a page number", () => {
    for (const page of [undefined, "", "abc", "0", "000", "-2", "1.5", "1e3", "0x10", "Infinity", "2; DROP TABLE", "٣"]) {
      expect(parseHistoryPage({ page }), String(page)).toBe(1);
    }
  });

  it("caps an absurd number, which the data layer then clamps to the last page", () => {
    expect(parseHistoryPage({ page: "9".repeat(400) })).toBe(1_000_000);
  });

  it("keeps the rest of the address in a page link, drops the one-time notice, and leaves page 1 out", () => {
    const search = { asOf: "2024-08-31", page: "2", notice: "saved", tag: ["a", "b"], empty: undefined };
    expect(historyPageQuery(search, 3)).toBe("?asOf=2024-08-31&tag=a&tag=b&page=3");
    expect(historyPageQuery(search, 1)).toBe("?asOf=2024-08-31&tag=a&tag=b");
    expect(historyPageQuery({}, 1)).toBe("");
    expect(historyPageQuery({ q: "Жумагулов & co" }, 2)).toBe("?q=%D0%96%D1%83%D0%BC%D0%B0%D0%B3%D1%83%D0%BB%D0%BE%D0%B2+%26+co&page=2");
  });
});
