import { expect, test, type Browser } from "@playwright/test";
import { startObservation, storageStateOf, type Role } from "./fixtures";

async function pageAs(browser: Browser, role: Role) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

test("changes requested, fixed, approved, shown, then retracted from the embed", async ({ browser }) => {
  const reporter = await pageAs(browser, "reporter");
  await startObservation(reporter, "Ержан Мустафин — Deputy akim", "INSTAGRAM");
  await reporter.getByLabel("Visibility", { exact: true }).selectOption("CLOSED");
  await reporter.getByLabel("Followers", { exact: true }).fill("700");
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporter.getByText("Submitted for review.")).toBeVisible();
  const observationUrl = reporter.url().replace(/\?.*$/, "");

  // The editor compares it with the survey's figure and sends it back with a comment.
  const editor = await pageAs(browser, "editor");
  await editor.goto("/review");
  const entry = editor.getByRole("row", { name: /Ержан Мустафин/ }).filter({ hasText: "Instagram" });
  await expect(entry).toContainText("Followers");
  await expect(entry).toContainText("followers ±⅓");
  await entry.getByRole("link", { name: "Ержан Мустафин" }).click();
  await expect(editor.getByRole("heading", { name: /Compared with the previous published observation/ })).toBeVisible();
  const followers = editor.getByRole("row", { name: /^Followers/ });
  await expect(followers).toContainText("506");
  await expect(followers).toContainText("700");
  await expect(followers).toContainText("Changed");
  await expect(editor.getByRole("row", { name: /^Result/ })).toContainText("Confirmed");
  await expect(editor.getByText("Followers moved by more than a third.")).toBeVisible();
  // The diff, the notes and the evidence come before the decision.
  const headings = await editor.getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.indexOf("Decision")).toBeGreaterThan(headings.indexOf("Notes"));
  expect(headings.indexOf("Notes")).toBeGreaterThan(headings.findIndex((h) => h.startsWith("Compared with")));
  await editor.getByRole("button", { name: "Request changes" }).click();
  await expect(editor.getByText("Write a comment", { exact: false })).toBeVisible();
  await editor.getByLabel("Comment for the reporter").fill("Add the exact count from the profile, please.");
  await editor.getByRole("button", { name: "Request changes" }).click();
  await expect(editor.getByText("Sent back to the reporter.")).toBeVisible();

  // The reporter's inbox has it, unread, with the comment; it links to the observation, and opening it reads it.
  await reporter.goto("/inbox");
  await expect(reporter.getByRole("link", { name: /^Inbox \([1-9]\d*\)$/ })).toBeVisible();
  const sentBack = reporter
    .getByRole("list", { name: /Unread/ })
    .getByRole("listitem")
    .filter({ hasText: "Add the exact count from the profile, please." });
  await expect(sentBack).toContainText("Changes requested");
  await sentBack.getByRole("link", { name: /Ержан Мустафин · Instagram/ }).click();
  await expect(reporter).toHaveURL(observationUrl);
  await reporter.goto("/inbox");
  await expect(
    reporter
      .getByRole("list", { name: /Read earlier/ })
      .getByRole("listitem")
      .filter({ hasText: "Add the exact count from the profile, please." }),
  ).toBeVisible();

  // The reporter sees the comment beside the form, fixes and resubmits.
  await reporter.goto(observationUrl);
  await expect(reporter.getByText("Add the exact count from the profile, please.")).toBeVisible();
  await reporter.getByLabel("Followers", { exact: true }).fill("655");
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporter.getByText("Submitted for review.")).toBeVisible();

  await editor.goto("/review");
  await editor
    .getByRole("row", { name: /Ержан Мустафин/ })
    .filter({ hasText: "Instagram" })
    .getByRole("link", { name: "Ержан Мустафин" })
    .click();
  await editor.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(editor.getByText("Approved.")).toBeVisible();

  const visitor = await browser.newPage();
  const row = visitor.getByRole("table", { name: "Petropavlovsk City Akimat" }).getByRole("row", { name: /Ержан Мустафин/ });
  await expect(async () => {
    await visitor.goto("/embed/comparison?lang=en");
    await expect(row).toContainText("655 followers", { timeout: 500 });
  }).toPass({ timeout: 10_000 });

  // Retracted: gone from the embed at once, the survey's figure is back, and the newsroom sees it marked.
  await editor.goto(observationUrl);
  await editor.getByLabel("Why is it retracted?").fill("Counted before the account was reopened.");
  await editor.getByRole("button", { name: "Retract" }).click();
  await expect(editor.getByText("Retracted: removed from everything public.")).toBeVisible();
  await expect(editor.getByText("observation.retract")).toBeVisible();
  // The embed is cached per publication version, looked up at most once a second: within seconds, it shows.
  await expect(async () => {
    await visitor.reload();
    await expect(row).toContainText("506 followers", { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await expect(row).not.toContainText("655");
});

test("the audit trail is for editors and admins", async ({ browser }) => {
  const admin = await pageAs(browser, "admin");
  await admin.goto("/audit");
  await expect(admin.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  await expect(admin.getByRole("cell", { name: "observation.retract" }).first()).toBeVisible();
  const reporter = await pageAs(browser, "reporter");
  await reporter.goto("/audit");
  await expect(reporter.getByRole("heading", { name: "Audit trail" })).toHaveCount(0);
});

test("the queue filters without JavaScript, marks what is new, and 'approve and open next' keeps to its view", async ({ browser }) => {
  const editorContext = await browser.newContext({ storageState: storageStateOf("editor"), javaScriptEnabled: false });
  const editor = await editorContext.newPage();
  // A fresh look at the queue: what arrives after it is new on the next one.
  await editor.goto("/review");

  const reporter = await pageAs(browser, "reporter");
  for (const followers of ["720", "2 000"]) {
    await startObservation(reporter, "Ержан Мустафин — Deputy akim", "INSTAGRAM");
    await reporter.getByLabel("Followers", { exact: true }).fill(followers);
    await reporter.getByRole("button", { name: "Submit for review" }).click();
    await expect(reporter.getByText("Submitted for review.")).toBeVisible();
  }

  await editor.goto("/review");
  const queue = editor.getByRole("table", { name: "Entries waiting for review" });
  const ours = queue.getByRole("row", { name: /Ержан Мустафин/ }).filter({ hasText: "Instagram" });
  await expect(ours).toHaveCount(2);
  await expect(ours.first()).toContainText("new");
  await editor.getByLabel("Platform").selectOption("INSTAGRAM");
  await editor.getByLabel("Reporter").selectOption({ label: "Айгерим Репортёрова" });
  await editor.getByLabel("Large moves only").check();
  await editor.getByLabel("New since my last visit only").check();
  await editor.getByRole("button", { name: "Filter" }).click();
  await expect(editor).toHaveURL(/platform=INSTAGRAM/);
  await expect(editor).toHaveURL(/flagged=1/);
  await expect(queue.getByRole("row")).toHaveCount(3);
  await expect(editor.getByText("2 entries wait")).toBeVisible();

  await ours.first().getByRole("link", { name: "Ержан Мустафин" }).click();
  await expect(editor).toHaveURL(/platform=INSTAGRAM/);
  await expect(editor.getByRole("row", { name: /^Followers/ })).toContainText("720");
  await editor.getByRole("button", { name: "Approve and open next" }).click();
  await expect(editor.getByText("Approved. Here is the next entry of the queue.")).toBeVisible();
  await expect(editor).toHaveURL(/\/review\/\w+\?.*platform=INSTAGRAM/);
  await expect(editor.getByRole("row", { name: /^Followers/ })).toContainText("2,000");
  await editor.getByRole("button", { name: "Approve and open next" }).click();
  await expect(editor.getByText("Approved. No entry is left after it in this view of the queue.")).toBeVisible();
  await expect(editor).toHaveURL(/\/review\?.*flagged=1/);
  await expect(editor.getByText("Nothing waits for review in this view.")).toBeVisible();
  await editorContext.close();
});
