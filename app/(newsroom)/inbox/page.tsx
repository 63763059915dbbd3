import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InboxList } from "@/components/inbox/inbox-list";
import { Notice } from "@/components/ui/notice";
import { requireViewer } from "@/lib/auth/viewer";
import { listInbox } from "@/lib/data/inbox/list-inbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

/** The signed-in person's inbox: what editors decided about their observations, unread first. */
export default async function InboxPage() {
  const viewer = await requireViewer();
  const [{ unread, unreadTotal, read }, t] = await Promise.all([listInbox({ viewer }), getTranslations("inbox")]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      {unread.length === 0 && read.length === 0 ? (
        <Notice>{t("empty")}</Notice>
      ) : (
        <>
          <section className="flex flex-col gap-3">
            <h2 id="inbox-unread" className="text-lg font-semibold">
              {t("unread")} ({unreadTotal})
            </h2>
            {unread.length ? <InboxList entries={unread} labelledBy="inbox-unread" /> : <p>{t("allRead")}</p>}
            {unreadTotal > unread.length && <p className="text-sm">{t("moreUnread", { shown: unread.length, total: unreadTotal })}</p>}
          </section>
          {read.length > 0 && (
            <section className="flex flex-col gap-3">
              <h2 id="inbox-read" className="text-lg font-semibold">
                {t("read")}
              </h2>
              <InboxList entries={read} labelledBy="inbox-read" />
            </section>
          )}
        </>
      )}
    </div>
  );
}
