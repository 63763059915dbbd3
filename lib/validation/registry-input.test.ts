import { describe, expect, it } from "vitest";
import { z } from "zod";
import { newsroomDay, toDateOnlyInput } from "@/lib/domain/time";
import { AccountInput } from "./account-input";
import { AkimatInput } from "./akimat-input";
import { EndInput } from "./end-input";
import { OfficialInput } from "./official-input";
import { PositionInput } from "./position-input";

const errorsOf = (schema: z.ZodType, input: Record<string, string>) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};
const tomorrow = toDateOnlyInput(new Date(newsroomDay(new Date()).getTime() + 86_400_000));

describe("the official form", () => {
  it("takes Cyrillic names with Kazakh letters, tidied", () => {
    expect(OfficialInput.parse({ fullName: " Бірлік   Қасымов ", fullNameLatin: " " })).toEqual({ fullName: "Бірлік Қасымов", fullNameLatin: null });
    expect(OfficialInput.parse({ fullName: "Ж. Абай-Кунанбаев", fullNameLatin: "Zh. Abay-Kunanbayev" }).fullNameLatin).toBe("Zh. Abay-Kunanbayev");
    expect(OfficialInput.parse({ fullName: "ӘҒҚҢӨҰҮҺІ әғқңөұүһі" }).fullName).toBe("ӘҒҚҢӨҰҮҺІ әғқңөұүһі");
  });

  it("refuses a Latin letter slipped into the Cyrillic name, and Cyrillic in the Latin one", () => {
    expect(errorsOf(OfficialInput, { fullName: "Жумагулoв" })).toEqual({ fullName: ["cyrillicName"] });
    expect(errorsOf(OfficialInput, { fullName: "Zhumagulov" })).toEqual({ fullName: ["cyrillicName"] });
    expect(errorsOf(OfficialInput, { fullName: "---" })).toEqual({ fullName: ["cyrillicName"] });
    expect(errorsOf(OfficialInput, { fullName: "  " })).toEqual({ fullName: ["required"] });
    expect(errorsOf(OfficialInput, { fullName: "Жусуп", fullNameLatin: "Жусуп" })).toEqual({ fullNameLatin: ["latinName"] });
  });
});

describe("the akimat form", () => {
  it("requires the Russian name and a level from the list", () => {
    expect(errorsOf(AkimatInput, { name: "", level: "" })).toEqual({ name: ["required"], level: ["required"] });
    expect(errorsOf(AkimatInput, { name: "Акимат", level: "COUNTRY" })).toEqual({ level: ["unknownOption"] });
    expect(AkimatInput.parse({ name: "Акимат", level: "CITY", nameKk: "", parentId: "", slug: " Petropavlovsk " })).toEqual({
      name: "Акимат",
      nameKk: null,
      nameEn: null,
      level: "CITY",
      parentId: null,
      slug: "petropavlovsk",
    });
  });

  it("takes a slug of small Latin letters, digits and hyphens", () => {
    expect(errorsOf(AkimatInput, { name: "Акимат", level: "CITY", slug: "петропавловск" })).toEqual({ slug: ["slugInvalid"] });
    expect(errorsOf(AkimatInput, { name: "Акимат", level: "CITY", slug: "a--b" })).toEqual({ slug: ["slugInvalid"] });
  });
});

describe("the position and end forms", () => {
  it("takes a dated post and refuses an end before the start or in the future", () => {
    expect(PositionInput.parse({ akimatId: "a", title: "AKIM", startedOn: "2019-03-01", endedOn: "" })).toMatchObject({ endedOn: null, portfolio: null });
    expect(errorsOf(PositionInput, { akimatId: "a", title: "AKIM", startedOn: "2019-03-01", endedOn: "2019-02-28" })).toEqual({ endedOn: ["endBeforeStart"] });
    expect(errorsOf(PositionInput, { akimatId: "a", title: "AKIM", endedOn: tomorrow })).toEqual({ endedOn: ["endInFuture"] });
    expect(errorsOf(PositionInput, { akimatId: "", title: "MAYOR", startedOn: "2019-02-30" })).toEqual({
      akimatId: ["required"],
      title: ["unknownOption"],
      startedOn: ["invalidDate"],
    });
  });

  it("needs a real date, not later than today, to end something", () => {
    expect(EndInput.parse({ endedOn: "2025-01-15" }).endedOn.toISOString()).toBe("2025-01-15T00:00:00.000Z");
    expect(errorsOf(EndInput, { endedOn: "" })).toEqual({ endedOn: ["required"] });
    expect(errorsOf(EndInput, { endedOn: "15.01.2025" })).toEqual({ endedOn: ["invalidDate"] });
    expect(errorsOf(EndInput, { endedOn: tomorrow })).toEqual({ endedOn: ["endInFuture"] });
  });
});

describe("the account form", () => {
  it("takes http and https addresses only", () => {
    expect(AccountInput.parse({ platform: "TELEGRAM", kind: "CHANNEL", url: " https://t.me/zhumagulov " }).url).toBe("https://t.me/zhumagulov");
    expect(AccountInput.parse({ platform: "VK", kind: "PAGE", url: "http://vk.com/id1" }).url).toBe("http://vk.com/id1");
    expect(errorsOf(AccountInput, { platform: "X", kind: "PAGE", url: "javascript:alert(1)" })).toEqual({ url: ["urlNotHttp"] });
    expect(errorsOf(AccountInput, { platform: "X", kind: "PAGE", url: "ftp://example.com/a" })).toEqual({ url: ["urlNotHttp"] });
    expect(errorsOf(AccountInput, { platform: "X", kind: "PAGE", url: "instagram.com/zhumagulov" })).toEqual({ url: ["urlInvalid"] });
  });

  it("needs a platform; handle, address and label may stay empty", () => {
    expect(errorsOf(AccountInput, { platform: "", kind: "PAGE" })).toEqual({ platform: ["required"] });
    expect(AccountInput.parse({ platform: "FACEBOOK", kind: "PAGE", handle: "", url: "", label: "Страница 2" })).toEqual({
      platform: "FACEBOOK",
      kind: "PAGE",
      handle: null,
      url: null,
      label: "Страница 2",
    });
  });
});
