import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { storageStateOf } from "./fixtures";
import { htmlErrors } from "./html-validator";

/**
 * Saved embeds (issue 17, part 5), as an editor without JavaScript and an article's reader without a session: the
 * editor saves the builder's view with a headline, the reader opens its short address, the editor fixes a typo,
 * and the reader sees the fix at the same address. Two editors at once get a conflict, not an overwrite.
 */

/** An editor's page with JavaScript off: every step is a plain form. */
async function editorWithoutJavaScript(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf("editor"), javaScriptEnabled: false });
  return context.newPage();
}

/** Saves the builder's English comparison, pinned to today, with these texts; answers the saved embed's id. */
async function saveComparison(editor: Page, texts: { headline: string; intro?: string; notes?: string; sourceLine?: string }): Promise<string> {
  await editor.goto("/embed-builder?lang=en");
  await editor.getByRole("textbox", { name: "Headline" }).fill(texts.headline);
  if (texts.intro) await editor.getByRole("textbox", { name: "Intro" }).fill(texts.intro);
  if (texts.notes) await editor.getByRole("textbox", { name: "Notes for readers" }).fill(texts.notes);
  if (texts.sourceLine) await editor.getByRole("textbox", { name: "Source line" }).fill(texts.sourceLine);
  await editor.getByRole("button", { name: "Save the embed" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Saved embed" })).toBeVisible();
  await expect(editor.getByText("The embed is saved.")).toBeVisible();
  return /\/embed-builder\/saved\/([2-9a-z]{10})/.exec(editor.url())![1]!;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`);
}

test("an editor saves an embed with a headline, a reader opens it without a session, and a fixed typo shows at the same address", async ({ browser }) => {
  const editor = await editorWithoutJavaScript(browser);
  const id = await saveComparison(editor, {
    headline: "Who of the akims keeps an acount",
    intro: "The region's and the city's officials on social media.",
    notes: "Counts as the platforms showed them.",
    sourceLine: "Source: Ashyq survey",
  });
  const code = await editor.getByRole("textbox", { name: "Code for the article" }).inputValue();
  expect(code).toContain(`<iframe src="${BASE_URL}/embed/e/${id}"`);
  // What the saved embed shows is the builder's view, pinned to the day it was made.
  await editor.goto("/embed-builder/saved");
  const row = editor.getByRole("row", { name: /Who of the akims keeps an acount/ });
  await expect(row).toContainText(/\/embed\/comparison\?lang=en&asOf=\d{4}-\d{2}-\d{2}/);
  await expect(row).toContainText(`/embed/e/${id}`);

  const readerContext = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const reader = await readerContext.newPage();
  const response = await reader.goto(`/embed/e/${id}`);
  expect(response!.headers()["set-cookie"]).toBeUndefined();
  expect(response!.headers()["content-security-policy"]).toContain("frame-ancestors *");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Who of the akims keeps an acount");
  await expect(reader.getByText("The region's and the city's officials on social media.")).toBeVisible();
  await expect(reader.getByRole("heading", { level: 2, name: "Officials on social media" })).toBeVisible();
  await expect(reader.getByText(/· data as of /)).toBeVisible();
  await expect(reader.getByRole("table", { name: "North Kazakhstan Region Akimat" })).toContainText("Жусуп Жумагулов");
  await expect(reader.getByText("Counts as the platforms showed them.")).toBeVisible();
  await expect(reader.locator("footer")).toContainText("Source: Ashyq survey");
  expect(await reader.locator("script").count()).toBe(1);
  expect(await readerContext.cookies()).toEqual([]);

  // The typo, fixed in the newsroom: the list leads to the embed, the article's code stays as it was.
  await editor.getByRole("link", { name: "Who of the akims keeps an acount" }).click();
  await editor.getByRole("textbox", { name: "Headline" }).fill("Who of the akims keeps an account");
  await editor.getByRole("button", { name: "Save the changes" }).click();
  await expect(editor.getByText("The changes are saved")).toBeVisible();
  expect(await editor.getByRole("textbox", { name: "Code for the article" }).inputValue()).toBe(code);

  await expect
    .poll(
      async () => {
        await reader.reload();
        return reader.getByRole("heading", { level: 1 }).textContent();
      },
      { timeout: 10_000 },
    )
    .toBe("Who of the akims keeps an account");
  expect(await htmlErrors([{ url: `/embed/e/${id}`, html: await (await reader.request.get(`/embed/e/${id}`)).text() }])).toEqual([]);
  await readerContext.close();
});

test("without JavaScript, a refused save keeps what was typed and says why; an unknown address is a 404 in the frame", async ({ browser, request }) => {
  const editor = await editorWithoutJavaScript(browser);
  await editor.goto("/embed-builder?lang=en");
  await editor.getByRole("textbox", { name: "Intro" }).fill("An intro worth keeping.");
  await editor.getByRole("button", { name: "Save the embed" }).click();
  await expect(editor.getByText("Correct what is marked.")).toBeVisible();
  await expect(editor.getByRole("textbox", { name: "Headline" })).toHaveAccessibleDescription(/Fill this in\./);
  await expect(editor.getByRole("textbox", { name: "Intro" })).toHaveValue("An intro worth keeping.");

  const missing = await request.get("/embed/e/k7m2p9q4rs?lang=en");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("<h1>Embed not found</h1>");
});

test("two editors fix one embed at once: the second is told, and keeps what they typed", async ({ browser }) => {
  const first = await editorWithoutJavaScript(browser);
  const id = await saveComparison(first, { headline: "Akims online" });
  const second = await editorWithoutJavaScript(browser);
  await second.goto(`/embed-builder/saved/${id}`);
  await first.getByRole("textbox", { name: "Headline" }).fill("Akims online, checked");
  await first.getByRole("button", { name: "Save the changes" }).click();
  await expect(first.getByText("The changes are saved")).toBeVisible();

  await second.getByRole("textbox", { name: "Headline" }).fill("Akims on social media");
  await second.getByRole("button", { name: "Save the changes" }).click();
  await expect(second.getByText("Someone changed this embed since you opened it (version 2).")).toBeVisible();
  await expect(second.getByRole("textbox", { name: "Headline" })).toHaveValue("Akims on social media");
  await second.getByRole("link", { name: "Open it again" }).click();
  await expect(second.getByRole("textbox", { name: "Headline" })).toHaveValue("Akims online, checked");
});

test("an editor changes what a saved embed shows: previewed first, then saved at the same address", async ({ browser }) => {
  const editor = await editorWithoutJavaScript(browser);
  const id = await saveComparison(editor, { headline: "Akims, live" });
  await editor.getByRole("radio", { name: "Live (always the latest published data)" }).check();
  await editor.getByRole("button", { name: "Show" }).click();
  await expect(editor.getByText("Not saved yet: this is the new view.")).toBeVisible();
  await editor.getByRole("button", { name: "Save the changes" }).click();
  await expect(editor.getByText("The changes are saved")).toBeVisible();
  await expect(editor.getByRole("radio", { name: "Live (always the latest published data)" })).toBeChecked();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/embed/e/${id}`);
  await expect(reader.getByText(/· live: the latest published data, updated /)).toBeVisible();
});

test("the builder, the saved embeds and a saved embed's page are accessible, light and dark", async ({ browser }) => {
  const editor = await editorWithoutJavaScript(browser);
  const id = await saveComparison(editor, { headline: "Akims on social media" });
  const context = await browser.newContext({ storageState: storageStateOf("editor") });
  const page = await context.newPage();
  for (const path of ["/embed-builder?kind=comparison&lang=en", "/embed-builder/saved", `/embed-builder/saved/${id}`]) {
    await page.goto(path);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `${path} (${colorScheme})`).toEqual([]);
    }
  }
  await context.close();
});
