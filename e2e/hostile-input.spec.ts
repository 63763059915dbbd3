import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { HOSTILE_NAMES, HOSTILE_TEXT } from "../lib/testing/hostile-inputs";
import { storageStateOf, type Role } from "./fixtures";

/**
 * The nastiest strings the forms accept, typed through the UI by an editor and a reporter, then read on every
 * page that shows them: the official's page, the observation, the review desk, the dashboard and the public
 * embeds. Nothing may run (any dialog fails the test), nothing may be injected, and each text reads exactly as
 * typed (compared by textContent: Playwright's own text matching would fold the invisible characters away).
 */
test.describe.configure({ mode: "serial" });

const CITY = "Petropavlovsk City Akimat";
const NAME = HOSTILE_NAMES.cyrillic;
const LATIN = HOSTILE_NAMES.latin;
const PORTFOLIO = `цифровизация {portfolio} ${HOSTILE_TEXT}`;
const HANDLE = `"><img src=x onerror=alert('handle')>`;
const LABEL = `'; DROP TABLE accounts; -- 🇰🇿👩‍👧`;
const ACCOUNT_URL = `https://www.instagram.com/kasymuly/?q="><img src=x onerror=alert('url')>`;
const PUBLIC_NOTE = `Для читателей: ${HOSTILE_TEXT}`;
/** Never public: no export or embed may carry it, in any form (its first word has nothing to escape). */
const INTERNAL_NOTE = `Внутреннее: ${HOSTILE_TEXT}`;
const ATTRIBUTION_NOTE = `Доказательство: "><svg onload=alert('attribution')> отчёт\u202Egnp.exe`;
const LAST_POST_URL = `https://example.kz/post?q="><script>alert('lastPost')</script>`;
const SOURCE_URL = `https://example.kz/archive?q=<img src=x onerror=alert('source')>`;
// No double quote (browsers send one in a file name as %22) and ASCII only (how a non-ASCII name crosses the
// multipart encoding is not what this test is about; app/hostile-inputs.observations.test.ts keeps Kazakh ones).
const CAPTION = `<img src=x onerror=alert('caption')> shot.png`;
/** The smallest PNG: a screenshot's content is checked, its name is the hostile part. */
const PNG_1x1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const RETRACTION = `Причина: </script><script>alert('retract')</script> Жу\u200Bма\u200Dгу\uFEFFлов`;

const dialogs: string[] = [];
let officialUrl = "";
let observationUrl = "";

