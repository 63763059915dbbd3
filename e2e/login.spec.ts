import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures";

test.describe("signing in", () => {
  test("a signed-out visitor of a newsroom page is sent to the sign-in page", async ({ page }) => {
    await page.goto("/review");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freview/);
    await expect(page.getByRole("heading", { name: "Вход в Ashyq" })).toBeVisible();
  });

  test("a wrong password is refused, keeping the email; the right one opens the newsroom", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Sign in to Ashyq" })).toBeVisible();
    await page.getByLabel("Email").fill("editor@demo.ashyq");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue("editor@demo.ashyq");

    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByText("Signed in as Болат Редакторов (editor)").filter({ visible: true })).toBeVisible();
  });

  test("signing out ends the session everywhere: a copy of its cookie taken before is refused", async ({ page, browser }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByLabel("Email").fill("reporter@demo.ashyq");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    // A reporter's home is their open checklist (an editor's, above, the dashboard).
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.getByRole("heading", { level: 1, name: "My checklist" })).toBeVisible();
    const copied = await page.context().cookies();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);

    // Someone who copied the cookie (another browser, a stolen laptop) gets the sign-in page, not the newsroom.
    const elsewhere = await browser.newContext();
    await elsewhere.addCookies(copied);
    const other = await elsewhere.newPage();
    await other.goto("/observations");
    await expect(other).toHaveURL(/\/login/);
    await elsewhere.close();
  });

  test("switching to Kazakh is remembered", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Қазақша" }).click();
    await expect(page.getByRole("heading", { name: "Ashyq жүйесіне кіру" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Кіру" })).toBeVisible();
  });
});
