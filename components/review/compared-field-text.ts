import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatCount } from "@/lib/domain/metric";
import type { ComparedField } from "@/lib/domain/observation-diff";
import { showPartialDate, type PartialDate } from "@/lib/domain/partial-date";

const LABEL_KEY: Record<ComparedField, string> = {
  existence: "existence",
  visibility: "visibility",
  attribution: "attributionField",
  hasAvatar: "hasAvatar",
  verifiedBadge: "verifiedBadge",
  followers: "followers",
  following: "following",
  friends: "friends",
  posts: "posts",
  lastPostAt: "lastPostAt",
  contentKinds: "contentKinds",
  languages: "languages",
  commentsOpen: "commentsOpen",
  replies: "replies",
  liveStreams: "liveStreams",
  lastLiveAt: "lastLiveAt",
  personalStories: "personalStories",
  likesLevel: "likesLevel",
};

const ENUM_NAMESPACE: Partial<Record<ComparedField, string>> = {
  existence: "existence",
  visibility: "visibility",
  attribution: "attribution",
  replies: "replies",
  likesLevel: "likes",
  contentKinds: "contentKinds",
  languages: "languages",
};

/**
 * How a compared field and its values read, the same on the review desk and on an official's history: the
 * field's label, and a value as the person would say it (translated enums, counts, calendar days, yes/no).
 */
export async function comparedFieldText() {
  const [to, tc, format, locale] = await Promise.all([getTranslations("observation"), getTranslations("common"), getFormatter(), getLocale()]);
  const namespaces = Object.fromEntries(
    await Promise.all(Object.entries(ENUM_NAMESPACE).map(async ([field, namespace]) => [field, await getTranslations(namespace)] as const)),
  );
  return {
    label: (field: ComparedField) => to(LABEL_KEY[field]),
    value: (field: ComparedField, value: unknown): string => {
      if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return tc("none");
      if (typeof value === "boolean") return value ? to("yes") : to("no");
      if (typeof value === "number") return formatCount(value, false, locale);
      if (value instanceof Date) return format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
      if (isPartialDate(value)) return showPartialDate(value, format.dateTime);
      const translate = namespaces[field];
      if (Array.isArray(value)) return value.map((item) => (translate ? translate(String(item)) : String(item))).join(", ");
      return translate ? translate(String(value)) : String(value);
    },
  };
}

function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === "object" && value !== null && (value as PartialDate).date instanceof Date;
}
