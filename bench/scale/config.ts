/** What the generator makes: the sizes of the country and the seeded randomness that shapes it. */
export type ScaleConfig = {
  /** Fed to every pseudo-random draw: the same seed gives the same rows, byte for byte. */
  seed: number;
  officials: number;
  accounts: number;
  /** All observations, the not-found searches included. */
  observations: number;
  /** Share of observations that are searches which found nothing. */
  notFoundShare: number;
  reporters: number;
  editors: number;
  /** The observations span [periodStart, periodEnd] (dates, UTC). Fixed, not "today", so that reruns agree. */
  periodStart: string;
  periodEnd: string;
};

export const SCALES = ["story", "small", "full"] as const;
export type Scale = (typeof SCALES)[number];

const FULL: ScaleConfig = {
  seed: 42,
  officials: 5_000,
  accounts: 20_000,
  observations: 1_000_000,
  notFoundShare: 0.1,
  reporters: 30,
  editors: 6,
  periodStart: "2023-11-16",
  periodEnd: "2026-11-15",
};

/** `story` adds nothing (the seed alone); `small` is a twentieth of `full`, for trying the generator out. */
export const PRESETS: Record<Scale, ScaleConfig | null> = {
  story: null,
  small: { ...FULL, officials: 250, accounts: 1_000, observations: 50_000 },
  full: FULL,
};
