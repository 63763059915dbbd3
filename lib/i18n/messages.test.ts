import { describe, expect, it } from "vitest";
import en from "./messages/en";
import kk from "./messages/kk";
import ru from "./messages/ru";

function entries(messages: object, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === "object" ? entries(value, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)]],
  );
}
const keys = (messages: object) => entries(messages).map(([key]) => key);

/** What a translation must keep: arguments with their type ({count, plural}, {page, number}) and rich-text tags. */
function slots(text: string): string[] {
  const args = [...text.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?/g)].map(([, name, type]) => `{${name}${type ? `, ${type}` : ""}}`);
  const tags = [...text.matchAll(/<\/?(\w+)>/g)].map(([tag]) => tag);
  return [...new Set([...args, ...tags])].sort();
}

describe("messages", () => {
  it.each([
    ["English", en],
    ["Kazakh", kk],
  ] as const)("has %s complete against Russian, the default", (_, messages) => {
    expect(keys(messages).sort()).toEqual(keys(ru).sort());
  });

  it.each([
    ["English", en],
    ["Kazakh", kk],
  ] as const)("keeps Russian's placeholders and tags in %s", (_, messages) => {
    const translated = new Map(entries(messages));
    const broken = entries(ru)
      .filter(([key, text]) => translated.has(key) && slots(text).join(" ") !== slots(translated.get(key)!).join(" "))
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });

  it("has a `one` and an `other` branch in every Kazakh plural", () => {
    const plurals = entries(kk).filter(([, text]) => /,\s*plural\s*,/.test(text));
    const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
    const incomplete = plurals
      .filter(([, text]) => {
        const needed = count(text, /,\s*plural\s*,/g);
        return count(text, /\bone\s*\{/g) < needed || count(text, /\bother\s*\{/g) < needed;
      })
      .map(([key]) => key);
    expect(incomplete).toEqual([]);
  });
});
