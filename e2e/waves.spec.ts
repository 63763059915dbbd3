import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateOf, type Role } from "./fixtures";

async function pageAs(browser: Browser, role: Role) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

const WAVE = "City Instagram, December (e2e)";

/** The value beside a term of the wave's summary. */
const summary = (page: Page, term: string) =>
  page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]");

/** From the wave's page, the reporter opens the form the way the menu does: official and platform, then the form. */
async function recordInWave(page: Page, waveId: string, official: string) {
  await page.goto(`/waves/${waveId}`);
  await page.getByRole("link", { name: "Record an observation in this wave" }).click();
  await page.getByLabel("Official", { exact: true }).selectOption({ label: official });
  await page.getByLabel("Platform", { exact: true }).selectOption("INSTAGRAM");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New observation" })).toBeVisible();
}

test("an editor plans a wave of the city's Instagram and gives it to a reporter, who records into it until it closes", async ({ browser }) => {
  // The editor plans the wave: the city akimat alone, Instagram alone.
  const editor = await pageAs(browser, "editor");
  await editor.goto("/waves");
  await editor.getByRole("link", { name: "Plan a wave" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Plan a survey wave" })).toBeVisible();
  await editor.getByLabel("Name", { exact: true }).fill(WAVE);
  await editor.getByLabel("Opens on").fill("2026-12-01");
  await editor.getByLabel("Due on").fill("2026-12-31");
  await editor.getByRole("group", { name: "Akimats" }).getByLabel("Petropavlovsk City Akimat").check();
  await editor.getByRole("group", { name: "Platforms" }).getByLabel("Instagram").check();
  await editor.getByLabel("Methodology note").fill("Followers as shown on the profile, rounded as shown.");
  await editor.getByRole("button", { name: "Save the wave" }).click();
  await expect(editor.getByText("The wave is saved.")).toBeVisible();
  await expect(editor.getByRole("heading", { level: 1, name: WAVE })).toBeVisible();
  const waveId = new URL(editor.url()).pathname.split("/").pop()!;
  await expect(summary(editor, "Platforms")).toHaveText("Instagram");
  await expect(summary(editor, "Observations")).toHaveText("0");

  // The city goes to the demo reporter.
  await editor.getByLabel("Reporter", { exact: true }).selectOption({ label: "Айгерим Репортёрова" });
  await editor.getByLabel("Akimat or official").selectOption({ label: "Petropavlovsk City Akimat" });
  await editor.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(editor.getByText("The assignment is saved.")).toBeVisible();
  await expect(editor.getByText("Айгерим Репортёрова: Petropavlovsk City Akimat", { exact: true })).toBeVisible();

  // The reporter starts from the wave's page: the wave is kept through the steps and chosen in the form,
  // though the demo's open wave covers the city's Instagram too.
  const reporter = await pageAs(browser, "reporter");
  await reporter.goto("/waves");
  await reporter.getByRole("link", { name: WAVE }).click();
  await expect(reporter.getByText("Айгерим Репортёрова: Petropavlovsk City Akimat", { exact: true })).toBeVisible();
  await expect(reporter.getByRole("button", { name: "Close the wave" })).toHaveCount(0);
  await recordInWave(reporter, waveId, "Сания Смаилова — Deputy akim");
  const wave = reporter.getByLabel("Survey wave");
  await expect(wave.locator("option:checked")).toHaveText(WAVE);
  await expect(wave.getByRole("option")).toHaveText(["Outside any wave", "Повторный опрос (демо)", WAVE]);
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporter.getByText("Submitted for review.")).toBeVisible();

  // The wave counts it.
  await reporter.goto(`/waves/${waveId}`);
  await expect(summary(reporter, "Observations")).toHaveText("1");

  // A form opened in the wave, then the editor closes it: the save is refused on the wave field, nothing is lost.
  await recordInWave(reporter, waveId, "Серик Мухамедиев — Akim");
  await expect(reporter.getByLabel("Survey wave").locator("option:checked")).toHaveText(WAVE);
  await reporter.getByLabel("Public note").fill("Checked in the closing days of the wave.");
  await editor.goto(`/waves/${waveId}`);
  await editor.getByRole("button", { name: "Close the wave" }).click();
  await expect(editor.getByText("The wave is closed: it takes no more observations.")).toBeVisible();
  await expect(editor.getByRole("link", { name: "Record an observation in this wave" })).toHaveCount(0);

  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporter.getByText("This wave is closed: it takes no more observations.")).toBeVisible();
  await expect(reporter.getByLabel("Survey wave")).toHaveAccessibleDescription(/This wave is closed/);
  await expect(reporter.getByLabel("Public note")).toHaveValue("Checked in the closing days of the wave.");
  await reporter.goto(`/waves/${waveId}`);
  await expect(summary(reporter, "Observations")).toHaveText("1");
});

test("the demo wave's checklist: progress, filters without JavaScript, and a cell opening the form in the wave", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("reporter"), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/waves");
  await page.getByRole("link", { name: "Повторный опрос (демо)" }).click();
  await page.getByRole("link", { name: "Checklist", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Checklist: Повторный опрос (демо)" })).toBeVisible();
  await expect(page.getByText(/^\d+ of \d+ submitted or approved$/)).toBeVisible();
  const byAkimat = page.getByRole("table", { name: "Progress by akimat" });
  await expect(byAkimat.getByRole("rowheader")).toHaveText(["North Kazakhstan Region Akimat", "Petropavlovsk City Akimat"]);
  await expect(page.getByRole("table", { name: "Progress by reporter" }).getByRole("rowheader")).toHaveText(["Open to anyone"]);

  // A GET form: the city alone.
  const filters = page.getByRole("form", { name: "Filter the checklist" });
  await filters.getByLabel("Akimat").selectOption({ label: "Petropavlovsk City Akimat" });
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]akimat=/);
  const checklist = page.getByRole("table", { name: "Checklist", exact: true });
  await expect(checklist.getByRole("row", { name: /Сания Смаилова/ })).toHaveCount(1);
  await expect(checklist.getByRole("row", { name: /Марат Тасмаганбетов/ })).toHaveCount(0);
  // Two Facebook pages: a cell each.
  const turenova = checklist.getByRole("row", { name: /Калия Туренова/ });
  await expect(turenova.getByRole("cell").nth(1).getByRole("link")).toHaveText([/^Страница 1: /, /^Страница 2: /]);

  // A cell opens the form for that official and platform, in this wave.
  await checklist
    .getByRole("row", { name: /Сания Смаилова/ })
    .getByRole("cell")
    .nth(1)
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "New observation" })).toBeVisible();
  await expect(page.getByRole("group", { name: "What you observed" }).getByRole("definition")).toContainText([/Сания Смаилова/, "Facebook"]);
  await expect(page.getByLabel("Survey wave").locator("option:checked")).toHaveText("Повторный опрос (демо)");
  await context.close();
});
