import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { akimatName } from "@/components/comparison/akimat-name";
import { PositionForm } from "@/components/registry/position-form";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { getOfficial } from "@/lib/data/registry/get-official";
import { listAkimats } from "@/lib/data/registry/list-akimats";
import { toDateOnlyInput } from "@/lib/domain/time";
import { idleState } from "@/lib/validation/form-state";
import { savePositionAction } from "../../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry.position"))("edit") };
}

export default async function EditPositionPage({ params }: { params: Promise<{ id: string; positionId: string }> }) {
  const viewer = await requirePermission("registry.manage");
  const { id, positionId } = await params;
  const [official, akimats, t, locale] = await Promise.all([
    getOfficial({ viewer, id }),
    listAkimats({ viewer }),
    getTranslations("registry.position"),
    getLocale(),
  ]);
  const position = [...(official?.currentPositions ?? []), ...(official?.pastPositions ?? [])].find((p) => p.id === positionId);
  if (!official || !position) notFound();
  const date = (value: Date | null) => (value ? toDateOnlyInput(value) : "");
  return (
    <div className="flex flex-col gap-4">
      <TextLink href={`/officials/${official.id}`} className="text-sm">
        ← {official.fullName}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("editTitle", { name: official.fullName })}</h1>
      <PositionForm
        action={savePositionAction}
        officialId={official.id}
        record={{ id: position.id, version: position.version }}
        akimats={akimats.map((akimat) => ({
          id: akimat.id,
          name: akimat.endedOn ? `${akimatName(akimat, locale)} (${t("akimatEnded")})` : akimatName(akimat, locale),
        }))}
        initialState={idleState({
          akimatId: position.akimat.id,
          title: position.title,
          portfolio: position.portfolio ?? "",
          startedOn: date(position.startedOn),
          endedOn: date(position.endedOn),
        })}
      />
    </div>
  );
}
