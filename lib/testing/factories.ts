/**
 * Builders for records, shared by the seed (the story's demo data) and the tests, so that both speak of the
 * same shapes. Each takes the client to write with: the app's, or a transaction's.
 */
import { hashPassword } from "@/lib/auth/password";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

type Client = Pick<PrismaClient, "akimat" | "official" | "position" | "account" | "observation" | "user" | "review" | "wave">;

let sequence = 0;
const next = () => ++sequence;

export async function createUser(client: Client, data: { email?: string; name?: string; role?: Role; password?: string; disabled?: boolean } = {}) {
  const n = next();
  return client.user.create({
    data: {
      email: data.email ?? `user${n}@test.ashyq`,
      name: data.name ?? `Тестовый пользователь ${n}`,
      role: data.role ?? "REPORTER",
      passwordHash: await hashPassword(data.password ?? "correct horse battery staple"),
      disabled: data.disabled ?? false,
    },
  });
}

export function createAkimat(client: Client, data: Partial<Prisma.AkimatUncheckedCreateInput> = {}) {
  const n = next();
  return client.akimat.create({ data: { slug: `akimat-${n}`, name: `Акимат ${n}`, level: "REGION", ...data } });
}

export async function createOfficial(
  client: Client,
  data: Partial<Prisma.OfficialUncheckedCreateInput> & {
    akimatId?: string;
    position?: Partial<Omit<Prisma.PositionUncheckedCreateInput, "officialId">>;
  } = {},
) {
  const { akimatId, position, ...official } = data;
  const created = await client.official.create({ data: { fullName: `Чиновник ${next()}`, ...official } });
  if (akimatId || position?.akimatId) {
    await client.position.create({ data: { officialId: created.id, akimatId: akimatId!, title: "DEPUTY_AKIM", ...position } });
  }
  return created;
}

export function createAccount(client: Client, data: Partial<Prisma.AccountUncheckedCreateInput> & { officialId: string }) {
  return client.account.create({ data: { platform: "INSTAGRAM", kind: "PERSONAL_PROFILE", ...data } });
}

export function createObservation(client: Client, data: Partial<Prisma.ObservationUncheckedCreateInput> & { officialId: string; authorId: string }) {
  return client.observation.create({
    data: {
      platform: "INSTAGRAM",
      observedAt: new Date("2024-08-28T07:00:00Z"),
      existence: data.accountId ? "FOUND" : "NOT_FOUND",
      status: "DRAFT",
      ...data,
    },
  });
}

/** A survey wave over the given akimats, open unless `closedAt` is given (docs/decisions/0017-survey-waves.md). */
export function createWave(client: Client, data: Partial<Omit<Prisma.WaveUncheckedCreateInput, "akimats">> & { akimatIds: string[] }) {
  const { akimatIds, ...wave } = data;
  return client.wave.create({
    data: {
      name: `Волна ${next()}`,
      opensOn: new Date("2024-08-01T00:00:00Z"),
      dueOn: new Date("2024-08-31T00:00:00Z"),
      platforms: ["INSTAGRAM", "FACEBOOK"],
      ...wave,
      akimats: { create: akimatIds.map((akimatId) => ({ akimatId })) },
    },
  });
}
