import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { startObservation, storageStateOf } from "./fixtures";

test.use({ storageState: storageStateOf("reporter") });

async function screenshotWithLocation(): Promise<Buffer> {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: "#dde3ea" } })
    .withExif({ IFD0: { Copyright: "reporter's phone" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "54/1 52/1 0/1" } })
    .jpeg()
    .toBuffer();
}

test("the city deputy's private Instagram, no avatar, attribution uncertain, with a screenshot", async ({ page }) => {
  await startObservation(page, "Сания Смаилова — Deputy akim", "INSTAGRAM");
  await page.getByLabel("Visibility", { exact: true }).selectOption("CLOSED");
  await page.getByLabel("Has an avatar", { exact: true }).selectOption("no");
  await page.getByLabel("Attribution", { exact: true }).selectOption("UNCERTAIN");
  await page.getByLabel("Evidence of attribution").fill("Followed by the regional veterinary department she oversees.");
  await page.getByLabel("Screenshots").setInputFiles({ name: "smailova-instagram.jpg", mimeType: "image/jpeg", buffer: await screenshotWithLocation() });
  await page.getByLabel("Source and archive links").fill("https://web.archive.org/web/2024/https://www.instagram.com/");
  await page.getByRole("button", { name: "Submit for review" }).click();

  await expect(page.getByText("Submitted for review.")).toBeVisible();
  await expect(page.getByText("Uncertain")).toBeVisible();
  await expect(page.getByText("Followed by the regional veterinary department she oversees.")).toBeVisible();
  const thumbnail = page.getByRole("img", { name: "smailova-instagram.jpg" });
  await expect(thumbnail).toBeVisible();
  const src = await thumbnail.getAttribute("src");
  const response = await page.request.get(src!);
  expect(response.headers()["content-type"]).toBe("image/webp");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  // Never public: the same file without a session is not found.
  const anonymous = await page
    .context()
    .browser()!
    .newContext({ storageState: { cookies: [], origins: [] } });
  const denied = await anonymous.request.get(new URL(src!, page.url()).toString(), { maxRedirects: 0 });
  expect(denied.status(), await denied.text()).toBe(404);
  await anonymous.close();
});

test("the first deputy who could not be found on any platform", async ({ page }) => {
  for (const platform of ["INSTAGRAM", "FACEBOOK", "TELEGRAM"]) {
    // No account anywhere: the form opens as "searched, not found".
    await startObservation(page, "Марат Тасмаганбетов — First deputy akim", platform);
    await expect(page.getByLabel("Result")).toHaveValue("NOT_FOUND");
    await page.getByLabel("Internal note").fill("Searched by name in Russian and Kazakh; nothing found.");
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Submitted for review.")).toBeVisible();
    await expect(page.getByText("Searched, not found")).toBeVisible();
  }
  await page.goto("/observations?status=SUBMITTED&platform=TELEGRAM");
  await expect(page.getByRole("row", { name: /Марат Тасмаганбетов/ })).toContainText("Searched, not found");
});

test("the deputy with two Facebook pages, and a bad link refused without losing the rest", async ({ page }) => {
  await page.goto("/observations/new");
  await page.getByLabel("Official", { exact: true }).selectOption({ label: "Калия Туренова — Deputy akim" });
  await page.getByLabel("Platform", { exact: true }).selectOption("FACEBOOK");
  await page.getByRole("button", { name: "Continue" }).click();
  // Two pages on Facebook: the reporter says which one they looked at, and only hers are offered.
  const accounts = page.getByRole("navigation", { name: "Account" });
  await expect(accounts.getByRole("link")).toHaveText(["Страница 1", "Страница 2", "Searched, not found: none of these"]);
  await accounts.getByRole("link", { name: "Страница 2" }).click();
  await page.getByLabel("Last post", { exact: true }).fill("2023-08-17");
  await page.getByLabel("Link to the last post").fill("javascript:alert(1)");
  await page.getByLabel("Official work").check();
  await page.getByLabel("Public note").fill("Nothing about the «Ерең еңбегі үшін» medal.");
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page.getByText("Only http and https links", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Public note")).toHaveValue("Nothing about the «Ерең еңбегі үшін» medal.");
  await expect(page.getByLabel("Last post", { exact: true })).toHaveValue("2023-08-17");
  await expect(page.getByLabel("Official work")).toBeChecked();
  await expect(page.getByRole("group", { name: "What you observed" }).getByRole("definition")).toHaveText([/Калия Туренова/, "Facebook", "Страница 2"]);

  await page.getByLabel("Link to the last post").fill("https://www.facebook.com/");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
});

test("a repeat observation starts from the last one", async ({ page }) => {
  await page.goto("/observations?status=APPROVED&platform=INSTAGRAM");
  await page.getByRole("link", { name: "Гауез Нурмухамбетов" }).click();
  await page.getByRole("link", { name: "Start from this observation" }).click();
  await expect(page.getByText("Prefilled from the observation of", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Followers", { exact: true })).toHaveValue("3 517");
  await expect(page.getByRole("group", { name: "What you observed" }).getByRole("definition")).toHaveText([/Гауез Нурмухамбетов/, "Instagram", /.+/]);
  await expect(page.getByRole("group", { name: "What you observed" }).getByRole("definition").nth(2)).not.toHaveText("None: the search found nothing");
  await page.getByLabel("Followers", { exact: true }).fill("3 602");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted for review.")).toBeVisible();
  await expect(page.getByText("3,602")).toBeVisible();
});

test("searched, not found: recorded from the official's own page, with no account to name", async ({ page }) => {
  await page.goto("/officials");
  await page.getByRole("link", { name: "Сания Смаилова" }).first().click();
  const notFound = page.getByRole("form", { name: "Record “searched, not found”" });
  await notFound.getByLabel("Searched on").selectOption("FACEBOOK");
  await notFound.getByRole("button", { name: "Record “searched, not found”" }).click();
  await expect(page).toHaveURL(/\/observations\/new\?/);
  await expect(page.getByLabel("Result")).toHaveValue("NOT_FOUND");
  const subject = page.getByRole("group", { name: "What you observed" });
  await expect(subject.getByRole("definition")).toHaveText([/Сания Смаилова/, "Facebook", "None: the search found nothing"]);
});
