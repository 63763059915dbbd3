import "server-only";
import { akimatName } from "@/components/comparison/akimat-name";
import type { Viewer } from "@/lib/auth/permissions";
import { listAkimats } from "@/lib/data/registry/list-akimats";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";

/** What the wave form offers: the akimats still in place, named in the reader's language, and every platform. */
export async function waveFormOptions({ viewer, locale, platformLabel }: { viewer: Viewer; locale: string; platformLabel: (platform: string) => string }) {
  const akimats = await listAkimats({ viewer });
  return {
    akimats: akimats.filter((akimat) => !akimat.endedOn).map((akimat) => ({ id: akimat.id, name: akimatName(akimat, locale) })),
    platforms: PLATFORM_ORDER.map((platform) => ({ value: platform, label: platformLabel(platform) })),
  };
}
