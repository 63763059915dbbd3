import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CopyCode } from "@/components/embed/copy-code";
import { embedCode } from "@/components/embed/embed-code";
import { SavedEmbedForm } from "@/components/embed/saved-embed-form";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { idleState } from "@/lib/validation/form-state";
import type { SearchParams } from "@/lib/validation/search-params";
import { saveEmbedAction } from "./actions";
import { builderQuery, embedBuilderView } from "./builder-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("embedBuilder"))("title") };
}

/**
 * The embed builder: the view chosen through the address (a GET form), its preview, the code for its plain address,
 * and, below, saving it with an article's headline under a short address of its own (issue 17, part 5).
 */
export default async function EmbedBuilderPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("embed.build");
  const [{ form, path, title, origin }, t, ts] = await Promise.all([
    searchParams.then((search) => embedBuilderView({ viewer, query: builderQuery(search) })),
    getTranslations("embedBuilder"),
    getTranslations("savedEmbeds"),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
        <TextLink href="/embed-builder/saved">{ts("link")}</TextLink>
      </div>
      {form}
      <section aria-labelledby="preview" className="flex flex-col gap-3">
        <h2 id="preview" className="text-xl font-semibold">
          {t("preview")}
        </h2>
        <p className="text-sm break-all text-zinc-700 dark:text-zinc-300">
          <a href={path} className="text-blue-800 underline dark:text-blue-300">
            {origin}
            {path}
          </a>
        </p>
        <iframe src={path} title={title} className="h-[36rem] w-full max-w-3xl resize rounded-lg border border-zinc-300 dark:border-zinc-700" />
        <CopyCode id="embed-code" code={embedCode({ src: `${origin}${path}`, title })} label={t("code")} copyLabel={t("copy")} copiedLabel={t("copied")} />
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("codeHelp")}</p>
      </section>
      <section aria-labelledby="save" className="flex flex-col gap-3">
        <h2 id="save" className="text-xl font-semibold">
          {ts("saveHeading")}
        </h2>
        <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">{ts("saveIntro")}</p>
        <SavedEmbedForm action={saveEmbedAction} initialState={idleState()} view={path} />
      </section>
    </div>
  );
}
