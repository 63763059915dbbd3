import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { storageStateOf, type Role } from "./fixtures";

async function pageAs(browser: Browser, role: Role): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

/** An outlet's article on another origin (127.0.0.1, not localhost), holding the code the builder gives. */
async function articleServer(embedCode: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html><head><meta name="viewport" content="width=device-width,initial-scale=1"><title>Article</title></head><body style="margin:0;font-family:serif"><h1>An article</h1><p>Before the embed.</p>${embedCode}<p id="after">After the embed.</p></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test("the builder's code resizes the embed to its content inside another site's page, on a phone and a desktop", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  await editor.goto("/embed-builder");
  await editor.getByLabel("Embed language").selectOption("en");
  await editor.getByRole("button", { name: "Show" }).click();
  await expect(
    editor.frameLocator("iframe[title='Officials on social media: comparison']").getByRole("heading", { name: "Officials on social media" }),
  ).toBeVisible();
  const code = await editor.getByLabel("Code for the article").inputValue();
  expect(code).toContain(`${BASE_URL}/embed/comparison?lang=en`);
  // An article's embed is pinned by default to the day its code is made (issue 17, part 5), and says so.
  expect(code).toMatch(/\/embed\/comparison\?lang=en&amp;asOf=(\d{4}-\d{2}-\d{2})&amp;published=\1"/);
  await expect(editor.frameLocator("iframe[title='Officials on social media: comparison']").getByText(/· data as of /)).toBeVisible();

  const { url, server } = await articleServer(code);
  try {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 1280, height: 800 },
    ]) {
      const context = await browser.newContext({ viewport });
      const reader = await context.newPage();
      await reader.goto(url);
      const frame = reader.frameLocator("iframe[data-ashyq-embed]");
      await expect(frame.getByRole("table", { name: "North Kazakhstan Region Akimat" })).toBeVisible();
      // The frame grows to its content: no inner scrollbar, no gap below.
      await expect
        .poll(async () => {
          const frameHeight = await reader.locator("iframe[data-ashyq-embed]").evaluate((element) => element.getBoundingClientRect().height);
          const contentHeight = await frame.locator("html").evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
          return Math.abs(frameHeight - contentHeight);
        })
        .toBeLessThanOrEqual(1);
      const overflow = await frame.locator("html").evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow, `no sideways scroll at ${viewport.width}px`).toBeLessThanOrEqual(0);
      await context.close();
    }
  } finally {
    server.close();
  }
});

test("live is the editor's choice: the embed's address has no date, and the embed says it is live", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  await editor.goto("/embed-builder?lang=en");
  await expect(editor.getByRole("radio", { name: "Pinned to the day" })).toBeChecked();
  await editor.getByRole("radio", { name: "Live (always the latest published data)" }).check();
  await editor.getByRole("button", { name: "Show" }).click();
  const code = await editor.getByLabel("Code for the article").inputValue();
  expect(code).toContain(`${BASE_URL}/embed/comparison?lang=en"`);
  const frame = editor.frameLocator("iframe[title='Officials on social media: comparison']");
  await expect(frame.getByText(/· live: the latest published data, updated /)).toBeVisible();
});

test("an article pinned to the story's survey wave: the embed names the wave and says its figures will not change", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  await editor.goto("/embed-builder?lang=en");
  await editor.getByRole("radio", { name: "Pinned to a survey wave" }).check();
  await editor.getByRole("combobox", { name: "Pinned to a survey wave" }).selectOption({ label: "Август 2024 (closed)" });
  await editor.getByRole("button", { name: "Show" }).click();
  await expect(editor.getByRole("radio", { name: "Pinned to a survey wave" })).toBeChecked();
  const code = await editor.getByLabel("Code for the article").inputValue();
  expect(code).toMatch(new RegExp(`${BASE_URL}/embed/comparison\\?lang=en&amp;wave=[a-z0-9]+"`));
  const frame = editor.frameLocator("iframe[title='Officials on social media: comparison']");
  await expect(frame.getByText(/survey wave “Август 2024”, closed .*: these figures will not change/)).toBeVisible();
  await expect(frame.getByRole("table", { name: "North Kazakhstan Region Akimat" })).toContainText("Жусуп Жумагулов");
});

