import { expect, test } from "@playwright/test";
import { storageStateOf } from "./fixtures";

test.use({ storageState: storageStateOf("reporter"), javaScriptEnabled: false });

test("with JavaScript off, a reporter enters a last post known only to the year, a live stream to the month, a look to the month", async ({ page }) => {
  await page.goto("/observations/new");
  await page.getByRole("combobox", { name: "Official" }).selectOption({ label: "Рустем Курманов — Deputy akim" });
  await page.getByRole("combobox", { name: "Platform" }).selectOption("FACEBOOK");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New observation" })).toBeVisible();
  const lastPost = page.getByLabel("Last post", { exact: true });
  await lastPost.fill("давно");
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page.getByText("Some fields need attention. Nothing you typed was lost.")).toBeVisible();
  await expect(lastPost).toHaveValue("давно");
  await expect(lastPost).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("“давно” is not a date we can read.", { exact: false })).toBeVisible();

  await lastPost.fill("2021");
  await page.getByLabel("Last live stream", { exact: true }).fill("авг 2020");
  await page.getByLabel("How precisely the date is known").selectOption("MONTH");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await expect(page.getByLabel("Last post", { exact: true })).toHaveValue("2021");
  await expect(page.getByLabel("Last live stream", { exact: true })).toHaveValue("2020-08");
  await expect(page.getByLabel("How precisely the date is known")).toHaveValue("MONTH");

  // In the list of one's observations, the look is shown as its month, with the dates' mark.
  await page.goto("/observations");
  const month = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "Asia/Almaty" }).format(new Date());
  await expect(page.getByRole("row").filter({ hasText: "Рустем Курманов" }).first()).toContainText(`~${month}`);
});

test("the story's 'last tagged in 2021' shows as a year with the dates' mark, not the counts' ≈", async ({ page }) => {
  await page.goto("/dashboard?asOf=2024-08-31");
  await expect(page.getByText("last post ~2021")).not.toHaveCount(0);
  await expect(page.getByText("≈ 2021")).toHaveCount(0);
});
