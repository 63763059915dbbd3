import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures";

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
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
