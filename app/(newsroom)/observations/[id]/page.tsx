import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTrail } from "@/components/audit/audit-trail";
import { akimatName } from "@/components/comparison/akimat-name";
import { DeleteDraftForm } from "@/components/observation-form/delete-draft-form";
import { EvidenceList } from "@/components/observation-form/evidence-list";
import { ObservationForm } from "@/components/observation-form/observation-form";
import { ObservationSummary } from "@/components/observation-form/observation-summary";
import { ReviewDecisionForm } from "@/components/review/review-decision-form";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/status-badge";
import { TextLink } from "@/components/ui/text-link";
import { can, type Viewer } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { listAuditEntries } from "@/lib/data/audit/list-audit-entries";
import { markReviewsSeen } from "@/lib/data/inbox/mark-reviews-seen";
import { fieldsSeenAt, findObservationToRepeat } from "@/lib/data/observations/find-observation-to-repeat";
import { getObservation } from "@/lib/data/observations/get-observation";
import { findObservationSubject } from "@/lib/data/registry/find-observation-subject";
import { listOpenWavesFor } from "@/lib/data/waves/list-open-waves-for";
import { carriedForm } from "@/lib/validation/carried-input";
import { observationToFormValues } from "@/lib/validation/observation-form-values";
import { saveObservationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observation"))("editTitle") };
}

export default async function ObservationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const viewer = await requireViewer();
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const observation = await getObservation({ viewer, id });
  if (!observation) notFound();
  // Its author has now seen the editors' decisions on it: they leave the inbox's unread list.
  if (observation.authorId === viewer.id) await markReviewsSeen({ viewer, observationId: observation.id });
  const [t, ts, tt, tr, ta, tp, format, locale] = await Promise.all([
    getTranslations("observation"),
    getTranslations("status"),
    getTranslations("titles"),
    getTranslations("review"),
    getTranslations("audit"),
    getTranslations("platforms"),
    getFormatter(),
    getLocale(),
  ]);
  const history = can(viewer, "audit.view") ? (await listAuditEntries({ viewer, filter: { entity: "observation", entityId: observation.id } })).entries : [];
  const editable = can(viewer, "observation.edit", observation);
  const comments = observation.reviews.filter((review) => review.comment);
  const subject = editable ? await findObservationSubject({ viewer, officialId: observation.officialId, platform: observation.platform }) : null;
  const screenshots = observation.evidence.filter((e) => e.kind === "SCREENSHOT");
  // The open waves it may go into; the one it is in stays listed even if it closed since (saving then says so).
  const openWaves = editable ? await listOpenWavesFor({ viewer, officialId: observation.officialId, platform: observation.platform }) : [];
  const waves = [...openWaves, ...(observation.wave && !openWaves.some((wave) => wave.id === observation.waveId) ? [observation.wave] : [])];

  return (
    <div className="flex flex-col gap-5">
      <TextLink href="/observations" className="text-sm">
        ← {t("back")}
      </TextLink>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          {t("editTitle")}: {observation.official.fullName}
        </h1>
        <StatusBadge status={observation.status} label={ts(observation.status)} />
      </div>
      {saved === "draft" && <Notice tone="success">{t("savedDraft")}</Notice>}
      {saved === "submitted" && <Notice tone="success">{t("submitted")}</Notice>}
      {saved === "retracted" && <Notice tone="success">{tr("retracted")}</Notice>}
      {comments.length > 0 && (
        <section aria-labelledby="comments" className="rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950">
          <h2 id="comments" className="font-semibold">
            {t("editorComments")}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {comments.map((review) => (
              <li key={review.createdAt.toISOString()}>
                <p className="whitespace-pre-line">{review.comment}</p>
                <p className="text-xs">
                  {review.editor.name}, {format.dateTime(review.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {editable ? (
        <ObservationForm
          action={saveObservationAction}
          record={{ id: observation.id, version: observation.version }}
          subject={{
            officialId: observation.officialId,
            officialName: observation.official.fullName,
            posts: (subject?.positions ?? []).map((position) => `${tt(position.title)}, ${akimatName(position.akimat, locale)}`).join("; "),
            platform: observation.platform,
            account: observation.account
              ? {
                  id: observation.account.id,
                  name: [observation.account.label, observation.account.handle].filter(Boolean).join(" · ") || tp(observation.platform),
                }
              : null,
          }}
          initialState={{ outcome: "idle", values: await draftValues(viewer, observation) }}
          waves={waves.map((wave) => ({ id: wave.id, name: wave.name }))}
          attached={screenshots.map((shot) => ({ id: shot.id, caption: shot.caption, thumbnailUrl: `/api/evidence/${shot.id}?size=thumb` }))}
        />
      ) : (
        <>
          {observation.authorId === viewer.id && <Notice>{t("readOnly", { status: ts(observation.status) })}</Notice>}
          <ObservationSummary observation={observation} />
          <EvidenceList evidence={observation.evidence} />
          <Link href={`/observations/new?from=${observation.id}`} className={`${buttonClasses("secondary")} self-start`}>
            {t("startFromLast")}
          </Link>
          {can(viewer, "observation.retract", observation) && (
            <section aria-label={tr("retract")} className="max-w-xl rounded-lg border border-red-300 p-4 dark:border-red-800">
              <ReviewDecisionForm kind="retract" id={observation.id} version={observation.version} />
            </section>
          )}
        </>
      )}
      {can(viewer, "observation.delete", observation) && (
        <div className="max-w-xl">
          <DeleteDraftForm id={observation.id} version={observation.version} />
        </div>
      )}
      {history.length > 0 && (
        <section aria-labelledby="history-title" className="flex flex-col gap-2">
          <h2 id="history-title" className="text-lg font-semibold">
            {ta("history")}
          </h2>
          <AuditTrail entries={history} showRecord={false} />
        </section>
      )}
    </div>
  );
}

/**
 * A draft's fields as the form shows them. The fields it left not re-checked are offered as carried again, dated
 * from the account's latest approved observation, so that saving the draft once more does not re-date them.
 */
async function draftValues(viewer: Viewer, observation: Parameters<typeof observationToFormValues>[0] & { uncheckedFields: string[] }) {
  const values = observationToFormValues(observation);
  if (observation.uncheckedFields.length === 0 || !observation.accountId) return values;
  const published = await findObservationToRepeat({ viewer, accountId: observation.accountId });
  if (!published) return values;
  const seenAt = fieldsSeenAt(published);
  const offered = Object.fromEntries(Object.entries(seenAt).filter(([field]) => observation.uncheckedFields.includes(field)));
  return { ...values, carried: JSON.stringify(carriedForm(values, offered)) };
}
