import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToReadableStream } from "react-dom/server";
import ru from "@/lib/i18n/messages/ru";

/**
 * A page or component as the server renders it to HTML, inside next-intl's provider, which its client components
 * read (Server Components' translators are mocked per test file: vi.mock is hoisted per file).
 */
export async function renderHtml(node: ReactNode, { locale = "ru", messages = ru }: { locale?: string; messages?: object } = {}): Promise<string> {
  const stream = await renderToReadableStream(
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Asia/Almaty">
      {node}
    </NextIntlClientProvider>,
  );
  await stream.allReady;
  return new Response(stream).text();
}