/** A page that records any dialog instead of letting it pass: a dialog means a script from the data ran. */
function watched(page: Page): Page {
  page.on("dialog", (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

async function pageAs(browser: Browser, role: Role | "visitor"): Promise<Page> {
  const context = await browser.newContext(role === "visitor" ? { storageState: { cookies: [], origins: [] } } : { storageState: storageStateOf(role) });
  return watched(await context.newPage());
}

/** No element the corpus carries, no handler from it, and no script of its own (the app's scripts carry data only as JSON). */
async function expectNothingInjected(page: Page) {
  await expect(page.locator(`img[src="x"], svg[onload], [onerror*="alert"], [onload*="alert"]`)).toHaveCount(0);
  const scripts = await page.locator("script").evaluateAll((elements) => elements.filter((element) => /^\s*alert\(/.test(element.textContent ?? "")).length);
  expect(scripts).toBe(0);
  expect(dialogs).toEqual([]);
}

/** The element whose text starts with `start` reads exactly `text`, invisible characters included. */
async function expectExactText(scope: Page | Locator, start: string, text: string) {
  const element = scope.getByText(start, { exact: false }).first();
  await expect(element).toBeVisible();
  await expect(element).toHaveJSProperty("textContent", text);
}

test.afterEach(() => {
  expect(dialogs).toEqual([]);
});

test("an editor adds an official, a post and an account with hostile text", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  await editor.goto("/officials/new");
  await editor.getByLabel("Full name in Cyrillic", { exact: true }).fill(NAME);
  await editor.getByLabel("Full name in Latin letters", { exact: true }).fill(LATIN);
  await editor.getByRole("button", { name: "Save official" }).click();
  await expect(editor.getByText("Official added. Now add their post and accounts.")).toBeVisible();
  await expect(editor.getByRole("heading", { level: 1, name: NAME })).toHaveJSProperty("textContent", NAME);
  await expect(editor.getByText(LATIN, { exact: true })).toBeVisible();
  officialUrl = editor.url().replace(/\?.*$/, "");

  await editor.getByRole("link", { name: "Add a post", exact: true }).click();
  await editor.getByLabel("Akimat", { exact: true }).selectOption({ label: CITY });
  await editor.getByLabel("Post", { exact: true }).selectOption({ label: "Deputy akim" });
  await editor.getByLabel("Portfolio", { exact: true }).fill(PORTFOLIO);
  await editor.getByRole("button", { name: "Save post" }).click();
  await expect(editor.getByText("Post saved.")).toBeVisible();
  const post = editor.getByRole("article", { name: `Deputy akim, ${CITY}` });
  await expect(post.getByText("Portfolio: ", { exact: false })).toHaveJSProperty("textContent", `Portfolio: ${PORTFOLIO}`);

  // A javascript: address is refused with its message, and nothing typed is lost.
  await editor.getByRole("link", { name: "Add an account", exact: true }).click();
  await editor.getByLabel("Platform", { exact: true }).selectOption("INSTAGRAM");
  await editor.getByLabel("Handle", { exact: true }).fill(HANDLE);
  await editor.getByLabel("Label", { exact: true }).fill(LABEL);
  await editor.getByLabel("Address (URL)", { exact: true }).fill("javascript:alert('url')");
  await editor.getByRole("button", { name: "Save account" }).click();
  await expect(editor.getByText("Only addresses starting with http:// or https:// will do.")).toBeVisible();
  await expect(editor.getByLabel("Handle", { exact: true })).toHaveValue(HANDLE);
  await expect(editor.getByLabel("Label", { exact: true })).toHaveValue(LABEL);
  await editor.getByLabel("Address (URL)", { exact: true }).fill(ACCOUNT_URL);
  await editor.getByRole("button", { name: "Save account" }).click();
  await expect(editor.getByText("Account added.")).toBeVisible();

  await expectExactText(editor, "Instagram · '; DROP TABLE", `Instagram · ${LABEL} · ${HANDLE}`);
  // Kept as the browser reads an address: the same link, its quotes and brackets percent-encoded.
  const href = new URL(ACCOUNT_URL).href;
  await expect(editor.getByRole("link", { name: href, exact: true })).toHaveAttribute("href", href);
  await expectNothingInjected(editor);
});

test("a reporter records an observation with hostile notes, links and a file name, shown as typed", async ({ browser }) => {
  const reporter = await pageAs(browser, "reporter");
  await reporter.goto(officialUrl);
  await expect(reporter.getByRole("heading", { level: 1, name: NAME })).toHaveJSProperty("textContent", NAME);
  await expectNothingInjected(reporter);
  await reporter.getByRole("link", { name: /^Record an observation: Instagram/ }).click();
  await expect(reporter.getByRole("definition").filter({ hasText: HANDLE })).toBeVisible();
  await reporter.getByLabel("Followers", { exact: true }).fill("3 517");
  await reporter.getByLabel("Attribution", { exact: true }).selectOption("UNCERTAIN");
  await reporter.getByLabel("Evidence of attribution").fill(ATTRIBUTION_NOTE);
  await reporter.getByLabel("Link to the last post").fill(LAST_POST_URL);
  await reporter.getByLabel("Source and archive links").fill(SOURCE_URL);
  await reporter.getByLabel("Screenshots").setInputFiles({ name: CAPTION, mimeType: "image/png", buffer: Buffer.from(PNG_1x1, "base64") });
  await reporter.getByLabel("Public note").fill(PUBLIC_NOTE);
  await reporter.getByLabel("Internal note").fill(INTERNAL_NOTE);
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporter.getByText("Submitted for review.")).toBeVisible();
  observationUrl = reporter.url().replace(/\?.*$/, "");

  await expectExactText(reporter, "Для читателей:", PUBLIC_NOTE);
  await expectExactText(reporter, "Внутреннее:", INTERNAL_NOTE);
  await expectExactText(reporter, "Доказательство:", ATTRIBUTION_NOTE);
  await expect(reporter.getByRole("link", { name: LAST_POST_URL, exact: true })).toHaveAttribute("href", LAST_POST_URL);
  await expect(reporter.getByRole("link", { name: SOURCE_URL, exact: true })).toHaveAttribute("href", SOURCE_URL);
  await expect(reporter.getByRole("img", { name: CAPTION, exact: true })).toBeVisible();
  await expectExactText(reporter, CAPTION, CAPTION);
  await expectNothingInjected(reporter);
});

test("an editor reviews and approves it, and the dashboard shows it escaped", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  await editor.goto("/review");
  const entry = editor.getByRole("link", { name: NAME, exact: true });
  await expect(entry).toBeVisible();
  await expectNothingInjected(editor);
  await entry.click();
  await expect(editor.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expectExactText(editor, "Для читателей:", PUBLIC_NOTE);
  await expectExactText(editor, "Внутреннее:", INTERNAL_NOTE);
  await expectExactText(editor, "Доказательство:", ATTRIBUTION_NOTE);
  await expectNothingInjected(editor);
  await editor.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(editor.getByText("Approved.")).toBeVisible();

  await editor.goto("/dashboard");
  const row = editor.getByRole("table", { name: "Petropavlovsk City Akimat", exact: true }).getByRole("row").filter({ hasText: NAME });
  await expect(row).toContainText("3,517 followers");
  expect(await row.textContent()).toContain(PORTFOLIO);
  await expectNothingInjected(editor);
});

test("the public embeds show it escaped, and run nothing", async ({ browser }) => {
  const visitor = await pageAs(browser, "visitor");
  const row = visitor.getByRole("table", { name: "Petropavlovsk City Akimat" }).getByRole("row").filter({ hasText: NAME });
  // The embed is cached per publication version, looked up at most once a second.
  await expect(async () => {
    await visitor.goto("/embed/comparison?lang=en");
    await expect(row).toContainText("3,517 followers", { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(row.locator(".name")).toHaveJSProperty("textContent", NAME);
  expect(await row.textContent()).toContain(PORTFOLIO);
  await expectNothingInjected(visitor);

  const officialId = officialUrl.split("/").pop()!;
  await visitor.goto(`/embed/official/${officialId}?lang=en`);
  await expect(visitor.getByRole("heading", { level: 1, name: NAME })).toHaveJSProperty("textContent", NAME);
  expect(await visitor.locator(".card").textContent()).toContain(`(${PORTFOLIO})`);
  expect(await visitor.content()).not.toContain("Внутреннее");
  await expectNothingInjected(visitor);
});

test("the exports publish the public note as typed, and never the internal one", async ({ request }) => {
  const { data } = (await (await request.get("/api/public/observations.json")).json()) as { data: { official: { name: string }; publicNote: string | null }[] };
  expect(data.filter((o) => o.official.name === NAME).map((o) => o.publicNote)).toEqual([PUBLIC_NOTE]);
  for (const address of [
    "/api/public/observations.csv",
    "/api/public/observations.json",
    "/api/public/officials.json",
    "/api/public/popolo.json",
    "/embed/comparison?lang=ru",
    "/methodology?lang=ru",
  ]) {
    const body = await (await request.get(address)).text();
    expect(body.includes("Внутреннее"), address).toBe(false);
  }
});

test("an editor retracts it with a hostile reason, shown as typed", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  await editor.goto(observationUrl);
  await editor.getByLabel("Why is it retracted?").fill(RETRACTION);
  await editor.getByRole("button", { name: "Retract" }).click();
  await expect(editor.getByText("Retracted: removed from everything public.")).toBeVisible();
  await expectExactText(editor.getByRole("region", { name: "Editor's comments" }), "Причина:", RETRACTION);
  await expectNothingInjected(editor);
});
