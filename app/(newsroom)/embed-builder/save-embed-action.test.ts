/**
 * The saved-embed form's action, as an editor posts it (issue 17, part 5): a refused save comes back with what was
 * typed and a message per field; a save over another editor's comes back as a conflict naming the version there
 * now, with what was typed, and changes nothing.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { form, RedirectSignal, session } from "@/lib/testing/action-harness";
import { createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { saveEmbedAction } from "./actions";

vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());

withTestDatabase();

const idle = { outcome: "idle" as const, values: {} };
const VIEW = "/embed/comparison?lang=en&asOf=2024-08-31";

beforeAll(async () => {
  const editor = await createUser(db, { role: "EDITOR" });
  session.viewer = { id: editor.id, role: editor.role, name: editor.name, email: editor.email };
});

/** Saves, and answers the address it was sent to. */
async function saved(fields: Record<string, string>): Promise<string> {
  const error = await saveEmbedAction(idle, form(fields)).catch((signal: unknown) => signal);
  expect(error).toBeInstanceOf(RedirectSignal);
  return (error as RedirectSignal).url;
}

describe("saving an embed with a headline", () => {
  it("goes to the saved embed's page, and a refusal keeps everything typed with each field's message", async () => {
    expect(await saved({ view: VIEW, headline: "Акимы в соцсетях" })).toMatch(/^\/embed-builder\/saved\/[2-9a-z]{10}\?created=1$/);
    const typed = { view: VIEW, headline: " ", intro: "Вводный текст", notes: "х".repeat(2001), sourceLine: "Источник: Ashyq" };
    expect(await saveEmbedAction(idle, form(typed))).toEqual({
      outcome: "invalid",
      values: typed,
      fieldErrors: { headline: ["required"], notes: ["tooLong"] },
    });
  });

  it("explains a save over another editor's as a conflict, and overwrites nothing", async () => {
    const id = /saved\/([^?]+)/.exec(await saved({ view: VIEW, headline: "Акимы в соцсетях" }))![1]!;
    expect(await saved({ id, version: "1", view: VIEW, headline: "Акимы в соцсетях: кто ведёт" })).toBe(`/embed-builder/saved/${id}?saved=1`);
    const late = { id, version: "1", view: VIEW, headline: "Акимы в соцсетях (правка)" };
    expect(await saveEmbedAction(idle, form(late))).toEqual({ outcome: "conflict", values: { view: VIEW, headline: late.headline }, conflict: { version: 2 } });
    expect((await db.savedEmbed.findUniqueOrThrow({ where: { id } })).headline).toBe("Акимы в соцсетях: кто ведёт");
  });
});
