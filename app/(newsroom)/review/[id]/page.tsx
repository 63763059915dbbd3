import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EvidenceList } from "@/components/observation-form/evidence-list";
import { ReviewDecisionForm } from "@/components/review/review-decision-form";
import { ReviewDiff } from "@/components/review/review-diff";
import { ReviewNotes } from "@/components/review/review-notes";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/status-badge";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { getReview } from "@/lib/data/observations/get-review";
import { REVIEW_DECISION_KINDS, REVIEW_DECISIONS } from "@/lib/domain/review-workflow";
import { parseReviewQueueView, reviewQueueQuery } from "@/lib/validation/review-queue-filter";
import { firstValue, type SearchParams } from "@/lib/validation/search-params";
import { approveAndOpenNextAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

/**
 * One entry of the queue, read in the order an editor decides: the diff against the published record, the notes
 * and the evidence, then the decision. The address carries the queue's view (`?platform=…&page=2`), so that
 * "approve and open next" keeps to it and "back to the queue" returns to it.
 */
export default async function ReviewObservationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("review.queue");
  const { id } = await params;
  const [review, search] = await Promise.all([getReview({ viewer, id }), searchParams]);
  if (!review) notFound();
  const { observation, previous } = review;
  const view = parseReviewQueueView(search);
  const queue = reviewQueueQuery(view);
  const notice = firstValue(search.notice);
  const [t, tc, ts, tp, format] = await Promise.all([
    getTranslations("review"),
    getTranslations("common"),
    getTranslations("status"),
    getTranslations("platforms"),
    getFormatter(),
  ]);
  const decisions = REVIEW_DECISION_KINDS.filter((kind) => can(viewer, REVIEW_DECISIONS[kind].action, observation));
  const own = observation.authorId === viewer.id;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const account = observation.account ? [observation.account.label, observation.account.handle].filter(Boolean).join(" · ") : null;
  return (
    <div className="flex max-w-4xl flex-col gap-5">
      <TextLink href={`/review${queue}`} className="text-sm">
        ← {t("backToQueue")}
      </TextLink>
      {notice === "approved" && <Notice tone="success">{t("approvedNext")}</Notice>}
      {notice === "conflict" && <Notice tone="error">{t("conflictHere", { status: ts(observation.status) })}</Notice>}
      {notice === "forbidden" && <Notice tone="error">{t("ownEntry")}</Notice>}
      {notice?.startsWith("error-") && <Notice tone="error">{tc("unexpected", { id: notice.slice(6) })}</Notice>}
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t("reviewTitle", { official: observation.official.fullName, platform: tp(observation.platform) })}</h1>
        <StatusBadge status={observation.status} label={ts(observation.status)} />
      </div>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {[
          account ?? t("noAccount"),
          t("observedOn", { date: when(observation.observedAt) }),
          observation.submittedAt
            ? t("submittedByOn", { name: observation.author.name, date: when(observation.submittedAt) })
            : t("submittedBy", { name: observation.author.name }),
        ].join(" · ")}
      </p>
      <ReviewDiff previous={previous} current={observation} />
      <ReviewNotes observation={observation} />
      {observation.evidence.length > 0 ? <EvidenceList evidence={observation.evidence} /> : <p className="text-sm">{t("noEvidenceAttached")}</p>}
      <section aria-labelledby="decision-title" className="flex flex-col gap-4">
        <h2 id="decision-title" className="text-lg font-semibold">
          {t("decisionTitle")}
        </h2>
        {observation.status !== "SUBMITTED" ? (
          <Notice>{t("notSubmitted", { status: ts(observation.status) })}</Notice>
        ) : own ? (
          <Notice tone="warning">{t("ownEntry")}</Notice>
        ) : (
          <div className="flex flex-col gap-6 rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
            {decisions.includes("approve") && (
              <form action={approveAndOpenNextAction} className="flex flex-col gap-2">
                <input type="hidden" name="id" value={observation.id} />
                <input type="hidden" name="version" value={observation.version} />
                <input type="hidden" name="queue" value={queue.slice(1)} />
                <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("approveNextHelp")}</p>
                <SubmitButton className="self-start">{t("approveAndNext")}</SubmitButton>
              </form>
            )}
            {decisions.map((kind) => (
              <ReviewDecisionForm key={kind} kind={kind} id={observation.id} version={observation.version} queue={queue.slice(1)} />
            ))}
          </div>
        )}
      </section>
      {observation.reviews.length > 0 && (
        <section aria-labelledby="decisions-title">
          <h2 id="decisions-title" className="text-lg font-semibold">
            {t("decisions")}
          </h2>
          <ul className="flex flex-col gap-2 text-sm">
            {observation.reviews.map((r) => (
              <li key={r.id}>
                <p className="font-semibold">{t("decided", { decision: t(`decision.${r.decision}`), name: r.editor.name, date: when(r.createdAt) })}</p>
                {r.comment && <p className="whitespace-pre-line">{r.comment}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
