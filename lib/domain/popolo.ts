import type { AccountKind, AkimatLevel, Platform, PositionTitle } from "@/lib/generated/prisma/enums";
import russianTitles from "@/lib/i18n/messages/ru/titles.json";
import { TITLE_RANK } from "./positions";

/**
 * The registry as Popolo (https://www.popoloproject.com/specs/): akimats are organizations, officials are
 * persons, each (akimat, title, portfolio) is a post, and each dated spell in one is a membership pointing to it;
 * accounts are contact details (a handle) and links (an address), and the evidence links of what is published
 * about them are the person's sources. What Popolo has no word for (the accounts as records, and the
 * observations) travels in `x_ashyq_*` extensions, which Popolo's schemas allow; docs/open-data.md describes them.
 */

/** Russian is the newsroom's working language, so a post's role is named in Russian; the machine key travels beside it. */
export const RUSSIAN_TITLES: Record<PositionTitle, string> = russianTitles satisfies Record<PositionTitle, string>;

export function russianTitle(title: PositionTitle): string {
  return RUSSIAN_TITLES[title];
}

/** Dates here are already "YYYY-MM-DD" text, as Popolo writes them. */
export type PopoloSource<Meta, Observation extends PopoloObservationSource> = {
  meta: Meta;
  akimats: {
    id: string;
    slug: string;
    name: string;
    nameKk: string | null;
    nameEn: string | null;
    level: AkimatLevel;
    parentId: string | null;
    endedOn: string | null;
  }[];
  officials: {
    id: string;
    name: string;
    nameLatin: string | null;
    positions: { id: string; akimat: { id: string }; title: PositionTitle; portfolio: string | null; startedOn: string | null; endedOn: string | null }[];
    accounts: PopoloAccountSource[];
  }[];
  observations: Observation[];
  /**
   * The observations the persons' sources are read from, when not `observations`: a document whose observations
   * are written in later (the streamed export) passes the latest published observation of each account and each
   * platform's searches, all that the sources use.
   */
  sourcesFrom?: readonly PopoloObservationSource[];
};

type PopoloAccountSource = { id: string; platform: Platform; kind: AccountKind; handle: string | null; url: string | null; label: string | null };

/** What the persons' sources are read from: the evidence links of each published observation, oldest first. */
export type PopoloObservationSource = {
  official: { id: string };
  platform: Platform;
  account: { id: string } | null;
  observedAt: string;
  sourceUrls: readonly string[];
};

type OtherName = { name: string; note: string };
type PopoloLink = { url: string; note: string };
export type PopoloPerson = {
  id: string;
  name: string;
  other_names: OtherName[];
  contact_details: { type: string; label: string; value: string }[];
  links: PopoloLink[];
  sources: PopoloLink[];
};
export type PopoloOrganization = {
  id: string;
  name: string;
  other_names: OtherName[];
  classification: "region" | "city" | "district";
  parent_id: string | null;
  dissolution_date: string | null;
  identifiers: { identifier: string; scheme: string }[];
};
export type PopoloPost = {
  id: string;
  organization_id: string;
  role: string;
  label: string;
  x_ashyq_title: PositionTitle;
  x_ashyq_portfolio: string | null;
};
export type PopoloMembership = {
  id: string;
  person_id: string;
  organization_id: string;
  post_id: string;
  role: string;
  label: string;
  start_date: string | null;
  end_date: string | null;
  x_ashyq_title: PositionTitle;
  x_ashyq_portfolio: string | null;
};
export type PopoloAccount = PopoloAccountSource & { person_id: string };
export type PopoloDocument<Meta, Observation> = {
  meta: Meta;
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  posts: PopoloPost[];
  memberships: PopoloMembership[];
  x_ashyq_accounts: PopoloAccount[];
  x_ashyq_observations: Observation[];
};

const CLASSIFICATION: Record<AkimatLevel, PopoloOrganization["classification"]> = { REGION: "region", CITY: "city", DISTRICT: "district" };

/**
 * A contact detail's `type` as Popolo's users (EveryPolitician's data among them) write a social account: the
 * service's name in lower case, and `twitter` for X, the name their tools still look for. An account on a
 * platform we cannot name is published as a link only: a bare handle says nothing without its service.
 */
export const CONTACT_TYPE: Record<Platform, string | null> = {
  FACEBOOK: "facebook",
  INSTAGRAM: "instagram",
  TELEGRAM: "telegram",
  X: "twitter",
  TIKTOK: "tiktok",
  YOUTUBE: "youtube",
  VK: "vk",
  THREADS: "threads",
  LINKEDIN: "linkedin",
  OTHER: null,
};

const PLATFORM_NAME: Record<Platform, string> = {
  FACEBOOK: "Facebook",
  INSTAGRAM: "Instagram",
  TELEGRAM: "Telegram",
  X: "X",
  TIKTOK: "TikTok",
  YOUTUBE: "YouTube",
  VK: "VK",
  THREADS: "Threads",
  LINKEDIN: "LinkedIn",
  OTHER: "Other platform",
};

const KIND_NOTE: Record<AccountKind, string> = {
  PERSONAL_PROFILE: "personal profile",
  PAGE: "page",
  CHANNEL: "channel",
  GROUP: "group",
  OTHER: "other",
};

/** "Facebook, page, Страница 2": enough to tell two accounts of one person on one platform apart. */
function accountNote(account: PopoloAccountSource): string {
  return [PLATFORM_NAME[account.platform], KIND_NOTE[account.kind], account.label].filter(Boolean).join(", ");
}

