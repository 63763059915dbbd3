import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateOf, type Role } from "./fixtures";

/**
 * axe-core on every role's pages and on the embeds, in the light and the dark scheme: no serious or critical
 * violation (WCAG 2.1 A and AA rules, colour contrast included).
 */
type Visit = { role: Role | "visitor"; path: string | ((page: Page) => Promise<string>) };

/** The first link to an official's, an akimat's or an observation's page, so that record pages are checked too. */
const firstLink = (prefix: string) => async (page: Page) => {
  await page.goto(prefix === "/review/" ? "/review" : prefix === "/observations/" ? "/observations" : prefix.slice(0, -1));
  const href = await page.locator(`main a[href^="${prefix}"]:not([href$="/new"])`).first().getAttribute("href");
  return href!;
};

const VISITS: Visit[] = [
  { role: "visitor", path: "/login" },
  { role: "visitor", path: "/methodology?lang=en" },
  { role: "visitor", path: "/embed/comparison?lang=en" },
  { role: "visitor", path: "/embed/comparison?lang=ru&metric=openness" },
  { role: "visitor", path: "/embed/comparison?lang=kk&metric=activity&asOf=2024-08-31" },
  // A reporter's home: their open checklist (the demo's open wave, nobody given anything).
  { role: "reporter", path: "/" },
  { role: "reporter", path: "/dashboard?asOf=2024-08-31" },
  { role: "reporter", path: "/observations" },
  { role: "reporter", path: "/observations/new" },
  { role: "reporter", path: firstLink("/observations/") },
  { role: "reporter", path: "/officials" },
  { role: "reporter", path: firstLink("/officials/") },
  { role: "reporter", path: "/account" },
  { role: "reporter", path: "/inbox" },
  { role: "reporter", path: "/waves" },
  {
    role: "reporter",
    path: async (page) => {
      await page.goto("/waves");
      return `${await page.getByRole("link", { name: "Повторный опрос (демо)" }).getAttribute("href")}/checklist`;
    },
  },
  { role: "reporter", path: "/waves/changes?from=2024-08-01&to=2024-09-30" },
  { role: "editor", path: "/review" },
  { role: "editor", path: firstLink("/review/") },
  { role: "editor", path: "/audit" },
  { role: "editor", path: "/akimats" },
  { role: "editor", path: firstLink("/akimats/") },
  { role: "editor", path: "/embed-builder?kind=comparison&lang=en" },
  { role: "editor", path: "/import" },
  { role: "admin", path: "/admin/users" },
  { role: "admin", path: "/admin/users/new" },
];

async function pageFor(browser: Browser, role: Visit["role"]): Promise<Page> {
  const context = await browser.newContext(role === "visitor" ? {} : { storageState: storageStateOf(role) });
  return context.newPage();
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(" "))
          .join(" | ")}`,
    );
}

// axe reads the whole page twice (light, dark): the dashboard, with its charts, takes a while on 2 cores.
test.describe.configure({ timeout: 120_000 });

for (const [index, visit] of VISITS.entries()) {
  const label = typeof visit.path === "string" ? visit.path : `record page #${index}`;
  test(`${visit.role}: ${label}, light and dark`, async ({ browser }) => {
    const page = await pageFor(browser, visit.role);
    const path = typeof visit.path === "string" ? visit.path : await visit.path(page);
    await page.goto(path);
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `${path} (${colorScheme})`).toEqual([]);
    }
    await page.context().close();
  });
}
