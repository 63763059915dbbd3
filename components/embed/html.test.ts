import { describe, expect, it } from "vitest";
import { escapeHtml, html, safeHref } from "./html";

describe("the embeds' html tag", () => {
  it("escapes every interpolated string, in text and in attributes", () => {
    const name = `<script>alert("x")</script>' onmouseover='x`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      `<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;x</p>`,
    );
  });

  it("nests its own output without escaping it twice, and joins lists", () => {
    const items = ["a&b", "Жұмағұлов"].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe("<ul><li>a&amp;b</li><li>Жұмағұлов</li></ul>");
  });

  it("renders nothing for null, undefined and false, and numbers as text", () => {
    expect(html`${null}${undefined}${false}${0}${12.5}`.value).toBe("012.5");
  });

  it("keeps Kazakh, emoji, right-to-left overrides and zero-width characters as they are", () => {
    expect(escapeHtml("Ерең еңбегі үшін 🇰🇿 \u202Egnp.exe \u200B")).toBe("Ерең еңбегі үшін 🇰🇿 \u202Egnp.exe \u200B");
  });

  it("links only http and https addresses", () => {
    expect(safeHref("https://instagram.com/akim?x=1")).toBe("https://instagram.com/akim?x=1");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,<script>")).toBeNull();
    expect(safeHref("not a url")).toBeNull();
    expect(safeHref(null)).toBeNull();
  });
});
