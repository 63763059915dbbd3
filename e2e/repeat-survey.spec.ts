import { expect, test, type Browser, type Page } from "@playwright/test";
import { startObservation, storageStateOf, type Role } from "./fixtures";

async function pageAs(browser: Browser, role: Role) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

const INTERNAL_NOTE = "Запрос в пресс-службу отправлен, ответа пока нет";
const PUBLIC_NOTE = "Второй обзор: аккаунт по-прежнему ведёт сам.";

/** The openness row of an official in the public embed: "k of 6 parts assessed" and the parts. */
async function opennessOf(page: Page, name: string) {
  await page.goto("/embed/comparison?lang=en&metric=openness");
  return (await page.getByRole("row", { name: new RegExp(name) }).textContent()) ?? "";
}

/** What the embed shows of one official on one platform, in reach mode. */
async function reachRow(page: Page, name: string) {
  await page.goto("/embed/comparison?lang=en");
  return page.getByRole("row", { name: new RegExp(name) });
}

test("a second round of the story's survey: partial repeats lose nothing known, and no internal note is published", async ({ browser }) => {
  const visitor = await browser.newPage();
  const opennessBefore = await opennessOf(visitor, "Жусуп Жумагулов");
  const assessedBefore = opennessBefore.match(/(\d) of 6 parts assessed/)?.[1];
  expect(assessedBefore).toBeDefined();

  // Zhumagulov's Instagram: only the followers counted again, with an internal and a public note.
  const reporter = await pageAs(browser, "reporter");
  await startObservation(reporter, "Жусуп Жумагулов — Deputy akim", "INSTAGRAM");
  await expect(reporter.getByText("Filled in from what is published.", { exact: false })).toBeVisible();
  await expect(reporter.getByLabel("Visibility", { exact: true })).toHaveValue("PUBLIC");
  await expect(reporter.getByText(/^Last seen /).first()).toBeVisible();
  await reporter.getByLabel("Followers", { exact: true }).fill("около 11 тысяч");
  await reporter.getByLabel("Internal note").fill(INTERNAL_NOTE);
  await reporter.getByLabel("Public note").fill(PUBLIC_NOTE);
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporter.getByText("Submitted for review.")).toBeVisible();
  const entries = [new URL(reporter.url()).pathname.split("/").pop()!];

  // Nurmukhambetov's Facebook page: visibility looked at again and the same, the last post known only to the year.
  await startObservation(reporter, "Гауез Нурмухамбетов — Akim", "FACEBOOK");
  await reporter.getByRole("checkbox", { name: "Seen again now: Visibility" }).check();
  await reporter.getByLabel("Last post", { exact: true }).fill("2025");
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporter.getByText("Submitted for review.")).toBeVisible();
  entries.push(new URL(reporter.url()).pathname.split("/").pop()!);

  // The editor sees each entry's diff with what was changed, confirmed and not re-checked, then approves.
  const editor = await pageAs(browser, "editor");
  for (const id of entries) {
    await editor.goto(`/review/${id}`);
    await expect(editor.getByText("Not re-checked", { exact: false }).first()).toBeVisible();
    await editor.getByRole("button", { name: "Approve and open next" }).click();
    await expect(editor.getByText(/^Approved\./)).toBeVisible();
  }

  // Nothing known was lost: the openness index assessed as many parts as before, and carried values say since when.
  const opennessAfter = await opennessOf(visitor, "Жусуп Жумагулов");
  expect(opennessAfter.match(/(\d) of 6 parts assessed/)?.[1]).toBe(assessedBefore);
  const zhumagulov = await reachRow(visitor, "Жусуп Жумагулов");
  await expect(zhumagulov).toContainText("11,000");
  await expect(zhumagulov).toContainText("not re-checked since");

  // The open data: the public note is there, the internal note nowhere; the year-only date as "2025", YEAR.
  const json = await (await visitor.request.get("/api/public/observations.json")).text();
  const csv = await (await visitor.request.get("/api/public/observations.csv")).text();
  for (const body of [json, csv]) {
    expect(body).not.toContain(INTERNAL_NOTE);
    expect(body).toContain(PUBLIC_NOTE);
  }
  const observations = (JSON.parse(json) as { data: Record<string, unknown>[] }).data;
  const second = observations.find((o) => o.publicNote === PUBLIC_NOTE)!;
  expect(second.visibility).toBe("PUBLIC");
  expect(second.contentKinds).toEqual(expect.arrayContaining(["OFFICIAL_WORK", "PERSONAL_LIFE", "FAMILY"]));
  expect((second.notRechecked as { field: string }[]).map((entry) => entry.field)).toEqual(expect.arrayContaining(["visibility", "contentKinds"]));
  const yearOnly = observations.find(
    (o) => (o.official as { name: string }).name === "Гауез Нурмухамбетов" && o.platform === "FACEBOOK" && o.lastPostAt === "2025",
  );
  expect(yearOnly?.lastPostAtPrecision).toBe("YEAR");
  expect((yearOnly?.notRechecked as { field: string }[]).map((entry) => entry.field)).not.toContain("visibility");
});
