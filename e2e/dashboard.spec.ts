import { readFile } from "node:fs/promises";
import { expect, signedInAs } from "./fixtures";

const test = signedInAs("editor");

test("the region and the city side by side, as the story found them", async ({ page }) => {
  await page.goto("/dashboard?asOf=2024-08-31");
  const region = page.getByRole("region", { name: "North Kazakhstan Region Akimat" });
  const city = page.getByRole("region", { name: "Petropavlovsk City Akimat" });
  await expect(region).toContainText(/Officials in post\s*6/);
  await expect(region).toContainText(/With an account found\s*5/);
  await expect(region).toContainText(/Not found anywhere\s*1/);
  await expect(city).toContainText(/Officials in post\s*4/);
  await expect(city).toContainText(/Active \(a post within 90 days of the look\)\s*1/);

  // The first deputy counts as not found, not as zero; the newly appointed deputy leads Instagram reach.
  const regionTable = page.getByRole("table", { name: "North Kazakhstan Region Akimat", exact: true });
  await expect(regionTable.getByRole("row", { name: /Марат Тасмаганбетов/ })).toContainText("not found");
  await page
    .getByRole("table", { name: "North Kazakhstan Region Akimat", exact: true })
    .getByRole("link", { name: /Instagram/ })
    .click();
  await expect(page).toHaveURL(/sort=-reach%3AINSTAGRAM/);
  await expect(regionTable.getByRole("row").nth(1)).toContainText("Жусуп Жумагулов");
  await expect(regionTable.getByRole("row").nth(1)).toContainText("≈ 10,000 followers");
  await expect(page.getByRole("figure", { name: /Reach on Instagram by official/ })).toBeVisible();
  await expect(page.getByRole("figure", { name: /What openness is made of/ })).toBeVisible();
});

test("moved back before the survey, nothing is known yet: not surveyed, never zero", async ({ page }) => {
  await page.goto("/dashboard");
  await page.getByLabel("As of").fill("2024-01-01");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/asOf=2024-01-01/);
  await expect(page.getByText(/as of January 1, 2024|as of 1 January 2024/)).toBeVisible();
  await expect(page.getByRole("region", { name: "North Kazakhstan Region Akimat" })).toContainText(/Not surveyed\s*6/);
  await expect(page.getByText("No approved observations yet", { exact: false })).toBeVisible();
});

test("a survey wave instead of a date: the story's wave as it closed, whatever was approved since", async ({ page }) => {
  await page.goto("/dashboard");
  const wave = page.getByLabel("Survey wave");
  const storyWave = await wave.getByRole("option", { name: /^Август 2024 \(closed/ }).getAttribute("value");
  await wave.selectOption(storyWave!);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`wave=${storyWave}`));
  await expect(page.getByText(/What the survey wave “Август 2024” published/)).toBeVisible();
  const region = page.getByRole("region", { name: "North Kazakhstan Region Akimat" });
  await expect(region).toContainText(/Officials in post\s*6/);
  await expect(region).toContainText(/With an account found\s*5/);
  const regionTable = page.getByRole("table", { name: "North Kazakhstan Region Akimat", exact: true });
  await expect(regionTable.getByRole("row", { name: /Жусуп Жумагулов/ })).toContainText("≈ 10,000 followers");
  // The wave surveyed Instagram and Facebook only.
  await expect(regionTable.getByRole("columnheader", { name: /Telegram/ })).toHaveCount(0);
});

test("a filtered view is a link another person opens as it is, and downloads as CSV", async ({ page, browser }) => {
  await page.goto("/dashboard?asOf=2024-08-31");
  await page.getByRole("checkbox", { name: "Petropavlovsk City Akimat" }).check();
  await page.getByLabel("Platform").selectOption("INSTAGRAM");
  await page.getByLabel("Order").selectOption({ label: "By reach on Instagram" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/akimats=petropavlovsk/);
  const shared = page.url();

  const colleague = await (await browser.newContext({ storageState: "e2e/.auth/reporter.json" })).newPage();
  await colleague.goto(shared);
  await expect(colleague.getByRole("table", { name: "North Kazakhstan Region Akimat", exact: true })).toHaveCount(0);
  const cityTable = colleague.getByRole("table", { name: "Petropavlovsk City Akimat", exact: true });
  await expect(cityTable.getByRole("columnheader", { name: /Facebook/ })).toHaveCount(0);
  await expect(cityTable.getByRole("row").nth(1)).toContainText("Серик Мухамедиев");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = await readFile(await (await download).path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain("Серик Мухамедиев");
  expect(csv).not.toContain("Гауез Нурмухамбетов");
});
