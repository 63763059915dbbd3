/**
 * The story's survey as records: the akimats, the officials and their dated posts, their accounts, and one
 * approved observation per account or fruitless search, all dated to the survey (approximately). Used by the
 * seed, and by tests that check the dashboard's figures against the story (lib/data/dashboard/story-figures.test.ts).
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Platform } from "@/lib/generated/prisma/enums";
import { createAccount, createAkimat, createObservation, createOfficial } from "@/lib/testing/factories";
import { STORY_AKIMATS, STORY_OFFICIALS, STORY_WAVE, SURVEY_DATE } from "./story";

type StoryClient = Pick<PrismaClient, "akimat" | "official" | "position" | "account" | "observation" | "user" | "review" | "wave">;

export type SeededOfficial = {
  officialId: string;
  fullName: string;
  fullNameLatin: string;
  accounts: { accountId: string; platform: Platform; label: string | null }[];
};

export type SeededStory = {
  akimatIds: Record<keyof typeof STORY_AKIMATS, string>;
  /** Wave 1: the story's survey, closed; every observation of the story belongs to it. */
  waveId: string;
  /** In the order of prisma/story.ts. */
  officials: SeededOfficial[];
};

/** Writes the story with the given client (the app's or a transaction's). Assumes none of it exists yet. */
export async function seedStory(client: StoryClient, { authorId, reviewerId }: { authorId: string; reviewerId: string }): Promise<SeededStory> {
  const sko = await createAkimat(client, STORY_AKIMATS.sko);
  const city = await createAkimat(client, { ...STORY_AKIMATS.petropavlovsk, parentId: sko.id });
  const nura = await createAkimat(client, STORY_AKIMATS.nura);
  const akimatIds = { sko: sko.id, petropavlovsk: city.id, nura: nura.id };
  const wave = await client.wave.create({ data: { ...STORY_WAVE, akimats: { create: [{ akimatId: sko.id }, { akimatId: city.id }] } } });

  const approved = {
    authorId,
    status: "APPROVED",
    observedAt: SURVEY_DATE,
    // "Most likely late summer 2024": the survey's day is a guess (28 August), its month is not.
    observedAtPrecision: "MONTH",
    waveId: wave.id,
    reviewerId,
    reviewedAt: SURVEY_DATE,
    submittedAt: SURVEY_DATE,
  } as const;
  const officials: SeededOfficial[] = [];

  for (const story of STORY_OFFICIALS) {
    const official = await createOfficial(client, {
      fullName: story.fullName,
      fullNameLatin: story.fullNameLatin,
      akimatId: akimatIds[story.akimat],
      position: { title: story.title, portfolio: story.portfolio ?? null, startedOn: story.startedOn ?? null },
    });
    if (story.earlier) {
      await client.position.create({
        data: { officialId: official.id, akimatId: akimatIds[story.earlier.akimat], title: story.earlier.title, endedOn: new Date("2024-08-01T00:00:00Z") },
      });
    }
    const seeded: SeededOfficial = { officialId: official.id, fullName: story.fullName, fullNameLatin: story.fullNameLatin, accounts: [] };
    for (const { observation, ...account } of story.accounts) {
      const created = await createAccount(client, { ...account, officialId: official.id });
      await createObservation(client, { ...observation, ...approved, officialId: official.id, platform: account.platform, accountId: created.id });
      seeded.accounts.push({ accountId: created.id, platform: created.platform, label: created.label });
    }
    for (const platform of story.notFoundOn ?? []) {
      await createObservation(client, {
        ...approved,
        officialId: official.id,
        platform,
        existence: "NOT_FOUND",
        publicNote: "Найти аккаунт не удалось. Должность первого заместителя акима занимает с марта 2019 года.",
      });
    }
    officials.push(seeded);
  }
  return { akimatIds, waveId: wave.id, officials };
}
