import { expect, test, type APIRequestContext } from "@playwright/test";
import { htmlErrors } from "./html-validator";

/**
 * Issue 17, part 4: every public page is valid HTML as the Nu Html Checker (the W3C's validator) reads it: the
 * pages as the server sends them, before any script runs. The embeds in each language and metric, an official's
 * card, the methodology page in each language. Not yet the sign-in pages nor the newsroom's: React writes
 * action="" on a Server Action's form (the checker wants a non-empty address), streams a loading page's <main>
 * beside the page's own, and streams Suspense placeholders (<template>) into the charts' SVG.
 */
const EMBEDS = [
  "/embed/comparison",
  "/embed/comparison?lang=kk&metric=activity",
  "/embed/comparison?lang=en&metric=openness",
  "/embed/comparison?lang=en&platform=INSTAGRAM&asOf=2024-08-31",
  "/embed/comparison?akimats=nowhere",
  "/embed/changes?lang=en&from=2024-01-01&to=2024-08-31",
  "/embed/changes?lang=kk&from=2024-08-31&to=2024-09-30&akimats=petropavlovsk",
  // With a chart drawn inline as SVG (issue 17, part 5).
  "/embed/comparison?lang=en&chart=reach",
  "/embed/comparison?lang=kk&chart=openness&asOf=2024-08-31",
  "/embed/changes?lang=ru&from=2024-01-01&to=2024-09-30&chart=followers",
  "/embed/changes?lang=en&from=2024-01-01&to=2024-09-30&chart=accounts",
];
const PUBLIC_PAGES = ["/methodology", "/methodology?lang=kk", "/methodology?lang=en"];

/** An official the open data names, for their card and their page. */
async function anOfficial(request: APIRequestContext): Promise<string> {
  const { data } = (await (await request.get("/api/public/officials.json")).json()) as { data: { id: string }[] };
  return data[0]!.id;
}

async function fetched(request: APIRequestContext, urls: string[]) {
  return Promise.all(
    urls.map(async (url) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(200);
      return { url, html: await response.text() };
    }),
  );
}

test("every public page is valid HTML, as the Nu Html Checker reads it", async ({ request }) => {
  const official = await anOfficial(request);
  const documents = await fetched(request, [...EMBEDS, `/embed/official/${official}`, `/embed/official/${official}?lang=en`, ...PUBLIC_PAGES]);
  expect(await htmlErrors(documents)).toEqual([]);
});
