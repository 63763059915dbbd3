import "server-only";
import { db } from "@/lib/db";
import { compareAkimats } from "@/lib/domain/akimat-levels";
import { readCarriedFieldSources, type CarriedField } from "@/lib/domain/carried-fields";
import { observedAtForExport } from "@/lib/domain/partial-date";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { russianTitle } from "@/lib/domain/popolo";
import { isHeldOn } from "@/lib/domain/positions";
import { newsroomDay } from "@/lib/domain/time";
import { publishedObservationWhere } from "../observations/published";
import { currentObservations } from "./current-observations";
import {
  isoDate,
  partialIsoDate,
  publicCount,
  type OpenData,
  type PublicAccount,
  type PublicAkimat,
  type PublicObservation,
  type PublicPosition,
} from "./public-records";

const ACCOUNT_SELECT = { id: true, platform: true, kind: true, handle: true, url: true, label: true } as const;

/**
 * Everything the open-data exports publish, from published observations only (the one rule in
 * ../observations/published.ts) and the editors' registry of akimats, officials and posts. Each column is
 * selected by name; `until` (from `asOf`) keeps only observations made up to that instant.
 */
export async function loadOpenData({ until }: { until: Date | null }): Promise<OpenData> {
  const [akimatRows, officialRows, observationRows] = await Promise.all([
    db.akimat.findMany({ select: { id: true, slug: true, name: true, nameKk: true, nameEn: true, level: true, parentId: true, endedOn: true } }),
    db.official.findMany({
      select: {
        id: true,
        fullName: true,
        fullNameLatin: true,
        positions: {
          select: { id: true, akimatId: true, title: true, portfolio: true, startedOn: true, endedOn: true },
          orderBy: [{ startedOn: { sort: "asc", nulls: "first" } }, { id: "asc" }],
        },
      },
    }),
    db.observation.findMany({
      where: { AND: [publishedObservationWhere, until ? { observedAt: { lte: until } } : {}] },
      select: {
        id: true,
        officialId: true,
        platform: true,
        account: { select: ACCOUNT_SELECT },
        observedAt: true,
        observedAtPrecision: true,
        existence: true,
        attribution: true,
        attributionNote: true,
        visibility: true,
        hasAvatar: true,
        verifiedBadge: true,
        followers: true,
        followersRaw: true,
        followersApproximate: true,
        following: true,
        followingRaw: true,
        followingApproximate: true,
        friends: true,
        friendsRaw: true,
        friendsApproximate: true,
        posts: true,
        postsRaw: true,
        postsApproximate: true,
        lastPostAt: true,
        lastPostAtPrecision: true,
        lastPostUrl: true,
        contentKinds: true,
        languages: true,
        commentsOpen: true,
        replies: true,
        liveStreams: true,
        lastLiveAt: true,
        lastLiveAtPrecision: true,
        personalStories: true,
        likesLevel: true,
        // The public note only: the internal note stays in the newsroom (house rule 20).
        publicNote: true,
        carriedFields: true,
        reviewedAt: true,
        // Links only: a screenshot is never public, whatever the observation's status.
        evidence: { where: { kind: "LINK", url: { not: null } }, select: { url: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      },
      orderBy: [{ observedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    }),
  ]);

  const akimats: PublicAkimat[] = akimatRows.sort(compareAkimats).map((a) => ({ ...a, endedOn: isoDate(a.endedOn) }));
  const akimatById = new Map(akimats.map((a) => [a.id, a]));
  const officials = officialRows
    .sort((a, b) => a.fullName.localeCompare(b.fullName, "ru") || a.id.localeCompare(b.id))
    .map((official) => {
      const positions = official.positions.map((p) => {
        const akimat = akimatById.get(p.akimatId)!;
        const position: PublicPosition = {
          id: p.id,
          akimat: { id: akimat.id, slug: akimat.slug, name: akimat.name, level: akimat.level },
          title: p.title,
          titleRu: russianTitle(p.title),
          portfolio: p.portfolio,
          startedOn: isoDate(p.startedOn),
          endedOn: isoDate(p.endedOn),
        };
        return { held: { startedOn: p.startedOn, endedOn: p.endedOn }, position };
      });
      return { id: official.id, name: official.fullName, nameLatin: official.fullNameLatin, positions };
    });
  const officialById = new Map(officials.map((o) => [o.id, o]));

  // Each published observation's instant, which its published observedAt may round to a month or a year.
  const instants = new Map<PublicObservation, Date>();
  const observations: PublicObservation[] = observationRows.map((row) => {
    const official = officialById.get(row.officialId)!;
    const day = newsroomDay(row.observedAt);
    const observation: PublicObservation = {
      id: row.id,
      official: { id: official.id, name: official.name, nameLatin: official.nameLatin },
      positions: official.positions.filter((p) => isHeldOn(p.held, day)).map((p) => p.position),
      platform: row.platform,
      account: row.account,
      observedAt: observedAtForExport(row.observedAt, row.observedAtPrecision),
      observedAtPrecision: row.observedAtPrecision,
      existence: row.existence,
      attribution: row.attribution,
      attributionNote: row.attributionNote,
      visibility: row.visibility,
      hasAvatar: row.hasAvatar,
      verifiedBadge: row.verifiedBadge,
      followers: publicCount(row.followers, row.followersRaw, row.followersApproximate),
      following: publicCount(row.following, row.followingRaw, row.followingApproximate),
      friends: publicCount(row.friends, row.friendsRaw, row.friendsApproximate),
      posts: publicCount(row.posts, row.postsRaw, row.postsApproximate),
      lastPostAt: partialIsoDate(row.lastPostAt, row.lastPostAtPrecision),
      lastPostAtPrecision: row.lastPostAt ? row.lastPostAtPrecision : null,
      lastPostUrl: row.lastPostUrl,
      contentKinds: row.contentKinds,
      languages: row.languages,
      commentsOpen: row.commentsOpen,
      replies: row.replies,
      liveStreams: row.liveStreams,
      lastLiveAt: partialIsoDate(row.lastLiveAt, row.lastLiveAtPrecision),
      lastLiveAtPrecision: row.lastLiveAt ? row.lastLiveAtPrecision : null,
      personalStories: row.personalStories,
      likesLevel: row.likesLevel,
      publicNote: row.publicNote,
      notRechecked: notRechecked(row.carriedFields),
      sourceUrls: row.evidence.map((e) => e.url!),
      approvedAt: row.reviewedAt?.toISOString() ?? null,
    };
    instants.set(observation, row.observedAt);
    return observation;
  });

  const historyByOfficial = new Map<string, PublicObservation[]>();
  for (const o of observations) {
    const history = historyByOfficial.get(o.official.id) ?? [];
    history.push(o);
    historyByOfficial.set(o.official.id, history);
  }
  return {
    akimats,
    observations,
    officials: officials.map((official) => {
      const history = historyByOfficial.get(official.id) ?? [];
      return {
        id: official.id,
        name: official.name,
        nameLatin: official.nameLatin,
        positions: official.positions.map((p) => p.position),
        accounts: accountsOf(history),
        current: currentObservations(history, (o) => instants.get(o)!),
      };
    }),
  };
}

/** The accounts that published observations are about, in the platforms' usual order. */
function accountsOf(history: readonly PublicObservation[]): PublicAccount[] {
  const accounts = new Map(history.flatMap((o) => (o.account ? [[o.account.id, o.account] as const] : [])));
  return [...accounts.values()].sort((a, b) => PLATFORM_ORDER.indexOf(a.platform) - PLATFORM_ORDER.indexOf(b.platform));
}

/** The fields an observation carried without re-checking them, each with the day it was last seen (decision 0014). */
function notRechecked(carriedFields: unknown): PublicObservation["notRechecked"] {
  return Object.entries(readCarriedFieldSources(carriedFields)).map(([field, source]) => ({
    field: field as CarriedField,
    lastSeenOn: isoDate(newsroomDay(new Date(source.seenAt)))!,
    observationId: source.from,
  }));
}
