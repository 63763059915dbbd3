import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CopyCode } from "@/components/embed/copy-code";
import { embedCode } from "@/components/embed/embed-code";
import { SavedEmbedForm } from "@/components/embed/saved-embed-form";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { getSavedEmbed } from "@/lib/data/embed/get-saved-embed";
import { savedEmbedViewPath } from "@/lib/domain/saved-embed";
import { builderParamsOf } from "@/lib/validation/saved-embed-input";
import type { SearchParams } from "@/lib/validation/search-params";
import { saveEmbedAction } from "../../actions";
import { builderQuery, embedBuilderView } from "../../builder-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("savedEmbeds"))("editTitle") };
}

const frameClasses = "h-[36rem] w-full max-w-3xl resize rounded-lg border border-zinc-300 dark:border-zinc-700";

/**
 * A saved embed (issue 17, part 5): its address and the article's code, which never change; what it shows, changed
 * with the builder's own form (a GET to this page, previewed before it is saved); and its text. Saving applies
 * both, on the version opened.
 */
export default async function SavedEmbedPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("embed.build");
  const saved = await getSavedEmbed({ viewer, id: (await params).id });
  if (!saved) notFound();
  const search = await searchParams;
  // The builder's form sends its kind: the editor is choosing another view. Otherwise the page starts from the saved one.
  const choosing = typeof search.kind === "string";
  const [builder, t, format] = await Promise.all([
    embedBuilderView({ viewer, query: choosing ? builderQuery(search) : builderParamsOf(saved.view) }),
    getTranslations("savedEmbeds"),
    getFormatter(),
  ]);
  const savedPath = savedEmbedViewPath(saved.view);
  const view = choosing ? builder.path : savedPath;
  const viewChanged = view !== savedPath;
  const address = `/embed/e/${saved.id}`;
  const done = search.created ? "created" : search.saved ? "saved" : null;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="flex flex-col gap-6">
      <TextLink href="/embed-builder/saved" className="text-sm">
        ← {t("back")}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      {done && <Notice tone="success">{t(`done.${done}`)}</Notice>}
      <section aria-labelledby="address" className="flex flex-col gap-3">
        <h2 id="address" className="text-xl font-semibold">
          {t("address")}
        </h2>
        <p className="text-sm break-all">
          <a href={address} className="text-blue-800 underline dark:text-blue-300">
            {builder.origin}
            {address}
          </a>
        </p>
        {/* The frame's title is the same whatever is fixed later: the article's code never has to change. */}
        <CopyCode
          id="saved-embed-code"
          code={embedCode({ src: `${builder.origin}${address}`, title: t("frameTitle") })}
          label={t("code")}
          copyLabel={t("copy")}
          copiedLabel={t("copied")}
        />
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("codeHelp")}</p>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {t("lastChanged", {
            created: when(saved.createdAt),
            createdBy: saved.createdByName,
            updated: when(saved.updatedAt),
            updatedBy: saved.updatedByName,
            version: saved.version,
          })}
        </p>
      </section>
      <section aria-labelledby="view" className="flex flex-col gap-3">
        <h2 id="view" className="text-xl font-semibold">
          {t("viewHeading")}
        </h2>
        <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">{t("viewHelp")}</p>
        {builder.form}
      </section>
      <section aria-labelledby="saved-preview" className="flex flex-col gap-3">
        <h2 id="saved-preview" className="text-xl font-semibold">
          {viewChanged ? t("previewChanged") : t("previewNow")}
        </h2>
        {viewChanged && <Notice tone="warning">{t("viewChanged")}</Notice>}
        <iframe src={viewChanged ? view : address} title={viewChanged ? builder.title : saved.headline} className={frameClasses} />
      </section>
      <section aria-labelledby="text" className="flex flex-col gap-3">
        <h2 id="text" className="text-xl font-semibold">
          {t("textHeading")}
        </h2>
        <SavedEmbedForm
          action={saveEmbedAction}
          record={{ id: saved.id, version: saved.version }}
          view={view}
          initialState={{
            outcome: "idle",
            values: { headline: saved.headline, intro: saved.intro ?? "", notes: saved.notes ?? "", sourceLine: saved.sourceLine ?? "" },
          }}
        />
      </section>
    </div>
  );
}
