/**
 * The permission table's rows for importing spreadsheets, kept beside the table's own file so that the two
 * features do not edit one list at once. permission-table.cases.ts spreads them into PERMISSION_CASES.
 */
import { confirmImportAction, saveImportMappingAction, uploadImportAction } from "@/app/(newsroom)/import/actions";
import { GET as getImportTemplate } from "@/app/(newsroom)/import/template/route";
import { approveAndOpenNextAction, decideObservationAction } from "@/app/(newsroom)/review/actions";
import { confirmImport } from "@/lib/data/import/confirm-import";
import { createImport } from "@/lib/data/import/create-import";
import { readSpreadsheet } from "@/lib/data/import/read-spreadsheet";
import { db } from "@/lib/db";
import { PUBLISHED_STATUS } from "@/lib/domain/review-workflow";
import { RedirectSignal, session, type Outcome } from "@/lib/testing/action-harness";
import { createObservation } from "@/lib/testing/factories";
import type { Actor, PermissionCase, World } from "./permission-table.cases";

const editors: Record<Actor, Outcome> = { visitor: "login", owner: "denied", stranger: "denied", editor: "allowed", admin: "allowed" };
const IMPORT = "(newsroom)/import";
const CSV = "ФИО;Платформа;Дата;Подписчики\nКалия Туренова;Instagram;28.08.2024;506\n";

const csvFile = () => new File([`\uFEFF${CSV}`], "survey.csv", { type: "text/csv" });

/** A pending import uploaded by the editor, for the steps after the upload. */
async function pendingImport(w: World, csv = CSV) {
  const bytes = new TextEncoder().encode(csv);
  const read = await readSpreadsheet(bytes);
  if (!read.ok) throw new Error(read.problem);
  return createImport({ viewer: w.people.editor, kind: "OBSERVATIONS", fileName: "survey.csv", bytes, sheet: read.sheet });
}

/** One row about the world's own official and account, on a day the world has no observation of. */
const surveyOf = (w: World) => `ФИО;Платформа;Дата;Подписчики\n${w.official.fullName};Instagram;15.09.2024;506\n`;

/** The observation an import by the editor wrote about the world's official, waiting for review. */
async function importedByEditor(w: World) {
  const { id } = await pendingImport(w, surveyOf(w));
  await confirmImport({ viewer: w.people.editor, id, expectedVersion: 1 });
  return db.observation.findFirstOrThrow({ where: { officialId: w.official.id, authorId: w.people.editor.id } });
}

/**
 * An observation as an import of an earlier version wrote it: with a UUID for its id, which pages refused
 * (issue 13), so that a published one could not be retracted. Outlets that upgrade hold such rows.
 */
const importedEarlier = (w: World, status: "SUBMITTED" | "APPROVED") =>
  createObservation(db, {
    id: crypto.randomUUID(),
    officialId: w.official.id,
    accountId: w.account.id,
    authorId: w.people.editor.id,
    status,
    submittedAt: new Date(),
  });

const decide = (w: World, observation: { id: string; version: number }, decision: string) =>
  decideObservationAction(
    { outcome: "idle", values: {} },
    w.form({ decision, id: observation.id, version: String(observation.version), comment: "A reason." }),
  );

/** Nobody approves their own entry: the import's author (the editor) is refused, another editor is not. */
const othersReview: Record<Actor, Outcome> = { visitor: "login", owner: "denied", stranger: "denied", editor: "denied", admin: "allowed" };

const uploadForm = () => {
  const data = new FormData();
  data.append("kind", "OBSERVATIONS");
  data.append("file", csvFile());
  return data;
};

export const IMPORT_PERMISSION_CASES: PermissionCase[] = [
  {
    name: "upload a spreadsheet to import",
    covers: [`${IMPORT}/actions.ts#uploadImportAction`],
    call: () => uploadImportAction({ outcome: "idle", values: {} }, uploadForm()),
    expect: editors,
  },
  {
    name: "correct an import's column mapping",
    covers: [`${IMPORT}/actions.ts#saveImportMappingAction`],
    call: async (w) => {
      const { id } = await pendingImport(w);
      return saveImportMappingAction(
        { outcome: "idle", values: { mapping: [] } },
        w.form({ id, kind: "OBSERVATIONS", width: "4", "column-0": "fullName", "column-1": "platform", "column-2": "observedAt", "column-3": "followers" }),
      );
    },
    expect: editors,
  },
  {
    name: "confirm an import",
    covers: [`${IMPORT}/actions.ts#confirmImportAction`],
    call: async (w) => {
      const { id } = await pendingImport(w);
      return confirmImportAction({ outcome: "idle", values: {} }, w.form({ id, version: "1" }));
    },
    expect: editors,
  },
  {
    // Issue 13: "publish at once" wrote the importing editor as both author and reviewer. A confirmation that
    // still asks for it (a page of an earlier version, a hand-made post) publishes nothing for anybody.
    name: "publish one's own import at once (nobody: imported observations go to review by someone else)",
    covers: [],
    call: async (w) => {
      const { id } = await pendingImport(w, surveyOf(w));
      const answer = await confirmImportAction({ outcome: "idle", values: {} }, w.form({ id, version: "1", markApproved: "on" })).catch(
        (error: unknown) => error,
      );
      // Sent to sign in, or an unexpected failure: the table reports those as they are.
      if (answer instanceof Error && !(answer instanceof RedirectSignal && !answer.url.startsWith("/login"))) throw answer;
      if ((answer as { outcome?: string }).outcome === "error") return answer;
      // Whether the import went through or was refused, what is asked here is whether it published anything.
      const published = await db.observation.count({ where: { officialId: w.official.id, authorId: session.viewer!.id, status: PUBLISHED_STATUS } });
      return { outcome: published > 0 ? "published" : "forbidden" };
    },
    expect: { visitor: "login", owner: "denied", stranger: "denied", editor: "denied", admin: "denied" },
  },
  {
    name: "approve and open next, on an observation that the editor imported",
    covers: [],
    call: async (w) => {
      const observation = await importedByEditor(w);
      return approveAndOpenNextAction(w.form({ id: observation.id, version: String(observation.version) }));
    },
    expect: othersReview,
  },
  {
    name: "approve an observation that the editor imported",
    covers: [],
    call: async (w) => decide(w, await importedByEditor(w), "approve"),
    expect: othersReview,
  },
  {
    name: "approve an observation imported by an earlier version (an id of the other kind)",
    covers: [],
    call: async (w) => decide(w, await importedEarlier(w, "SUBMITTED"), "approve"),
    expect: othersReview,
  },
  {
    // Taking back a published number is any editor's correction, the importer's own included.
    name: "retract a published observation imported by an earlier version (an id of the other kind)",
    covers: [],
    call: async (w) => decide(w, await importedEarlier(w, "APPROVED"), "retract"),
    expect: editors,
  },
  {
    name: "download an import template",
    covers: [`${IMPORT}/template/route.ts#GET`],
    call: () => getImportTemplate(new Request("http://localhost/import/template?kind=REGISTRY&lang=kk")),
    expect: editors,
  },
];
