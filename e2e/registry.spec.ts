import { expect, test, type Browser } from "@playwright/test";
import { storageStateOf, type Role } from "./fixtures";

async function pageAs(browser: Browser, role: Role) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

const CITY = "Petropavlovsk City Akimat";

test("an editor adds an official with a post in the city akimat and an Instagram account, then ends the post", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  await editor.goto("/officials");
  await editor.getByRole("link", { name: "Add an official", exact: true }).click();

  // The Latin name is left empty: it is made from the Cyrillic one.
  await editor.getByLabel("Full name in Cyrillic", { exact: true }).fill("Айдос Сапаров");
  await editor.getByRole("button", { name: "Save official" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Айдос Сапаров" })).toBeVisible();
  await expect(editor.getByText("Official added. Now add their post and accounts.")).toBeVisible();
  await expect(editor.getByText("Aydos Saparov", { exact: true })).toBeVisible();

  await editor.getByRole("link", { name: "Add a post", exact: true }).click();
  await editor.getByLabel("Akimat", { exact: true }).selectOption({ label: CITY });
  await editor.getByLabel("Post", { exact: true }).selectOption({ label: "Deputy akim" });
  await editor.getByLabel("Portfolio", { exact: true }).fill("digitalisation and public services");
  await editor.getByLabel("Started on", { exact: true }).fill("2024-09-02");
  await editor.getByRole("button", { name: "Save post" }).click();
  await expect(editor.getByText("Post saved.")).toBeVisible();
  const post = editor.getByRole("article", { name: `Deputy akim, ${CITY}` });
  await expect(post).toContainText("Portfolio: digitalisation and public services");

  await editor.getByRole("link", { name: "Add an account", exact: true }).click();
  await editor.getByLabel("Platform", { exact: true }).selectOption("INSTAGRAM");
  await editor.getByLabel("Address (URL)", { exact: true }).fill("https://www.instagram.com/aydos.saparov/");
  await editor.getByLabel("Handle", { exact: true }).fill("aydos.saparov");
  await editor.getByRole("button", { name: "Save account" }).click();
  await expect(editor.getByText("Account added.")).toBeVisible();
  await expect(editor.getByRole("link", { name: "Record an observation: Instagram · aydos.saparov" })).toHaveAttribute(
    "href",
    /^\/observations\/new\?officialId=[^&]+&platform=INSTAGRAM&accountId=[^&]+$/,
  );

  // The list shows the new official under the city akimat.
  await editor.goto("/officials");
  const city = editor.getByRole("region", { name: CITY });
  await city.getByRole("link", { name: "Айдос Сапаров", exact: true }).click();

  // Ending the post moves it to the history, dated; nothing is deleted.
  const current = editor.getByRole("article", { name: `Deputy akim, ${CITY}` });
  await current.getByLabel("End date", { exact: true }).fill("2025-01-15");
  await current.getByRole("button", { name: "End post" }).click();
  await expect(editor.getByText("Post ended; it stays in the history.")).toBeVisible();
  await expect(editor.getByRole("article", { name: `Deputy akim, ${CITY}` })).toHaveCount(0);
  await expect(editor.getByText("No current post in the registry.")).toBeVisible();
  const history = editor.getByRole("region", { name: "Past posts" });
  await expect(history).toContainText(`Deputy akim, ${CITY} (digitalisation and public services)`);
  await expect(history).toContainText("2024");
  await expect(history).toContainText("2025");

  // Without a current post, the list shows the official on their own.
  await editor.goto("/officials?q=Saparov");
  await expect(editor.getByRole("region", { name: "Without a current post" }).getByRole("link", { name: "Айдос Сапаров", exact: true })).toBeVisible();
});

test("a reporter finds an official by a lower-case Cyrillic name and adds a Telegram account", async ({ browser }) => {
  const reporter = await pageAs(browser, "reporter");
  await reporter.goto("/officials");
  await expect(reporter.getByRole("link", { name: "Add an official", exact: true })).toHaveCount(0);

  await reporter.getByRole("searchbox", { name: "Search by name" }).fill("жумагулов");
  await reporter.getByRole("button", { name: "Search", exact: true }).click();
  await expect(reporter).toHaveURL(/\/officials\?q=/);
  await expect(reporter.getByText("1 official found for “жумагулов”.")).toBeVisible();
  await reporter.getByRole("link", { name: "Жусуп Жумагулов", exact: true }).click();
  await expect(reporter.getByRole("heading", { level: 1, name: "Жусуп Жумагулов" })).toBeVisible();
  await expect(reporter.getByRole("link", { name: "Add a post", exact: true })).toHaveCount(0);

  // A bad address comes back with its message and nothing typed lost.
  await reporter.getByRole("link", { name: "Add an account", exact: true }).click();
  await reporter.getByLabel("Platform", { exact: true }).selectOption("TELEGRAM");
  await reporter.getByLabel("Kind", { exact: true }).selectOption("CHANNEL");
  await reporter.getByLabel("Address (URL)", { exact: true }).fill("t.me/zhumagulov_sko");
  await reporter.getByRole("button", { name: "Save account" }).click();
  await expect(reporter.getByText("Enter the full address, e.g. https://www.instagram.com/…")).toBeVisible();
  await expect(reporter.getByLabel("Platform", { exact: true })).toHaveValue("TELEGRAM");
  await expect(reporter.getByLabel("Kind", { exact: true })).toHaveValue("CHANNEL");
  await expect(reporter.getByLabel("Address (URL)", { exact: true })).toHaveValue("t.me/zhumagulov_sko");

  await reporter.getByLabel("Address (URL)", { exact: true }).fill("https://t.me/zhumagulov_sko");
  await reporter.getByRole("button", { name: "Save account" }).click();
  await expect(reporter.getByText("Account added.")).toBeVisible();
  await expect(reporter.getByRole("link", { name: "Record an observation: Telegram", exact: true })).toBeVisible();
  // Changing an account is for editors.
  await expect(reporter.getByRole("link", { name: /^Edit account/ })).toHaveCount(0);

  // A name typed in Latin letters finds him too.
  await reporter.goto("/officials?q=Zhumagulov");
  await expect(reporter.getByRole("link", { name: "Жусуп Жумагулов", exact: true })).toBeVisible();
});
