/**
 * Demo data: the story's survey, three demo sign-ins, and a draft and a submitted observation so that the
 * review queue is not empty. Run by `npm run db:seed` (and `npm run demo`); does nothing on a seeded database.
 */
import { db, disconnectDb } from "@/lib/db";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo";
import { STORY_AKIMATS, STORY_OFFICIALS, SURVEY_DATE } from "./story";

async function seed() {
  if (await db.akimat.findUnique({ where: { slug: STORY_AKIMATS.sko.slug } })) {
    console.log("The database already holds the demo data; nothing to seed. (`npm run db:reset` starts over.)");
    return;
  }
  await db.$transaction(
    async (tx) => {
      const users = [];
      for (const user of DEMO_USERS) users.push(await createUser(tx, { ...user, password: DEMO_PASSWORD }));
      const [reporter, editor] = users;
      const sko = await createAkimat(tx, STORY_AKIMATS.sko);
      const city = await createAkimat(tx, { ...STORY_AKIMATS.petropavlovsk, parentId: sko.id });
      const nura = await createAkimat(tx, STORY_AKIMATS.nura);
      const akimatId = { sko: sko.id, petropavlovsk: city.id, nura: nura.id };

      const approved = { authorId: reporter!.id, status: "APPROVED", observedAt: SURVEY_DATE, observedAtApproximate: true, reviewerId: editor!.id, reviewedAt: SURVEY_DATE, submittedAt: SURVEY_DATE } as const;
      let mukhamediyevInstagram: { officialId: string; accountId: string } | undefined;
      let turenovaInstagram: { officialId: string; accountId: string } | undefined;

      for (const story of STORY_OFFICIALS) {
        const official = await createOfficial(tx, {
          fullName: story.fullName,
          fullNameLatin: story.fullNameLatin,
          akimatId: akimatId[story.akimat],
          position: { title: story.title, portfolio: story.portfolio ?? null, startedOn: story.startedOn ?? null },
        });
        if (story.earlier) {
          await tx.position.create({
            data: { officialId: official.id, akimatId: akimatId[story.earlier.akimat], title: story.earlier.title, endedOn: new Date("2024-08-01T00:00:00Z") },
          });
        }
        for (const { observation, ...account } of story.accounts) {
          const created = await createAccount(tx, { ...account, officialId: official.id });
          await createObservation(tx, { ...observation, ...approved, officialId: official.id, platform: account.platform, accountId: created.id });
          if (story.fullName === "Серик Мухамедиев") mukhamediyevInstagram = { officialId: official.id, accountId: created.id };
          if (story.fullName === "Калия Туренова" && account.platform === "INSTAGRAM") turenovaInstagram = { officialId: official.id, accountId: created.id };
        }
        for (const platform of story.notFoundOn ?? []) {
          await createObservation(tx, {
            ...approved,
            officialId: official.id,
            platform,
            existence: "NOT_FOUND",
            notes: "Найти аккаунт не удалось. Должность первого заместителя акима занимает с марта 2019 года.",
          });
        }
      }

      // Work in progress, clearly marked as demo, so that the review desk and "my observations" have something.
      await createObservation(tx, {
        ...mukhamediyevInstagram!,
        authorId: reporter!.id,
        platform: "INSTAGRAM",
        existence: "FOUND",
        visibility: "PUBLIC",
        status: "SUBMITTED",
        submittedAt: new Date("2024-09-16T05:00:00Z"),
        observedAt: new Date("2024-09-16T04:30:00Z"),
        followersRaw: "2 450",
        followers: 2450,
        lastPostAt: new Date("2024-09-14T00:00:00Z"),
        notes: "Демонстрационная запись: повторная проверка через три недели после опроса.",
      });
      await createObservation(tx, {
        ...turenovaInstagram!,
        authorId: reporter!.id,
        platform: "INSTAGRAM",
        existence: "FOUND",
        visibility: "CLOSED",
        status: "DRAFT",
        observedAt: new Date("2024-09-17T06:00:00Z"),
        notes: "Демонстрационный черновик: аккаунт всё ещё закрыт, число подписчиков не видно.",
      });
    },
    { timeout: 60_000 },
  );
  console.log(`Seeded the story: ${STORY_OFFICIALS.length} officials in 2 akimats, and the demo sign-ins.`);
}

seed()
  .then(() => disconnectDb())
  .catch(async (error) => {
    console.error(error);
    await disconnectDb();
    process.exit(1);
  });
