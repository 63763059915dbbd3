import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { storageStateOf, type Role } from "./fixtures";

async function pageAs(browser: Browser, role: Role, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ storageState: storageStateOf(role), ...options });
  return context.newPage();
}

// Facebook alone, so that the observation form's wave choices on Instagram, which waves.spec.ts counts, stay as they were.
const WAVE = "Region and city on Facebook, two reporters (e2e)";
const AIGERIM = "Айгерим Репортёрова";
const ARMAN = "Арман Корреспондентов";
const REGION = "North Kazakhstan Region Akimat";
const CITY = "Petropavlovsk City Akimat";

/** A day as the date field takes it, some days from today: the wave was due yesterday, so what is not done is overdue. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

const myChecklist = (page: Page) => page.getByRole("table", { name: "My checklist" });
const rowOf = (page: Page, official: string) => myChecklist(page).getByRole("row", { name: new RegExp(official) });

/** The observation's id from the page the form lands on once it is saved. */
const observationId = (page: Page) => new URL(page.url()).pathname.split("/").pop()!;

test("an editor plans a wave and gives one akimat to each of two reporters; each covers their own from their home page", async ({ browser }) => {
  // Four people and some thirty pages: on two shared cores it takes about a minute.
  test.setTimeout(180_000);
  // Before anyone is given anything, the second reporter's home offers the open waves' work, and says why.
  const arman = await pageAs(browser, "reporter2", { javaScriptEnabled: false });
  await arman.goto("/");
  await expect(arman.getByRole("heading", { level: 1, name: "My checklist" })).toBeVisible();
  await expect(
    arman.getByText("Nothing in the open waves has been given to you yet. Below is the work nobody has been given: any reporter may take it."),
  ).toBeVisible();
  await expect(
    myChecklist(arman)
      .getByRole("row", { name: /Сания Смаилова/ })
      .first(),
  ).toBeVisible();

  // The editor's home stays the dashboard. They plan the wave: the region's and the city's akimats, Facebook.
  const editor = await pageAs(browser, "editor");
  await editor.goto("/");
  await expect(editor).toHaveURL(/\/dashboard$/);
  await editor.goto("/waves/new");
  await editor.getByLabel("Name", { exact: true }).fill(WAVE);
  await editor.getByLabel("Opens on").fill(dayFromToday(-10));
  await editor.getByLabel("Due on").fill(dayFromToday(-1));
  await editor.getByRole("group", { name: "Akimats" }).getByLabel(REGION).check();
  await editor.getByRole("group", { name: "Akimats" }).getByLabel(CITY).check();
  await editor.getByRole("group", { name: "Platforms" }).getByLabel("Facebook").check();
  await editor.getByRole("button", { name: "Save the wave" }).click();
  await expect(editor.getByText("The wave is saved.")).toBeVisible();
  const waveId = new URL(editor.url()).pathname.split("/").pop()!;

  // One akimat to each reporter.
  for (const [reporter, akimat] of [
    [AIGERIM, REGION],
    [ARMAN, CITY],
  ]) {
    await editor.getByLabel("Reporter", { exact: true }).selectOption({ label: reporter });
    await editor.getByLabel("Akimat or official").selectOption({ label: akimat });
    await editor.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(editor.getByText("The assignment is saved.")).toBeVisible();
    await expect(editor.getByText(`${reporter}: ${akimat}`, { exact: true })).toBeVisible();
  }

  // Aigerim's home is her part: the region's officials, not the city's, all overdue and not started.
  const aigerim = await pageAs(browser, "reporter");
  await aigerim.goto("/");
  const openWaves = aigerim.getByRole("region", { name: "Open waves" });
  await expect(openWaves.getByRole("listitem")).toHaveCount(1);
  await expect(openWaves.getByRole("listitem")).toContainText(WAVE);
  await expect(openWaves.getByRole("listitem")).toContainText(/0 of \d+ submitted or approved/);
  await expect(openWaves.getByRole("listitem")).toContainText(/\d+ cells overdue/);
  await expect(rowOf(aigerim, "Руслан Алишев")).toContainText("Not started");
  await expect(rowOf(aigerim, "Руслан Алишев")).toContainText("overdue");
  await expect(rowOf(aigerim, "Марат Тасмаганбетов")).toHaveCount(1);
  await expect(rowOf(aigerim, "Серик Мухамедиев")).toHaveCount(0);
  await expect(rowOf(aigerim, "Сания Смаилова")).toHaveCount(0);
  // With its overdue marks, in the light and the dark scheme, the page passes axe.
  for (const colorScheme of ["light", "dark"] as const) {
    await aigerim.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page: aigerim }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  }

  // She opens Alishev's Facebook cell: the form for his page, in this wave, and submits it.
  await rowOf(aigerim, "Руслан Алишев").getByRole("link").click();
  await expect(aigerim.getByRole("heading", { level: 1, name: "New observation" })).toBeVisible();
  await expect(aigerim.getByRole("group", { name: "What you observed" }).getByRole("definition")).toContainText([/Руслан Алишев/, "Facebook"]);
  await expect(aigerim.getByLabel("Survey wave").locator("option:checked")).toHaveText(WAVE);
  await aigerim.getByRole("button", { name: "Submit for review" }).click();
  await expect(aigerim.getByText("Submitted for review.")).toBeVisible();
  const submitted = observationId(aigerim);

  // Done goes last: what is still to do comes first.
  await aigerim.goto("/");
  await expect(rowOf(aigerim, "Руслан Алишев")).toContainText("Submitted");
  await expect(rowOf(aigerim, "Руслан Алишев")).not.toContainText("overdue");
  await expect(myChecklist(aigerim).getByRole("row").last()).toContainText("Руслан Алишев");

  // Arman, without JavaScript: the city's officials only. Mukhamediyev has no Facebook page: searched, not found.
  await arman.goto("/");
  await expect(arman.getByText("Your part of the open survey waves, what is still to do first.", { exact: false })).toBeVisible();
  await expect(rowOf(arman, "Серик Мухамедиев")).toContainText("Not started");
  await expect(rowOf(arman, "Руслан Алишев")).toHaveCount(0);
  await expect(rowOf(arman, "Марат Тасмаганбетов")).toHaveCount(0);
  await rowOf(arman, "Серик Мухамедиев").getByRole("link").click();
  await expect(arman.getByLabel("Result")).toHaveValue("NOT_FOUND");
  await expect(arman.getByLabel("Survey wave").locator("option:checked")).toHaveText(WAVE);
  await arman.getByLabel("Internal note").fill("Searched Facebook by name in Russian and Kazakh; no page.");
  await arman.getByRole("button", { name: "Submit for review" }).click();
  await expect(arman.getByText("Submitted for review.")).toBeVisible();
  const notFound = observationId(arman);
  await arman.goto("/");
  await expect(rowOf(arman, "Серик Мухамедиев")).toContainText("Submitted");
  await expect(rowOf(arman, "Серик Мухамедиев")).toContainText("searched, not found");

  // The editor approves both.
  for (const id of [submitted, notFound]) {
    await editor.goto(`/review/${id}`);
    await editor.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(editor.getByText(/^Approved\./)).toBeVisible();
  }

  // The checklist's progress per reporter shows each with one approved cell, and nothing left open to anyone.
  await editor.goto(`/waves/${waveId}/checklist`);
  const byReporter = editor.getByRole("table", { name: "Progress by reporter" });
  await expect(byReporter.getByRole("rowheader")).toHaveText([AIGERIM, ARMAN]);
  // Columns: not started, draft, submitted, changes requested, approved.
  for (const reporter of [AIGERIM, ARMAN]) {
    await expect(byReporter.getByRole("row", { name: new RegExp(reporter) }).getByRole("cell")).toHaveText([/^\d+$/, "0", "0", "0", "1"]);
  }
  await aigerim.goto("/");
  await expect(rowOf(aigerim, "Руслан Алишев")).toContainText("Approved");

  // Closed, the wave leaves the reporters' homes: Aigerim is back to the work nobody is given.
  await editor.goto(`/waves/${waveId}`);
  await editor.getByRole("button", { name: "Close the wave" }).click();
  await expect(editor.getByText("The wave is closed: it takes no more observations.")).toBeVisible();
  await aigerim.goto("/");
  await expect(aigerim.getByText("Nothing in the open waves has been given to you yet.", { exact: false })).toBeVisible();
  await expect(aigerim.getByRole("region", { name: "Open waves" })).not.toContainText(WAVE);
});
