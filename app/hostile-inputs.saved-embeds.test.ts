/**
 * The hostile-input corpus through a saved embed (issue 17, part 5): its form's text fields (headline, intro,
 * notes, source line), by the real action as an editor, store each string faithfully or refuse it with a field
 * message; its hidden view takes nothing but an embed's address. Then every storable string, written straight to
 * the database past the form's limits (as an old row might hold it), is read through /embed/e/<id>: always the
 * text it is, never markup, in the headline, the page's title, the intro, the notes and the source line.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { saveEmbedAction } from "@/app/(newsroom)/embed-builder/actions";
import { escapeHtml } from "@/components/embed/html";
import { db } from "@/lib/db";
import { newSavedEmbedId, paragraphsOf, SAVED_EMBED_LIMITS } from "@/lib/domain/saved-embed";
import { clearPublishedRenderCache } from "@/lib/http/published-render-cache";
import { form, session } from "@/lib/testing/action-harness";
import { createUser } from "@/lib/testing/factories";
import { expectStoredOrRefused, refusalKeys, saveOrRefuse } from "@/lib/testing/hostile-input-checks";
import { containsNul, DANGEROUS_URLS, HOSTILE_INPUTS, NUL } from "@/lib/testing/hostile-inputs";
import { withTestDatabase } from "@/lib/testing/test-database";
import { GET as savedEmbed } from "./embed/e/[id]/route";

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());

withTestDatabase();

const idle = { outcome: "idle" as const, values: {} };
const VIEW = "/embed/comparison?lang=en&asOf=2024-08-31";
let editorId: string;

beforeAll(async () => {
  clearPublishedRenderCache();
  const editor = await createUser(db, { role: "EDITOR" });
  editorId = editor.id;
  session.viewer = { id: editor.id, role: editor.role, name: editor.name, email: editor.email };
});

const save = (fields: Record<string, string>) => saveOrRefuse(() => saveEmbedAction(idle, form({ view: VIEW, headline: "Заголовок", ...fields })));
const savedId = (url: string | undefined) => decodeURIComponent(/\/embed-builder\/saved\/([^?]+)/.exec(url ?? "")?.[1] ?? "");

describe("the saved-embed form", () => {
  it.each(["headline", "intro", "notes", "sourceLine"] as const)("keeps or refuses every string in %s", async (field) => {
    for (const input of HOSTILE_INPUTS) {
      const result = await save({ [field]: input.value });
      const verdict = await expectStoredOrRefused({
        result,
        field,
        input,
        readBack: async () => (await db.savedEmbed.findUniqueOrThrow({ where: { id: savedId((result as { url?: string }).url) } }))[field],
      });
      const keeps = !containsNul(input.value) && input.value.trim().length <= SAVED_EMBED_LIMITS[field];
      expect(verdict, `${field} ← ${input.name}`).toBe(keeps ? "saved" : "refused");
    }
  });

  it("takes nothing but an embed's address as what it shows", async () => {
    for (const input of [...HOSTILE_INPUTS, ...DANGEROUS_URLS]) {
      const result = await save({ view: input.value });
      expect(refusalKeys(result, "view"), input.name).toEqual(["viewMissing"]);
    }
  });
});

describe("the saved embed's page", () => {
  /** Everything but the null byte, which the database cannot hold. */
  const STORABLE = HOSTILE_INPUTS.map((input) => input.value).filter((value) => !containsNul(value));

  it("shows every string as the text it is, in each place the article's text goes", async () => {
    for (const value of STORABLE) {
      const label = value.slice(0, 60);
      const { id } = await db.savedEmbed.create({
        data: {
          id: newSavedEmbedId(),
          kind: "COMPARISON",
          query: "lang=en&asOf=2024-08-31",
          headline: value,
          intro: value,
          notes: value,
          sourceLine: value,
          createdById: editorId,
          updatedById: editorId,
        },
      });
      const response = await savedEmbed(new Request(`http://localhost/embed/e/${id}`), { params: Promise.resolve({ id }) });
      expect(response.status, label).toBe(200);
      const html = await response.text();
      // Escaped data cannot hold a "<": every tag is the embed's own, none with a handler, and one script.
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      expect(
        tags.filter((tag) => /^<(img|svg|iframe|object|embed|b|i)[\s/>]/i.test(tag) || /\son[a-z]+\s*=|javascript:/i.test(tag)),
        label,
      ).toEqual([]);
      expect(html.match(/<script/gi)?.length, label).toBe(1);
      expect(html.includes(NUL), label).toBe(false);
      expect(html.includes(`<title>${escapeHtml(value)}</title>`), label).toBe(true);
      expect(html.includes(`<h1>${escapeHtml(value)}</h1>`), label).toBe(true);
      expect(html.includes(`<p class="source">${escapeHtml(value)}</p>`), label).toBe(true);
      for (const paragraph of paragraphsOf(value)) {
        expect(html.includes(`<p class="intro">${escapeHtml(paragraph)}</p>`), label).toBe(true);
        expect(html.includes(`<p>${escapeHtml(paragraph)}</p>`), label).toBe(true);
      }
    }
  });
});
