import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { storageStateOf } from "./fixtures";

/**
 * Issue 17, part 6: on a phone (390 px wide) no page scrolls sideways (a wide table scrolls inside its own box),
 * and the newsroom's header is one line, its navigation behind "Menu", with JavaScript off too.
 */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } satisfies BrowserContextOptions;

async function phonePage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, ...options });
  return context.newPage();
}

/** How far the page itself scrolls sideways: 0 when nothing overflows the screen. */
async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
}

async function anOfficial(page: Page): Promise<string> {
  const { data } = (await (await page.request.get("/api/public/officials.json")).json()) as { data: { id: string }[] };
  return data[0]!.id;
}

async function expectNoSidewaysScroll(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), path).toBeLessThanOrEqual(390);
    expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
  }
}

test("the public pages fit a phone's width", async ({ browser }) => {
  const page = await phonePage(browser);
  const official = await anOfficial(page);
  await expectNoSidewaysScroll(page, [
    "/methodology",
    "/methodology?lang=kk",
    "/login",
    "/embed/comparison",
    "/embed/comparison?lang=kk&metric=activity",
    "/embed/comparison?lang=en&metric=openness",
    `/embed/official/${official}`,
  ]);
  // The embed's rows, laid out as cards on a phone, are still a table's rows to assistive technology.
  await page.goto("/embed/comparison?lang=en");
  const region = page.getByRole("table", { name: "North Kazakhstan Region Akimat" });
  await expect(region.getByRole("rowheader").first()).toBeVisible();
  await expect(region.getByRole("cell").first()).toBeVisible();
});

test("the dashboard and the newsroom's pages fit a phone's width", async ({ browser }) => {
  const page = await phonePage(browser, { storageState: storageStateOf("editor") });
  const official = await anOfficial(page);
  await expectNoSidewaysScroll(page, [
    "/dashboard",
    "/dashboard?asOf=2024-08-31&sort=-reach%3AINSTAGRAM",
    "/dashboard?platform=INSTAGRAM",
    `/officials/${official}`,
    "/officials",
    "/akimats",
    "/observations",
    "/observations/new",
    "/review",
    "/inbox",
    "/waves",
    // The change report's tables scroll in their boxes.
    "/waves/changes?from=2024-08-01&to=2024-09-30",
    // The preview frame and the code fit the screen; the selects of long names (an official and their akimat) too.
    "/embed-builder",
    `/embed-builder?kind=official&official=${official}&lang=kk&dates=live`,
  ]);
});

test("a reporter's home, their open checklist, fits a phone's width", async ({ browser }) => {
  const page = await phonePage(browser, { storageState: storageStateOf("reporter") });
  await expectNoSidewaysScroll(page, ["/"]);
  await expect(page.getByRole("heading", { level: 1, name: "My checklist" })).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
  test(`on a phone the newsroom's header is one line, its navigation behind Menu (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
    const page = await phonePage(browser, { storageState: storageStateOf("editor"), javaScriptEnabled });
    await page.goto("/dashboard");
    const header = page.getByRole("banner");
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
    const navigation = page.getByRole("navigation", { name: "Main" });
    await expect(navigation).toBeHidden();
    await page.locator("summary", { hasText: "Menu" }).click();
    await expect(navigation).toBeVisible();
    await navigation.getByRole("link", { name: "Officials" }).click();
    await expect(page).toHaveURL(/\/officials$/);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  });
}

test("the methodology page follows the language cookie, and a language in the address wins", async ({ browser }) => {
  const context = await browser.newContext();
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: BASE_URL }]);
  const page = await context.newPage();
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { level: 1, name: "How we count" })).toBeVisible();
  await expect(page).toHaveTitle(/How we count/);
  await page.goto("/methodology?lang=kk");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("How we count");
  await expect(page.getByRole("link", { name: "KK" })).toHaveAttribute("aria-current", "page");
  await context.close();
});