/**
 * The evidence behind what is published about a person: the source and archive links of the latest published
 * observation of each of their accounts (and of each fruitless search), so that the list stays as short as
 * what is current, whatever the length of the history.
 */
function sourcesByPerson(observations: readonly PopoloObservationSource[]): Map<string, PopoloLink[]> {
  const latest = new Map<string, PopoloObservationSource>();
  for (const o of observations) latest.set(`${o.official.id} ${o.platform} ${o.account?.id ?? ""}`, o);
  const byPerson = new Map<string, PopoloLink[]>();
  for (const o of latest.values()) {
    const links = byPerson.get(o.official.id) ?? [];
    const what = o.account ? `the ${PLATFORM_NAME[o.platform]} account` : `the search on ${PLATFORM_NAME[o.platform]} that found no account`;
    for (const url of o.sourceUrls) {
      if (!links.some((link) => link.url === url)) links.push({ url, note: `Evidence for ${what}, observed ${o.observedAt.slice(0, 10)}` });
    }
    byPerson.set(o.official.id, links);
  }
  return byPerson;
}

function toPerson(official: PopoloSource<unknown, PopoloObservationSource>["officials"][number], sources: PopoloLink[]): PopoloPerson {
  return {
    id: official.id,
    name: official.name,
    other_names: official.nameLatin ? [{ name: official.nameLatin, note: "Latin transliteration" }] : [],
    contact_details: official.accounts.flatMap((account) => {
      const type = CONTACT_TYPE[account.platform];
      const value = account.handle?.trim().replace(/^@/, "");
      return type && value ? [{ type, label: accountNote(account), value }] : [];
    }),
    links: official.accounts.filter((account) => account.url).map((account) => ({ url: account.url!, note: accountNote(account) })),
    sources,
  };
}

function toOrganization(akimat: PopoloSource<unknown, PopoloObservationSource>["akimats"][number]): PopoloOrganization {
  const otherNames: OtherName[] = [];
  if (akimat.nameKk) otherNames.push({ name: akimat.nameKk, note: "Kazakh" });
  if (akimat.nameEn) otherNames.push({ name: akimat.nameEn, note: "English" });
  return {
    id: akimat.id,
    name: akimat.name,
    other_names: otherNames,
    classification: CLASSIFICATION[akimat.level],
    parent_id: akimat.parentId,
    dissolution_date: akimat.endedOn,
    identifiers: [{ identifier: akimat.slug, scheme: "ashyq-slug" }],
  };
}

type PositionSource = PopoloSource<unknown, PopoloObservationSource>["officials"][number]["positions"][number];

/** FNV-1a, 32 bits: a short, stable key for a portfolio's text, which is no identifier of its own. */
function textKey(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * A post is a seat that exists whoever holds it: the akimat, the title and what a deputy oversees (its wording
 * compared without case or extra spaces). Successive akims of one akimat hold one post; two deputies with
 * different portfolios hold two.
 */
export function postOf(position: PositionSource): PopoloPost {
  const portfolio = position.portfolio?.trim().replace(/\s+/g, " ") || null;
  const role = russianTitle(position.title);
  return {
    id: [position.akimat.id, position.title.toLowerCase(), ...(portfolio ? [textKey(portfolio.toLocaleLowerCase("ru"))] : [])].join("/"),
    organization_id: position.akimat.id,
    role,
    label: portfolio ? `${role} (${portfolio})` : role,
    x_ashyq_title: position.title,
    x_ashyq_portfolio: portfolio,
  };
}

/**
 * Popolo's `end_date` is the last day the post was held; the registry's `endedOn` is the first day it was not
 * (lib/domain/positions.ts, isHeldOn), so the day before.
 */
export function lastDayHeld(endedOn: string): string {
  const [year, month, day] = endedOn.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

export function toPopolo<Meta, Observation extends PopoloObservationSource>(source: PopoloSource<Meta, Observation>): PopoloDocument<Meta, Observation> {
  const sources = sourcesByPerson(source.sourcesFrom ?? source.observations);
  const organizationOrder = new Map(source.akimats.map((akimat, index) => [akimat.id, index]));
  const posts = new Map<string, PopoloPost>();
  const memberships = source.officials.flatMap((official) =>
    official.positions.map((position): PopoloMembership => {
      const post = postOf(position);
      if (!posts.has(post.id)) posts.set(post.id, post);
      return {
        id: position.id,
        person_id: official.id,
        organization_id: position.akimat.id,
        post_id: post.id,
        role: post.role,
        label: post.label,
        start_date: position.startedOn,
        end_date: position.endedOn === null ? null : lastDayHeld(position.endedOn),
        x_ashyq_title: position.title,
        x_ashyq_portfolio: position.portfolio,
      };
    }),
  );
  return {
    meta: source.meta,
    persons: source.officials.map((official) => toPerson(official, sources.get(official.id) ?? [])),
    organizations: source.akimats.map(toOrganization),
    // In the akimats' order, then by rank, as the akimats' own sites list them.
    posts: [...posts.values()].sort(
      (a, b) =>
        (organizationOrder.get(a.organization_id) ?? Infinity) - (organizationOrder.get(b.organization_id) ?? Infinity) ||
        TITLE_RANK[a.x_ashyq_title] - TITLE_RANK[b.x_ashyq_title] ||
        a.label.localeCompare(b.label, "ru"),
    ),
    memberships,
    // Named field by field: a richer account record passed in must not carry anything else out.
    x_ashyq_accounts: source.officials.flatMap((official) =>
      official.accounts.map(({ id, platform, kind, handle, url, label }) => ({ id, person_id: official.id, platform, kind, handle, url, label })),
    ),
    x_ashyq_observations: source.observations,
  };
}
