import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./fixtures";
import { htmlErrors } from "./html-validator";

/**
 * Charts in the embeds (issue 17, part 5): an editor chooses a chart in the builder, sees it in the preview and
 * saves the embed for an article; a reader on a 320 px phone, without a session, sees the chart with its figures
 * as a table, in light and dark, and downloads it as SVG and as PNG at twice its size, the outlet and the date
 * drawn in.
 */

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`);
}

const CHART = "Reach on Instagram by official";

test("an editor builds a chart embed; a reader on a phone sees the chart and its table, and downloads it as SVG and PNG", async ({ browser }) => {
  const editorContext = await browser.newContext({ storageState: storageStateOf("editor") });
  const editor = await editorContext.newPage();
  await editor.goto("/embed-builder?lang=en");
  await editor.getByRole("combobox", { name: "Platform" }).selectOption("INSTAGRAM");
  await editor.getByRole("combobox", { name: "Chart" }).selectOption({ label: "Reach: bars per official, one chart per platform" });
  await editor.getByRole("button", { name: "Show" }).click();
  await expect(editor.getByRole("combobox", { name: "Chart" })).toHaveValue("reach");
  const preview = editor.frameLocator("iframe[title='Officials on social media: comparison']");
  await expect(preview.getByRole("img", { name: CHART })).toBeVisible();
  expect(await editor.getByLabel("Code for the article").inputValue()).toMatch(
    /\/embed\/comparison\?lang=en&amp;platform=INSTAGRAM&amp;asOf=[\d-]+&amp;published=[\d-]+&amp;chart=reach"/,
  );

  // Saved for an article: the saved embed keeps the chart.
  await editor.getByRole("textbox", { name: "Headline" }).fill("Akims' reach on Instagram");
  await editor.getByRole("button", { name: "Save the embed" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Saved embed" })).toBeVisible();
  const id = /\/embed-builder\/saved\/([2-9a-z]{10})/.exec(editor.url())![1]!;
  await expect(editor.getByRole("combobox", { name: "Chart" })).toHaveValue("reach");
  await editorContext.close();

  const readerContext = await browser.newContext({ viewport: { width: 320, height: 640 }, acceptDownloads: true });
  const reader = await readerContext.newPage();
  const response = await reader.goto(`/embed/e/${id}`);
  expect(response!.headers()["set-cookie"]).toBeUndefined();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Akims' reach on Instagram");
  const chart = reader.getByRole("img", { name: CHART });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/never drawn as zero/);
  // The chart sits above the tables.
  const [chartTop, tableTop] = await Promise.all([
    chart.evaluate((element) => element.getBoundingClientRect().top),
    reader.getByRole("table", { name: "North Kazakhstan Region Akimat" }).evaluate((element) => element.getBoundingClientRect().top),
  ]);
  expect(chartTop).toBeLessThan(tableTop);
  // Its figures are the tables below (the embed shows reach): one per akimat, each official's count.
  await expect(reader.getByRole("table", { name: "North Kazakhstan Region Akimat" })).toContainText("Жусуп Жумагулов");
  expect(await reader.locator("html").evaluate((element) => element.scrollWidth - element.clientWidth), "no sideways scroll at 320 px").toBeLessThanOrEqual(0);
  expect(await reader.locator("script").count()).toBe(1);
  for (const colorScheme of ["light", "dark"] as const) {
    await reader.emulateMedia({ colorScheme });
    expect(await seriousViolations(reader), colorScheme).toEqual([]);
  }
  expect(await htmlErrors([{ url: `/embed/e/${id}`, html: await (await reader.request.get(`/embed/e/${id}`)).text() }])).toEqual([]);

  const [svg] = await Promise.all([reader.waitForEvent("download"), reader.getByRole("link", { name: `SVG — ${CHART}` }).click()]);
  expect(svg.suggestedFilename()).toMatch(/^ashyq-reach-instagram-\d{4}-\d{2}-\d{2}\.svg$/);
  const file = readFileSync((await svg.path())!, "utf8");
  expect(file).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="720" height="(\d+)"/);
  expect(file).toContain(`>${CHART}</text>`);
  expect(file).toMatch(/>Ashyq · data as of \d{1,2} \w+ \d{4}/);
  const svgHeight = Number(/ height="(\d+)"/.exec(file)![1]);

  const [png] = await Promise.all([reader.waitForEvent("download"), reader.getByRole("link", { name: new RegExp(`^PNG .* — ${CHART}$`) }).click()]);
  expect(png.suggestedFilename()).toMatch(/^ashyq-reach-instagram-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({ width: 1440, height: 2 * svgHeight });
  await readerContext.close();
});

test("the change embed draws then and now, and its files carry where each side stands", async ({ request }) => {
  const embed = await request.get("/embed/changes?lang=en&from=2024-01-01&to=2024-09-30&chart=accounts");
  expect(embed.status()).toBe(200);
  const html = await embed.text();
  expect(html).toContain('<title id="chart-0-t">Officials with an account, then and now</title>');
  // Its figures as a table of its own, which opens without JavaScript.
  expect(html).toContain("<details><summary>Data as a table</summary><table><caption>Officials with an account, then and now</caption>");
  const file = await request.get("/embed/chart/changes.svg?lang=en&from=2024-01-01&to=2024-09-30&chart=accounts");
  expect(file.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  expect(file.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect(await file.text()).toContain("then: data as of 1 January 2024; now: data as of 30 September 2024");
  const again = await request.get("/embed/chart/changes.svg?lang=en&from=2024-01-01&to=2024-09-30&chart=accounts", {
    headers: { "If-None-Match": file.headers()["etag"]! },
  });
  expect(again.status()).toBe(304);
});
