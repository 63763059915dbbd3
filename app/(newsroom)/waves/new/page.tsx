import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import { WaveForm } from "@/components/waves/wave-form";
import { requirePermission } from "@/lib/auth/viewer";
import { idleState } from "@/lib/validation/form-state";
import { saveWaveAction } from "../actions";
import { waveFormOptions } from "../wave-form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("waves"))("newTitle") };
}

export default async function NewWavePage() {
  const viewer = await requirePermission("wave.manage");
  const [t, tp, locale] = await Promise.all([getTranslations("waves"), getTranslations("platforms"), getLocale()]);
  const options = await waveFormOptions({ viewer, locale, platformLabel: (platform) => tp(platform) });
  return (
    <div className="flex flex-col gap-4">
      <TextLink href="/waves" className="text-sm">
        ← {t("back")}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <WaveForm action={saveWaveAction} akimats={options.akimats} platforms={options.platforms} initialState={idleState()} />
    </div>
  );
}
