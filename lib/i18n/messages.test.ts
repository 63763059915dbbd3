import { describe, expect, it } from "vitest";
import en from "./messages/en";
import kk from "./messages/kk";
import ru from "./messages/ru";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("messages", () => {
  it("has English complete against Russian, the default", () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it("has no Kazakh key that Russian lacks (Kazakh falls back to Russian)", () => {
    const russian = new Set(keys(ru));
    expect(keys(kk).filter((key) => !russian.has(key))).toEqual([]);
  });

  it("has Kazakh for navigation, sign-in and the observation form", () => {
    const kazakh = new Set(keys(kk));
    for (const namespace of ["nav", "auth", "observation"] as const) {
      const missing = keys(ru[namespace], `${namespace}.`).filter((key) => !kazakh.has(key));
      expect(missing, `${namespace} keys missing in Kazakh`).toEqual([]);
    }
  });
});
