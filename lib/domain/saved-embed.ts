import type { SavedEmbedKind } from "@/lib/generated/prisma/enums";

/**
 * Saved embeds (issue 17, part 5; docs/decisions/0007-embeds.md): an embed kept under a short public id with an
 * article's text, so that the article's code is `/embed/e/<id>` and a typo is fixed in the newsroom, not in the
 * article.
 */

/**
 * Lower-case letters and digits without the ones read alike (0 and o, 1 and l): an id is read aloud and typed
 * from a printed page. 32 symbols, so a random byte's low five bits pick one without bias.
 */
export const SAVED_EMBED_ID_ALPHABET = "23456789abcdefghijkmnpqrstuvwxyz";
/** 32^10 = 2^50 ids: nobody finds an unpublished one by trying, and a collision (checked anyway) is negligible. */
export const SAVED_EMBED_ID_LENGTH = 10;

const ID_PATTERN = new RegExp(`^[${SAVED_EMBED_ID_ALPHABET}]{${SAVED_EMBED_ID_LENGTH}}$`);

export function newSavedEmbedId(): string {
  const random = crypto.getRandomValues(new Uint8Array(SAVED_EMBED_ID_LENGTH));
  return Array.from(random, (byte) => SAVED_EMBED_ID_ALPHABET[byte & 31]).join("");
}

/** An address's id checked before any lookup: anything else names no saved embed (and may hold a null byte). */
export function isSavedEmbedId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

/** The longest each text may be, checked by SavedEmbedInput and said beside each field. */
export const SAVED_EMBED_LIMITS = { headline: 200, intro: 1_000, notes: 2_000, sourceLine: 300 } as const;

/** What an article's embed says around its figures: plain text, always shown escaped. */
export type SavedEmbedText = { headline: string; intro: string | null; notes: string | null; sourceLine: string | null };

/** The builder's three kinds, as the address of each names them (`/embed/<kind>`). */
export const SAVED_EMBED_KINDS = ["comparison", "official", "changes"] as const;
export type SavedEmbedKindName = (typeof SAVED_EMBED_KINDS)[number];

/** Each kind as the database keeps it, and back. */
export const SAVED_EMBED_KIND_COLUMN: Record<SavedEmbedKindName, SavedEmbedKind> = { comparison: "COMPARISON", official: "OFFICIAL", changes: "CHANGES" };
export const savedEmbedKindName = (kind: SavedEmbedKind): SavedEmbedKindName => kind.toLowerCase() as SavedEmbedKindName;

/** What a saved embed shows: its kind, the official of a card, and the builder's canonical query for the kind. */
export type SavedEmbedView = { kind: SavedEmbedKindName; officialId: string | null; query: string };

/** The plain embed's address for a view: what the builder previews, and what the saved embed shows. */
export function savedEmbedViewPath(view: SavedEmbedView): string {
  const path = view.kind === "official" ? `/embed/official/${view.officialId}` : `/embed/${view.kind}`;
  return `${path}?${view.query}`;
}

/** Paragraphs of a plain text as typed: a line break starts a new one, blank lines are only space. */
export function paragraphsOf(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
