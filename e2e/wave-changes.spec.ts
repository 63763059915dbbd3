import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./fixtures";

/** axe's WCAG A and AA rules, as the other pages' checks run them: the violations, one line each. */
async function axeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

test.describe("without JavaScript", () => {
  test.use({ storageState: storageStateOf("editor"), javaScriptEnabled: false });

  test("what changed between a date before the survey and the story's wave, on screen and as CSV, without JavaScript", async ({ page }) => {
    await page.goto("/waves");
    await page.getByRole("link", { name: "What changed between two waves or dates" }).click();
    await expect(page.getByText("Choose two waves or dates to compare.")).toBeVisible();
    const then = page.getByRole("group", { name: "Then" });
    const now = page.getByRole("group", { name: "Now" });
    await then.getByLabel("or a date").fill("2024-01-01");
    await now.getByLabel("Wave").selectOption({ label: "Август 2024" });
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/fromDate=2024-01-01/);
    await expect(page.getByRole("heading", { name: /January 1, 2024 → Август 2024/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /North Kazakhstan Region Akimat/ })).toContainText("1 of 6 now have no account");
    await expect(page.getByRole("table", { name: "What changed" })).toContainText("Марат Тасмаганбетов");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download as CSV" }).click();
    const csv = await readFile((await (await download).path())!, "utf8");
    expect(csv).toContain('"Official"');
    expect(csv).toContain('"Марат Тасмаганбетов"');
  });
});

test.describe("with JavaScript", () => {
  test.use({ storageState: storageStateOf("editor") });

  test("the change report between the story's wave and a later day passes axe", async ({ page }) => {
    await page.goto("/waves/changes?from=2024-01-01&to=2024-08-31");
    await expect(page.getByRole("table", { name: "What changed" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // The builder of its embed, too.
    await page.goto("/embed-builder?kind=changes&lang=en");
    await expect(page.getByRole("radio", { name: "What changed (between two waves or dates)" })).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test("the change report's embed, built in the builder without JavaScript and read as the public reads it (issue 16, parts 4 and 6)", async ({
  browser,
  request,
}) => {
  const newsroom = await browser.newContext({ storageState: storageStateOf("editor"), javaScriptEnabled: false });
  const editor = await newsroom.newPage();
  await editor.goto("/waves/changes");
  await editor.getByRole("group", { name: "Then" }).getByLabel("or a date").fill("2024-01-01");
  await editor.getByRole("group", { name: "Now" }).getByLabel("Wave").selectOption({ label: "Август 2024" });
  await editor.getByRole("button", { name: "Compare" }).click();
  await editor.getByRole("link", { name: "Embed it in an article" }).click();

  // The builder takes the report's two sides; closed waves come first, marked as such.
  await expect(editor.getByRole("radio", { name: "What changed (between two waves or dates)" })).toBeChecked();
  await expect(editor.getByRole("group", { name: "Then" }).getByLabel("or a date")).toHaveValue("2024-01-01");
  const nowWave = editor.getByRole("group", { name: "Now" }).getByLabel("Survey wave");
  await expect(nowWave.locator("option:checked")).toHaveText("Август 2024 (closed)");
  await expect(nowWave.locator("option").nth(1)).toHaveText("Август 2024 (closed)");
  await editor.getByRole("checkbox", { name: "North Kazakhstan Region Akimat" }).check();
  await editor.getByLabel("Embed language").selectOption("en");
  await editor.getByRole("button", { name: "Show" }).click();
  const code = await editor.getByLabel("Code for the article").inputValue();
  // A side that is a day is cut at the day the code is made, the article's day of publication (decision 0007).
  expect(code).toMatch(/\/embed\/changes\?lang=en&amp;from=2024-01-01&amp;to=\w+&amp;akimats=sko&amp;published=\d{4}-\d{2}-\d{2}"/);
  const preview = editor.frameLocator("iframe[title='Officials on social media: what changed']");
  await expect(preview.getByRole("heading", { name: "What changed: 1 January 2024 → “Август 2024”" })).toBeVisible();
  await newsroom.close();

  // A reader of the article: no session, on a phone.
  const src = /src="([^"]+)"/.exec(code)![1]!.replaceAll("&amp;", "&");
  const response = await request.get(src);
  expect(response.status()).toBe(200);
  expect(response.headers()["set-cookie"]).toBeUndefined();
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const reader = await context.newPage();
  await reader.goto(src);
  await expect(reader.getByRole("heading", { name: "What changed: 1 January 2024 → “Август 2024”" })).toBeVisible();
  await expect(
    reader.getByText(/then: data as of 1 January 2024, as published on \d{1,2} \w+ \d{4}; now: survey wave “Август 2024”, closed: its figures do not change/),
  ).toBeVisible();
  const region = reader.getByRole("table", { name: "By akimat" }).getByRole("row", { name: /North Kazakhstan Region Akimat/ });
  await expect(region).toContainText("not surveyed");
  await expect(region).toContainText("1 of 6");
  await expect(reader.getByRole("table", { name: "By akimat" })).not.toContainText("Petropavlovsk");
  await expect(reader.getByText("Only observations reviewed and approved by the editors.")).toBeVisible();
  await expect(reader.getByRole("link", { name: "How we count" })).toHaveAttribute("href", "/methodology?lang=en");
  expect(await reader.locator("script").count()).toBe(1);
  expect(await context.cookies()).toEqual([]);
  const overflow = await reader.locator("html").evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow, "no sideways scroll on a phone").toBeLessThanOrEqual(0);
  expect(await axeViolations(reader)).toEqual([]);
  await reader.emulateMedia({ colorScheme: "dark" });
  expect(await axeViolations(reader)).toEqual([]);
  await context.close();
});
