import { expect, test } from "@playwright/test";
import { startObservation, storageStateOf } from "./fixtures";

test.use({ storageState: storageStateOf("reporter"), javaScriptEnabled: false });

test("with JavaScript off, a bad count comes back with its message and everything typed, then saves", async ({ page }) => {
  await startObservation(page, "Сания Смаилова — Deputy akim", "INSTAGRAM");
  await page.getByLabel("Visibility", { exact: true }).selectOption("CLOSED");
  await page.getByLabel("Followers", { exact: true }).fill("много");
  await page.getByLabel("Internal note").fill("Closed, no avatar.\nFollowed by the regional veterinary department.");
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page.getByText("Some fields need attention. Nothing you typed was lost.")).toBeVisible();
  const followers = page.getByLabel("Followers", { exact: true });
  await expect(followers).toHaveValue("много");
  await expect(followers).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("“много” is not a count we can read.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Internal note")).toHaveValue("Closed, no avatar.\nFollowed by the regional veterinary department.");
  await expect(page.getByLabel("Visibility", { exact: true })).toHaveValue("CLOSED");
  await expect(page.getByRole("definition").filter({ hasText: "Сания Смаилова" })).toBeVisible();

  await followers.fill("1,1 тыс.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await expect(page.getByLabel("Followers", { exact: true })).toHaveValue("1,1 тыс.");
});
