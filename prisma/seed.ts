/**
 * Demo data: the story's survey, four demo sign-ins, and a draft and a submitted observation so that the
 * review queue is not empty. Run by `npm run db:seed` (and `npm run demo`); does nothing on a seeded database.
 */
import { db, disconnectDb } from "@/lib/db";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo";
import { newsroomDay } from "@/lib/domain/time";
import { createObservation, createUser } from "@/lib/testing/factories";
import { seedStory } from "./seed-story";
import { STORY_AKIMATS, STORY_OFFICIALS } from "./story";

async function seed() {
  if (await db.akimat.findUnique({ where: { slug: STORY_AKIMATS.sko.slug } })) {
    console.log("The database already holds the demo data; nothing to seed. (`npm run db:reset` starts over.)");
    return;
  }
  await db.$transaction(
    async (tx) => {
      const users = [];
      for (const user of DEMO_USERS) users.push(await createUser(tx, { ...user, password: DEMO_PASSWORD }));
      // The story's author and reviewer: the first demo reporter and the demo editor.
      const reporter = users.find((user) => user.role === "REPORTER");
      const editor = users.find((user) => user.role === "EDITOR");
      const story = await seedStory(tx, { authorId: reporter!.id, reviewerId: editor!.id });
      const instagramOf = (fullNameLatin: string) => {
        const official = story.officials.find((o) => o.fullNameLatin === fullNameLatin)!;
        return { officialId: official.officialId, accountId: official.accounts.find((a) => a.platform === "INSTAGRAM")!.accountId };
      };
      // The follow-up round, planned and open, with nothing recorded yet: a newcomer sees it at 0 %.
      const opensOn = newsroomDay(new Date());
      await tx.wave.create({
        data: {
          name: "Повторный опрос (демо)",
          opensOn,
          dueOn: new Date(opensOn.getTime() + 30 * 24 * 60 * 60 * 1000),
          platforms: ["INSTAGRAM", "FACEBOOK"],
          methodology: "Демонстрационная волна: те же акиматы и платформы, что и в опросе августа 2024 года. Данных в ней пока нет.",
          akimats: { create: [{ akimatId: story.akimatIds.sko }, { akimatId: story.akimatIds.petropavlovsk }] },
        },
      });
      const mukhamediyevInstagram = instagramOf("Serik Mukhamediyev");
      const turenovaInstagram = instagramOf("Kaliya Turenova");

      // Work in progress, clearly marked as demo, so that the review desk and "my observations" have something.
      await createObservation(tx, {
        ...mukhamediyevInstagram,
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
        internalNote: "Демонстрационная запись: повторная проверка через три недели после опроса.",
      });
      await createObservation(tx, {
        ...turenovaInstagram,
        authorId: reporter!.id,
        platform: "INSTAGRAM",
        existence: "FOUND",
        visibility: "CLOSED",
        status: "DRAFT",
        observedAt: new Date("2024-09-17T06:00:00Z"),
        internalNote: "Демонстрационный черновик: аккаунт всё ещё закрыт, число подписчиков не видно.",
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
