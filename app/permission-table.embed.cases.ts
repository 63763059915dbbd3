/**
 * The permission table's rows for the public embeds, saving them with a headline, and the dashboard's download,
 * beside the table's own file (see permission-table.users.cases.ts). Everyone, signed in or not, gets the same
 * published view; editors and admins save embeds.
 */
import { GET as getDashboardCsv } from "@/app/(newsroom)/dashboard/export.csv/route";
import { saveEmbedAction } from "@/app/(newsroom)/embed-builder/actions";
import { GET as getWaveChangesCsv } from "@/app/(newsroom)/waves/changes.csv/route";
import { GET as getChangesEmbed } from "@/app/embed/changes/route";
import { GET as getChartFile } from "@/app/embed/chart/[file]/route";
import { GET as getComparisonEmbed } from "@/app/embed/comparison/route";
import { GET as getSavedEmbed } from "@/app/embed/e/[id]/route";
import { GET as getOfficialEmbed } from "@/app/embed/official/[id]/route";
import { db } from "@/lib/db";
import { newSavedEmbedId } from "@/lib/domain/saved-embed";
import type { Outcome } from "@/lib/testing/action-harness";
import { createAccount, createAkimat, createObservation, createOfficial } from "@/lib/testing/factories";
import type { Actor, PermissionCase, World } from "./permission-table.cases";

const everyone: Record<Actor, Outcome> = { visitor: "allowed", owner: "allowed", stranger: "allowed", editor: "allowed", admin: "allowed" };
const signedIn: Record<Actor, Outcome> = { visitor: "login", owner: "allowed", stranger: "allowed", editor: "allowed", admin: "allowed" };
const editors: Record<Actor, Outcome> = { visitor: "login", owner: "denied", stranger: "denied", editor: "allowed", admin: "allowed" };
const idle = { outcome: "idle" as const, values: {} };

/** A saved comparison, made by the editor, as a fresh record for each call. */
async function savedEmbedOf(w: World): Promise<string> {
  const editor = w.people.editor.id;
  const { id } = await db.savedEmbed.create({
    data: {
      id: newSavedEmbedId(),
      kind: "COMPARISON",
      query: "lang=en&asOf=2024-08-31",
      headline: "Акимы в соцсетях",
      createdById: editor,
      updatedById: editor,
    },
  });
  return id;
}

export const EMBED_PERMISSION_CASES: PermissionCase[] = [
  {
    name: "the comparison embed (public)",
    covers: ["embed/comparison/route.ts#GET"],
    call: () => getComparisonEmbed(new Request("http://localhost/embed/comparison?lang=en&metric=activity")),
    expect: everyone,
  },
  {
    name: "an official's card embed (public)",
    covers: ["embed/official/[id]/route.ts#GET"],
    call: (w) => getOfficialEmbed(new Request(`http://localhost/embed/official/${w.official.id}?lang=kk`), { params: Promise.resolve({ id: w.official.id }) }),
    expect: everyone,
  },
  {
    name: "what changed between two days, embedded (public)",
    covers: ["embed/changes/route.ts#GET"],
    call: () => getChangesEmbed(new Request("http://localhost/embed/changes?lang=en&from=2024-01-01&to=2024-12-31")),
    expect: everyone,
  },
  {
    name: "an embed's chart as a file to download, SVG or PNG (public)",
    covers: ["embed/chart/[file]/route.ts#GET"],
    call: async (w) => {
      // A chart needs a published figure to draw: an akimat of its own, with one approved observation.
      const akimat = await createAkimat(db);
      const official = await createOfficial(db, { akimatId: akimat.id });
      const account = await createAccount(db, { officialId: official.id });
      await createObservation(db, { officialId: official.id, accountId: account.id, authorId: w.people.owner.id, status: "APPROVED", followers: 120 });
      return getChartFile(new Request(`http://localhost/embed/chart/comparison.svg?lang=en&akimats=${akimat.slug}&chart=reach&platform=INSTAGRAM`), {
        params: Promise.resolve({ file: "comparison.svg" }),
      });
    },
    expect: everyone,
  },
  {
    name: "a saved embed, with its headline (public)",
    covers: ["embed/e/[id]/route.ts#GET"],
    call: async (w) => {
      const id = await savedEmbedOf(w);
      return getSavedEmbed(new Request(`http://localhost/embed/e/${id}`), { params: Promise.resolve({ id }) });
    },
    expect: everyone,
  },
  {
    name: "save an embed with a headline (embed.build)",
    covers: ["(newsroom)/embed-builder/actions.ts#saveEmbedAction"],
    call: (w) => saveEmbedAction(idle, w.form({ view: "/embed/comparison?lang=en&asOf=2024-08-31", headline: "Акимы в соцсетях" })),
    expect: editors,
  },
  {
    name: "fix a saved embed's headline (embed.build)",
    covers: [],
    call: async (w) =>
      saveEmbedAction(
        idle,
        w.form({ id: await savedEmbedOf(w), version: "1", view: "/embed/comparison?lang=en&asOf=2024-08-31", headline: "Акимы в соцсетях" }),
      ),
    expect: editors,
  },
  {
    name: "download the dashboard's view as CSV (newsroom)",
    covers: ["(newsroom)/dashboard/export.csv/route.ts#GET"],
    call: () => getDashboardCsv(new Request("http://localhost/dashboard/export.csv?platform=INSTAGRAM&sort=-openness")),
    expect: signedIn,
  },
  {
    name: "download what changed between two dates as CSV (newsroom, wave.view)",
    covers: ["(newsroom)/waves/changes.csv/route.ts#GET"],
    call: () => getWaveChangesCsv(new Request("http://localhost/waves/changes.csv?from=2024-01-01&to=2024-12-31")),
    expect: signedIn,
  },
];
