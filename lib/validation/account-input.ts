import { z } from "zod";
import { AccountKind, Platform } from "@/lib/generated/prisma/enums";
import { nullCharacterRefused, WITHOUT_NULL_CHARACTER } from "./null-character";
import { blankToUndefined, optionalText, requiredEnum } from "./registry-fields";

/** A web address people can open: http or https only (no javascript:, data: or file: links on our pages). */
const webAddress = z
  .string()
  .trim()
  .max(2000, "tooLong")
  .regex(WITHOUT_NULL_CHARACTER, nullCharacterRefused)
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "urlInvalid" });
      return z.NEVER;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      ctx.addIssue({ code: "custom", message: "urlNotHttp" });
      return z.NEVER;
    }
    return url.toString();
  });

/**
 * One account of an official. Handle and address are both optional: the story names accounts without giving
 * either. The label tells two accounts of one official on one platform apart ("Страница 2").
 */
export const AccountInput = z.object({
  platform: requiredEnum(Platform),
  kind: requiredEnum(AccountKind),
  handle: optionalText(200),
  url: z.preprocess(blankToUndefined, webAddress.optional()).transform((value) => value ?? null),
  label: optionalText(100),
});
export type AccountInput = z.infer<typeof AccountInput>;

export const ACCOUNT_FIELDS = ["platform", "kind", "handle", "url", "label"] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];
