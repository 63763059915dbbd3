import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { TextLink } from "@/components/ui/text-link";
import { WaveForm } from "@/components/waves/wave-form";
import { requirePermission } from "@/lib/auth/viewer";
import { getWave } from "@/lib/data/waves/get-wave";
import { toDateOnlyInput } from "@/lib/domain/time";
import { saveWaveAction } from "../../actions";
import { waveFormOptions } from "../../wave-form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("waves"))("editTitle") };
}

export default async function EditWavePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission("wave.manage");
  const wave = await getWave({ viewer, id: (await params).id });
  if (!wave) notFound();
  const [t, tp, locale] = await Promise.all([getTranslations("waves"), getTranslations("platforms"), getLocale()]);
  const options = await waveFormOptions({ viewer, locale, platformLabel: (platform) => tp(platform) });
  const values = {
    name: wave.name,
    opensOn: toDateOnlyInput(wave.opensOn),
    dueOn: toDateOnlyInput(wave.dueOn),
    akimatIds: wave.akimats.map((akimat) => akimat.id).join(","),
    includeDistricts: wave.includeDistricts ? "yes" : "",
    platforms: wave.platforms.join(","),
    methodology: wave.methodology ?? "",
  };
  return (
    <div className="flex flex-col gap-4">
      <TextLink href={`/waves/${wave.id}`} className="text-sm">
        ← {wave.name}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <WaveForm
        action={saveWaveAction}
        akimats={options.akimats}
        platforms={options.platforms}
        record={{ id: wave.id, version: wave.version }}
        initialState={{ outcome: "idle", values }}
      />
    </div>
  );
}
