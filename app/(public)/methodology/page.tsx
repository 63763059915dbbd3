import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ACTIVITY_THRESHOLD_DAYS, STALE_AFTER_DAYS } from "@/lib/domain/activity";
import { OPENNESS_MIN_ASSESSED_PARTS, OPENNESS_PARTS } from "@/lib/domain/openness";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/i18n/config";

type Search = { lang?: string };

/**
 * The language asked for in the address (the embeds link to `?lang=` in their own language), else the interface's
 * (the NEXT_LOCALE cookie), as on every other page.
 */
async function pageLocale(searchParams: Promise<Search>): Promise<Locale> {
  const { lang } = await searchParams;
  if (isLocale(lang)) return lang;
  const chosen = await getLocale();
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await pageLocale(searchParams), namespace: "methodology" }))("title") };
}

const section = "flex flex-col gap-2";
const table =
  "w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-zinc-300 [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 dark:[&_td]:border-zinc-700";

/**
 * How Ashyq counts, for readers who follow the link from an embed. The thresholds and points are read from the
 * same constants the dashboard and the embeds compute with, so this page cannot drift from the numbers.
 */
export default async function MethodologyPage({ searchParams }: { searchParams: Promise<Search> }) {
  const locale = await pageLocale(searchParams);
  const [t, ta, to] = await Promise.all([
    getTranslations({ locale, namespace: "methodology" }),
    getTranslations({ locale, namespace: "activity" }),
    getTranslations({ locale, namespace: "openness" }),
  ]);
  const activityRows = [
    ["ACTIVE", t("activityRows.ACTIVE", { days: ACTIVITY_THRESHOLD_DAYS.ACTIVE })],
    ["OCCASIONAL", t("activityRows.OCCASIONAL", { from: ACTIVITY_THRESHOLD_DAYS.ACTIVE + 1, days: ACTIVITY_THRESHOLD_DAYS.OCCASIONAL })],
    ["DORMANT", t("activityRows.DORMANT", { from: ACTIVITY_THRESHOLD_DAYS.OCCASIONAL + 1, days: ACTIVITY_THRESHOLD_DAYS.DORMANT })],
    ["ABANDONED", t("activityRows.ABANDONED", { days: ACTIVITY_THRESHOLD_DAYS.DORMANT })],
    ["CLOSED", t("activityRows.CLOSED")],
    ["NOT_FOUND", t("activityRows.NOT_FOUND")],
    ["UNKNOWN", t("activityRows.UNKNOWN")],
  ] as const;
  return (
    <main lang={locale} className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8 leading-relaxed">
      <nav aria-label={t("languages")} className="flex gap-3 text-sm">
        {LOCALES.map((other) => (
          <a
            key={other}
            href={`?lang=${other}`}
            aria-current={other === locale ? "page" : undefined}
            className="text-blue-800 underline aria-[current=page]:font-bold aria-[current=page]:no-underline dark:text-blue-300"
          >
            {other.toUpperCase()}
          </a>
        ))}
      </nav>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro", { outlet: env.OUTLET_NAME })}</p>
      <section className={section} aria-labelledby="observations">
        <h2 id="observations" className="text-xl font-semibold">
          {t("observationsTitle")}
        </h2>
        <p>{t("observations")}</p>
        <p>{t("notFound")}</p>
        <p>{t("approximate")}</p>
        <p>{t("notes")}</p>
      </section>
      <section className={section} aria-labelledby="as-of">
        <h2 id="as-of" className="text-xl font-semibold">
          {t("asOfTitle")}
        </h2>
        <p>{t("asOf")}</p>
        <p>{t("stale", { days: STALE_AFTER_DAYS })}</p>
      </section>
      <section className={section} aria-labelledby="reach">
        <h2 id="reach" className="text-xl font-semibold">
          {t("reachTitle")}
        </h2>
        <p>{t("reach")}</p>
      </section>
      <section className={section} aria-labelledby="activity">
        <h2 id="activity" className="text-xl font-semibold">
          {t("activityTitle")}
        </h2>
        <p>{t("activity")}</p>
        {/* On a phone a table scrolls inside its box, not the page. */}
        <div className="overflow-x-auto">
          <table className={table}>
            <thead>
              <tr>
                <th scope="col">{ta("label")}</th>
                <th scope="col">{t("rule")}</th>
              </tr>
            </thead>
            <tbody>
              {activityRows.map(([key, rule]) => (
                <tr key={key}>
                  <td className="font-semibold">{ta(key)}</td>
                  <td>{rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>{t("partialDates")}</p>
      </section>
      <section className={section} aria-labelledby="openness">
        <h2 id="openness" className="text-xl font-semibold">
          {to("title")}
        </h2>
        <p>{t("openness")}</p>
        {/* On a phone a table scrolls inside its box, not the page. */}
        <div className="overflow-x-auto">
          <table className={table}>
            <thead>
              <tr>
                <th scope="col">{t("part")}</th>
                <th scope="col">{t("points")}</th>
                <th scope="col">{t("rule")}</th>
              </tr>
            </thead>
            <tbody>
              {OPENNESS_PARTS.map((part) => (
                <tr key={part.key}>
                  <td className="font-semibold">{to(`parts.${part.key}`)}</td>
                  <td className="tabular-nums">{part.max}</td>
                  <td>{t(`opennessRules.${part.key}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>{t("opennessBest")}</p>
        <p>{t("opennessAssessed", { min: OPENNESS_MIN_ASSESSED_PARTS, total: OPENNESS_PARTS.length })}</p>
        <p>{t("opennessNull")}</p>
        <p>{t("opennessMeans")}</p>
      </section>
      <section className={section} aria-labelledby="open-data">
        <h2 id="open-data" className="text-xl font-semibold">
          {t("openDataTitle")}
        </h2>
        <p>{t("openData")}</p>
        <ul className="list-disc pl-6">
          {["/api/public/observations.csv", "/api/public/observations.json", "/api/public/officials.json", "/api/public/popolo.json"].map((href) => (
            <li key={href}>
              <a href={href} className="text-blue-800 underline dark:text-blue-300">
                {href}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
