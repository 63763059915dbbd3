import { z } from "zod";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import type { Platform } from "@/lib/generated/prisma/enums";
import { isRecordId } from "./record-id";
import { firstValue, type SearchParams } from "./search-params";

/**
 * How many entries one page of the review queue lists. The queue drew every card whole, 2.6 MB at full scale
 * (bench/README.md); fifty rows of a table stay small.
 */
export const REVIEW_QUEUE_PAGE_SIZE = 50;

/** Far beyond any real queue, so that a huge number is still "a page past the last" and never breaks OFFSET. */
const MAX_PAGE = 1_000_000;

/**
 * The queue's view, as its address carries it (`/review?platform=INSTAGRAM&flagged=1&page=2`) and as the review
 * page carries it on to "approve and open next". `since` is the editor's previous visit, fixed when the queue
 * was first opened, so that "new" means the same on every page and filter of that look. Anything unreadable is
 * no filter: an address is typed by hand and must not fail.
 */
export type ReviewQueueView = {
  akimatId?: string;
  platform?: Platform;
  authorId?: string;
  flaggedOnly: boolean;
  newOnly: boolean;
  since?: Date;
  page: number;
};

const recordId = z
  .string()
  .refine((value) => isRecordId(value))
  .optional()
  .catch(undefined);
const flag = z
  .string()
  .transform((value) => value === "1")
  .catch(false);
const ReviewQueueSearch = z.object({
  akimat: recordId,
  platform: z
    .enum(PLATFORM_ORDER as [Platform, ...Platform[]])
    .optional()
    .catch(undefined),
  reporter: recordId,
  flagged: flag,
  new: flag,
  since: z.iso
    .datetime()
    .transform((text) => new Date(text))
    .optional()
    .catch(undefined),
  page: z
    .string()
    .trim()
    .regex(/^\d+$/)
    .transform((digits) => Math.max(1, Math.min(Number(digits), MAX_PAGE)))
    .catch(1),
});

export function parseReviewQueueView(search: SearchParams): ReviewQueueView {
  const raw = Object.fromEntries(Object.keys(ReviewQueueSearch.shape).map((key) => [key, firstValue(search[key]) ?? ""]));
  const parsed = ReviewQueueSearch.parse(raw);
  return {
    akimatId: parsed.akimat,
    platform: parsed.platform,
    authorId: parsed.reporter,
    flaggedOnly: parsed.flagged,
    // "New" needs a previous visit to be new since.
    newOnly: parsed.new && parsed.since !== undefined,
    since: parsed.since,
    page: parsed.page,
  };
}

/** A query string read back from a form's hidden field ("akimat=…&page=2"), as the queue's view. */
export function parseReviewQueueQuery(query: unknown): ReviewQueueView {
  const params = new URLSearchParams(typeof query === "string" ? query.slice(0, 2_000) : "");
  return parseReviewQueueView(Object.fromEntries(params));
}

/**
 * The query string of a view (with its leading "?", or "" for the plain queue), written from the parsed view
 * only: what goes back into an address or a redirect is never the text that came in. `page` 1 is left out;
 * `extra` adds a parameter such as the notice of a decision.
 */
export function reviewQueueQuery(view: Partial<ReviewQueueView>, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  if (view.akimatId) query.set("akimat", view.akimatId);
  if (view.platform) query.set("platform", view.platform);
  if (view.authorId) query.set("reporter", view.authorId);
  if (view.flaggedOnly) query.set("flagged", "1");
  if (view.newOnly) query.set("new", "1");
  if (view.since) query.set("since", view.since.toISOString());
  if (view.page && view.page > 1) query.set("page", String(view.page));
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The data layer's filter of a view. */
export function queueFilter(view: ReviewQueueView) {
  return {
    akimatId: view.akimatId,
    platform: view.platform,
    authorId: view.authorId,
    flaggedOnly: view.flaggedOnly,
    submittedAfter: view.newOnly ? view.since : undefined,
  };
}
