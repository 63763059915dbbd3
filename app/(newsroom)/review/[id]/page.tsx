import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EvidenceList } from "@/components/observation-form/evidence-list";
import { ObservationSummary } from "@/components/observation-form/observation-summary";
import { ReviewDecisionForm } from "@/components/review/review-decision-form";
import { ReviewDiff } from "@/components/review/review-diff";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/status-badge";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { getReview } from "@/lib/data/observations/get-review";
import { REVIEW_DECISION_KINDS, REVIEW_DECISIONS } from "@/lib/domain/review-workflow";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

export default async function ReviewObservationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("review.queue");
  const review = await getReview({ viewer, id: (await params).id });
  if (!review) notFound();
  const { observation, previous } = review;
  const [t, ts, tp, format] = await Promise.all([getTranslations("review"), getTranslations("status"), getTranslations("platforms"), getFormatter()]);
  const decisions = REVIEW_DECISION_KINDS.filter((kind) => can(viewer, REVIEW_DECISIONS[kind].action, observation));
  const own = observation.authorId === viewer.id;
  return (
    <div className="flex flex-col gap-5">
      <TextLink href="/review" className="text-sm">
        ← {t("backToQueue")}
      </TextLink>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t("reviewTitle", { official: observation.official.fullName, platform: tp(observation.platform) })}</h1>
        <StatusBadge status={observation.status} label={ts(observation.status)} />
      </div>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("submittedBy", { name: observation.author.name })}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <ObservationSummary observation={observation} />
          <EvidenceList evidence={observation.evidence} />
        </div>
        <div className="flex flex-col gap-6">
          <ReviewDiff previous={previous} current={observation} />
          {observation.status !== "SUBMITTED" ? (
            <Notice>{t("notSubmitted", { status: ts(observation.status) })}</Notice>
          ) : own ? (
            <Notice tone="warning">{t("ownEntry")}</Notice>
          ) : (
            <div className="flex flex-col gap-6 rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
              {decisions.map((kind) => (
                <ReviewDecisionForm key={kind} kind={kind} id={observation.id} version={observation.version} />
              ))}
            </div>
          )}
          {observation.reviews.length > 0 && (
            <section aria-labelledby="decisions-title">
              <h2 id="decisions-title" className="text-lg font-semibold">
                {t("decisions")}
              </h2>
              <ul className="flex flex-col gap-2 text-sm">
                {observation.reviews.map((r) => (
                  <li key={r.id}>
                    <p className="font-semibold">
                      {t("decided", {
                        decision: t(`decision.${r.decision}`),
                        name: r.editor.name,
                        date: format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                      })}
                    </p>
                    {r.comment && <p className="whitespace-pre-line">{r.comment}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
