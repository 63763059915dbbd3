import { expect, test, type Browser, type Page } from "@playwright/test";
import { startObservation, storageStateOf, type Role } from "./fixtures";

async function pageAs(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

/** A Facebook observation of Рустем Курманов with a follower count nobody else has. */
async function recordKurmanov(reporter: Page, followers: string, button: "Save draft" | "Submit for review") {
  await startObservation(reporter, "Рустем Курманов — Deputy akim", "FACEBOOK");
  await reporter.getByLabel("Followers", { exact: true }).fill(followers);
  await reporter.getByRole("button", { name: button }).click();
  await expect(reporter.getByText(button === "Save draft" ? "Draft saved." : "Submitted for review.")).toBeVisible();
  return reporter.url().replace(/\?.*$/, "");
}

const PUBLIC_ADDRESSES = [
  "/embed/comparison?lang=en",
  "/embed/comparison?lang=ru",
  "/embed/comparison?lang=en&platform=FACEBOOK&akimats=sko",
  "/api/public/observations.csv",
  "/api/public/observations.json",
  "/api/public/officials.json",
  "/api/public/popolo.json",
];

/** Every public address's body: embeds and exports alike. */
async function everythingPublic(page: Page): Promise<string[]> {
  return Promise.all(PUBLIC_ADDRESSES.map(async (address) => (await page.request.get(address)).text()));
}
const mentions = (text: string, count: string) =>
  [count, count.replace(/(\d{3})$/, " $1"), count.replace(/(\d{3})$/, ",$1"), count.replace(/(\d{3})$/, "\u00a0$1")].some((form) => text.includes(form));

test("drafts, submitted, rejected and retracted observations never reach an embed or an export; an approval does at once", async ({ browser }) => {
  const reporter = await pageAs(browser, "reporter");
  const editor = await pageAs(browser, "editor");
  await recordKurmanov(reporter, "777001", "Save draft");
  await recordKurmanov(reporter, "777002", "Submit for review");
  const rejected = await recordKurmanov(reporter, "777003", "Submit for review");
  const approved = await recordKurmanov(reporter, "777004", "Submit for review");

  await editor.goto(rejected.replace("/observations/", "/review/"));
  await editor.getByLabel("Reason").fill("Not his account.");
  await editor.getByRole("button", { name: "Reject" }).click();
  await expect(editor.getByText("Rejected.")).toBeVisible();

  const visitor = await browser.newPage();
  const before = (await everythingPublic(visitor)).join("\n");
  for (const count of ["777001", "777002", "777003", "777004"]) expect(mentions(before, count), count).toBe(false);

  // Approved: it shows in every public place within seconds, with no restart and no one purging a cache.
  await editor.goto(approved.replace("/observations/", "/review/"));
  await editor.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(editor.getByText("Approved.")).toBeVisible();
  await expect(async () => {
    const bodies = await everythingPublic(visitor);
    expect(PUBLIC_ADDRESSES.filter((_, index) => !mentions(bodies[index]!, "777004"))).toEqual([]);
  }).toPass({ timeout: 10_000 });
  const after = (await everythingPublic(visitor)).join("\n");
  for (const count of ["777001", "777002", "777003"]) expect(mentions(after, count), count).toBe(false);

  // Retracted: gone from every public place again.
  await editor.goto(approved);
  await editor.getByLabel("Why is it retracted?").fill("Counted the wrong profile.");
  await editor.getByRole("button", { name: "Retract" }).click();
  await expect(editor.getByText("Retracted: removed from everything public.")).toBeVisible();
  await expect(async () => expect(mentions((await everythingPublic(visitor)).join("\n"), "777004")).toBe(false)).toPass({ timeout: 10_000 });
});

test("the CSV export opens in a spreadsheet with Cyrillic intact and formulas defused", async ({ request }) => {
  const response = await request.get("/api/public/observations.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.headers()["set-cookie"]).toBeUndefined();
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString("utf8")).toContain("Жусуп Жумагулов");
  const etag = response.headers()["etag"]!;
  expect((await request.get("/api/public/observations.csv", { headers: { "If-None-Match": etag } })).status()).toBe(304);
});

test("the site's own files: robots.txt keeps the newsroom out of search engines, and there is an icon", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  expect(rules).toMatch(/^Disallow: \/$/m);
  expect(rules).toMatch(/^Allow: \/methodology$/m);
  for (const icon of ["/favicon.ico", "/icon.svg"]) {
    const response = await request.get(icon);
    expect(response.status(), icon).toBe(200);
    expect(response.headers()["content-type"], icon).toMatch(/^image\//);
  }
});