test("embeds may be framed anywhere and set no cookie; every other page refuses framing", async ({ request }) => {
  for (const path of ["/embed/comparison?lang=ru", "/embed/comparison?metric=openness&lang=kk"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["set-cookie"]).toBeUndefined();
    expect(headers["x-frame-options"]).toBeUndefined();
    expect(headers["content-security-policy"]).toContain("frame-ancestors *");
    expect(headers["content-security-policy"]).toContain("script-src 'sha256-");
    expect(headers["etag"]).toBeTruthy();
    const again = await request.get(path, { headers: { "If-None-Match": headers["etag"]! } });
    expect(again.status()).toBe(304);
  }
  for (const path of ["/login", "/methodology", "/api/health"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
});

test("a repeated embed request is answered from the production server's memory, before Next", async ({ request }) => {
  // A query parameter the embed ignores gives an address nobody has asked for yet: the first answer is Next's.
  const path = `/embed/comparison?lang=kk&probe=${Date.now()}`;
  const first = await request.get(path);
  expect(first.status()).toBe(200);
  expect(first.headers()["x-ashyq-cache"]).toBeUndefined();
  // The handed-over copy stays fresh until the publication version is due again (at most a second, maybe less):
  // asked again, memory answers within a try or two, with the same page.
  await expect
    .poll(async () => {
      const again = await request.get(path);
      return again.headers()["x-ashyq-cache"] === "hit" && (await again.text()) === (await first.text());
    })
    .toBe(true);
});

test("a reader on a phone sees the story's figures, marks explained, and no script but the resize one", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: true });
  const reader = await context.newPage();
  await reader.goto("/embed/comparison?lang=en&asOf=2024-08-31");
  await expect(reader.getByText(/as of 31 August 2024/)).toBeVisible();
  const region = reader.getByRole("table", { name: "North Kazakhstan Region Akimat" });
  await expect(region.getByRole("row", { name: /Жусуп Жумагулов/ })).toContainText("≈ 10,000 followers");
  await expect(region.getByRole("row", { name: /Марат Тасмаганбетов/ })).toContainText("not found");
  await expect(reader.getByText(/“Not found”: a reporter searched/)).toBeVisible();
  await expect(reader.getByRole("link", { name: "How we count" })).toHaveAttribute("href", "/methodology?lang=en");
  expect(await reader.locator("script").count()).toBe(1);
  await context.close();
});

test("pages run only scripts carrying their response's nonce, and HSTS is sent over HTTPS", async ({ request }) => {
  const first = (await request.get("/login")).headers()["content-security-policy"]!;
  const second = (await request.get("/login")).headers()["content-security-policy"]!;
  const scriptSrc = (policy: string) => policy.split(";").find((part) => part.trim().startsWith("script-src"))!;
  expect(scriptSrc(first)).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(scriptSrc(first)).not.toContain("unsafe-inline");
  expect(scriptSrc(first)).not.toEqual(scriptSrc(second));
  expect((await request.get("/login")).headers()["strict-transport-security"]).toBeUndefined();
  expect((await request.get("/login", { headers: { "X-Forwarded-Proto": "https" } })).headers()["strict-transport-security"]).toContain("max-age=");
});

test("a Server Action posted from a foreign origin is refused", async ({ request }) => {
  const page = await (await request.get("/login")).text();
  const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(page)?.[1];
  expect(actionField, "the sign-in form posts to a Server Action").toBeTruthy();
  const response = await request.post("/login", {
    headers: { Origin: "https://attacker.example" },
    multipart: { [actionField!]: "", email: "editor@demo.ashyq", password: "ashyq-demo-password" },
    maxRedirects: 0,
  });
  expect(response.status()).not.toBe(303);
  expect(response.headers()["set-cookie"] ?? "").not.toContain("authjs.session-token");
});
