import type { AccountKind, AkimatLevel, Platform, PositionTitle } from "@/lib/generated/prisma/enums";
import russianTitles from "@/lib/i18n/messages/ru/titles.json";

/**
 * The registry as Popolo (https://www.popoloproject.com/specs/): akimats are organizations, officials are
 * persons, dated posts are memberships, accounts are links and contact details. What Popolo has no word for
 * (the accounts as records, and the observations) travels in `x_ashyq_*` extensions, which Popolo's schemas
 * allow; docs/open-data.md describes them.
 */

/** Russian is the newsroom's working language, so a post's role is named in Russian; the machine key travels beside it. */
export const RUSSIAN_TITLES: Record<PositionTitle, string> = russianTitles satisfies Record<PositionTitle, string>;

export function russianTitle(title: PositionTitle): string {
  return RUSSIAN_TITLES[title];
}

/** Dates here are already "YYYY-MM-DD" text, as Popolo writes them. */
export type PopoloSource<Meta, Observation> = {
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
};

type PopoloAccountSource = { id: string; platform: Platform; kind: AccountKind; handle: string | null; url: string | null; label: string | null };

type OtherName = { name: string; note: string };
export type PopoloPerson = {
  id: string;
  name: string;
  other_names: OtherName[];
  contact_details: { type: string; label: string; value: string }[];
  links: { url: string; note: string }[];
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
export type PopoloMembership = {
  id: string;
  person_id: string;
  organization_id: string;
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
  memberships: PopoloMembership[];
  x_ashyq_accounts: PopoloAccount[];
  x_ashyq_observations: Observation[];
};

const CLASSIFICATION: Record<AkimatLevel, PopoloOrganization["classification"]> = { REGION: "region", CITY: "city", DISTRICT: "district" };

const KIND_NOTE: Record<AccountKind, string> = {
  PERSONAL_PROFILE: "personal profile",
  PAGE: "page",
  CHANNEL: "channel",
  GROUP: "group",
  OTHER: "other",
};

/** "Facebook, page, Страница 2": enough to tell two accounts of one person on one platform apart. */
function accountNote(account: PopoloAccountSource): string {
  const platform = account.platform.charAt(0) + account.platform.slice(1).toLowerCase();
  return [platform, KIND_NOTE[account.kind], account.label].filter(Boolean).join(", ");
}

function toPerson(official: PopoloSource<unknown, unknown>["officials"][number]): PopoloPerson {
  return {
    id: official.id,
    name: official.name,
    other_names: official.nameLatin ? [{ name: official.nameLatin, note: "Latin transliteration" }] : [],
    contact_details: official.accounts
      .filter((account) => account.handle)
      .map((account) => ({ type: account.platform.toLowerCase(), label: accountNote(account), value: account.handle! })),
    links: official.accounts.filter((account) => account.url).map((account) => ({ url: account.url!, note: accountNote(account) })),
  };
}

function toOrganization(akimat: PopoloSource<unknown, unknown>["akimats"][number]): PopoloOrganization {
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

export function toPopolo<Meta, Observation>(source: PopoloSource<Meta, Observation>): PopoloDocument<Meta, Observation> {
  return {
    meta: source.meta,
    persons: source.officials.map(toPerson),
    organizations: source.akimats.map(toOrganization),
    memberships: source.officials.flatMap((official) =>
      official.positions.map((position) => ({
        id: position.id,
        person_id: official.id,
        organization_id: position.akimat.id,
        role: russianTitle(position.title),
        label: position.portfolio ? `${russianTitle(position.title)} (${position.portfolio})` : russianTitle(position.title),
        start_date: position.startedOn,
        end_date: position.endedOn,
        x_ashyq_title: position.title,
        x_ashyq_portfolio: position.portfolio,
      })),
    ),
    // Named field by field: a richer account record passed in must not carry anything else out.
    x_ashyq_accounts: source.officials.flatMap((official) =>
      official.accounts.map(({ id, platform, kind, handle, url, label }) => ({ id, person_id: official.id, platform, kind, handle, url, label })),
    ),
    x_ashyq_observations: source.observations,
  };
}
