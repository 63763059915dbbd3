import { html, type SafeHtml } from "./html";

export function embedHeader({ title, subtitle }: { title: string; subtitle: string }): SafeHtml {
  return html`<header><h1>${title}</h1><p class="meta">${subtitle}</p></header>`;
}

/** What every embed owes its reader: what the marks mean, that only approved data is shown, and how it is counted. */
export function embedFooter({ lines, methodology }: { lines: (string | null)[]; methodology: { href: string; label: string } }): SafeHtml {
  return html`<footer>${lines.filter(Boolean).map((line) => html`<p>${line}</p>`)}<p><a href="${methodology.href}">${methodology.label}</a></p></footer>`;
}
