import { expect, test, type Browser } from "@playwright/test";
import { startObservation, storageStateOf, type Role } from "./fixtures";

async function pageAs(browser: Browser, role: Role) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

test("a reporter's observation, approved by an editor, reaches the dashboard and the public embed", async ({ browser }) => {
  // The reporter records a repeat observation of Rustem Kurmanov's Facebook profile and submits it.
  const reporter = await pageAs(browser, "reporter");
  await startObservation(reporter, "Рустем Курманов — Deputy akim", "FACEBOOK");
  await reporter.getByLabel("Observed at").fill("2024-09-20T10:30");
  await reporter.getByLabel("Friends", { exact: true }).fill("3 210");
  await reporter.getByLabel("Public note").fill("Still no posts of his own.\nOnly tagged by others.");
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporter.getByText("Submitted for review.")).toBeVisible();
  await expect(reporter.getByText("This observation is Submitted and can no longer be edited here.")).toBeVisible();

  // Not yet public: neither the embed nor the dashboard shows the new figure.
  const visitor = await browser.newPage();
  await visitor.goto("/embed/comparison?lang=en");
  await expect(visitor.getByRole("heading", { name: "Officials on social media" })).toBeVisible();
  await expect(visitor.getByText("3,210 friends")).toHaveCount(0);

  // The editor finds it in the queue, a line saying who and what changed, opens it, reads the diff and approves it.
  const editor = await pageAs(browser, "editor");
  await editor.goto("/review");
  const queue = editor.getByRole("table", { name: "Entries waiting for review" });
  const entry = queue.getByRole("row", { name: /Рустем Курманов/ }).filter({ hasText: "Facebook" });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("Айгерим Репортёрова");
  await expect(entry).toContainText("Friends");
  await entry.getByRole("link", { name: "Рустем Курманов" }).click();
  await expect(editor.getByRole("row", { name: /^Friends/ })).toContainText("3,210");
  await expect(editor.getByRole("region", { name: "Notes" })).toContainText("Still no posts of his own.");
  await editor.getByRole("button", { name: "Approve and open next" }).click();
  await expect(editor.getByText(/^Approved\./)).toBeVisible();
  await editor.goto("/review");
  await expect(queue.getByRole("row", { name: /Рустем Курманов/ }).filter({ hasText: "Facebook" })).toHaveCount(0);

  // The dashboard and the embed now show it, without a restart.
  await editor.goto("/dashboard");
  const region = editor.getByRole("table", { name: "North Kazakhstan Region Akimat" });
  await expect(region.getByRole("row", { name: /Рустем Курманов/ })).toContainText("3,210 friends");
  await visitor.reload();
  await expect(visitor.getByText("3,210 friends")).toBeVisible();
});

test("the embed is public and shows only approved data", async ({ page }) => {
  await page.goto("/embed/comparison?lang=en");
  const city = page.getByRole("table", { name: "Petropavlovsk City Akimat" });
  await expect(city.getByRole("row", { name: /Серик Мухамедиев/ })).toContainText("≈ 2,400 followers");
  // The seeded submitted re-check (2 450) and the draft's note are not published.
  await expect(page.getByText("2,450")).toHaveCount(0);
  await expect(page.getByText(/Демонстрационн/)).toHaveCount(0);
  const region = page.getByRole("table", { name: "North Kazakhstan Region Akimat" });
  await expect(region.getByRole("row", { name: /Марат Тасмаганбетов/ })).toContainText("not found");
  await expect(region.getByRole("row", { name: /Гауез Нурмухамбетов/ })).toContainText("3,517 followers");
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([]);
});

test("an editor cannot approve their own entry", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  await startObservation(editor, "Канат Дузелбаев — Deputy akim", "FACEBOOK");
  await editor.getByLabel("Friends", { exact: true }).fill("почти пять тысяч");
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByText("Submitted for review.")).toBeVisible();
  await editor.goto("/review");
  const own = editor.getByRole("row", { name: /Канат Дузелбаев/ }).filter({ hasText: "Facebook" });
  await expect(own).toContainText("yours: another editor decides");
  await own.getByRole("link", { name: "Канат Дузелбаев" }).click();
  await expect(editor.getByText("You wrote this: another editor must approve it.")).toBeVisible();
  await expect(editor.getByRole("button", { name: /Approve/ })).toHaveCount(0);
});

test("a reporter has no review desk", async ({ browser }) => {
  const reporter = await pageAs(browser, "reporter");
  await reporter.goto("/review");
  await expect(reporter.getByRole("heading", { name: "Review queue" })).toHaveCount(0);
  await expect(reporter.getByRole("link", { name: /Review/ })).toHaveCount(0);
});
