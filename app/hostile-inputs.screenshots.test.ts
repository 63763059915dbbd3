/**
 * Screenshots as an attacker sends them (issue 13): decompression bombs, a few hundred bytes whose header claims
 * 16000 × 16000 pixels, refused from the header before anything is decoded; image work one image at a time
 * across requests; and no image work at all for a request that is refused anyway (signed out, someone else's
 * observation, an official or account that does not fit, too many files). Through the Server Action, as a form posts.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { saveObservationAction } from "@/app/(newsroom)/observations/actions";
import type { Viewer } from "@/lib/auth/permissions";
import { imageWorkWaiting, withImageSlot } from "@/lib/data/evidence/image-work";
import { db } from "@/lib/db";
import { MAX_SCREENSHOT_PIXELS } from "@/lib/domain/image-type";
import en from "@/lib/i18n/messages/en";
import kk from "@/lib/i18n/messages/kk";
import ru from "@/lib/i18n/messages/ru";
import { form, outcomeOf, session } from "@/lib/testing/action-harness";
import { createAccount, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { asUpload, jpegClaiming, pngClaiming } from "@/lib/testing/hostile-images";
import { withTestDatabase } from "@/lib/testing/test-database";
import type { FormState } from "@/lib/validation/form-state";
import type { FilesDropped, ObservationFormValues } from "@/lib/validation/observation-input";

/** Every sharp pipeline the app starts, and every decode (toBuffer): how many, and how many at once at most. */
const imageWork = vi.hoisted(() => ({ pipelines: 0, decodes: 0, running: 0, mostAtOnce: 0 }));

vi.mock("sharp", async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof import("sharp").default }>()).default;
  const counted = new Proxy(real, {
    apply(target, self, args: Parameters<typeof real>) {
      imageWork.pipelines++;
      const pipeline = Reflect.apply(target, self, args) as ReturnType<typeof real>;
      const decode = pipeline.toBuffer.bind(pipeline) as (...a: unknown[]) => Promise<unknown>;
      pipeline.toBuffer = (async (...a: unknown[]) => {
        imageWork.decodes++;
        imageWork.mostAtOnce = Math.max(imageWork.mostAtOnce, ++imageWork.running);
        try {
          return await decode(...a);
        } finally {
          imageWork.running--;
        }
      }) as typeof pipeline.toBuffer;
      return pipeline;
    },
  });
  return { default: counted };
});
vi.mock("next/navigation", async () => (await import("@/lib/testing/action-harness")).mocks.navigation());
vi.mock("next/cache", async () => (await import("@/lib/testing/action-harness")).mocks.cache());
vi.mock("next/headers", async () => (await import("@/lib/testing/action-harness")).mocks.headers());
vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/action-harness")).mocks.auth());
vi.mock("next-auth", async () => (await import("@/lib/testing/action-harness")).mocks.nextAuth());
vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());

withTestDatabase();

let uploads: string;
let reporter: Viewer;
let otherReporter: Viewer;
let officialId: string;
let accountId: string;
let otherOfficialsAccountId: string;
let facebookAccountId: string;
let screenshot: Buffer;

beforeAll(async () => {
  uploads = await mkdtemp(path.join(tmpdir(), "ashyq-bombs-"));
  process.env.UPLOAD_DIR = uploads;
  const viewer = (user: { id: string; role: Viewer["role"]; name: string; email: string }): Viewer => ({
    id: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
  });
  reporter = viewer(await createUser(db));
  otherReporter = viewer(await createUser(db));
  officialId = (await createOfficial(db, { fullName: "Сания Смаилова" })).id;
  accountId = (await createAccount(db, { officialId })).id;
  facebookAccountId = (await createAccount(db, { officialId, platform: "FACEBOOK" })).id;
  const otherOfficialId = (await createOfficial(db, { fullName: "Ерлан Жумагулов" })).id;
  otherOfficialsAccountId = (await createAccount(db, { officialId: otherOfficialId })).id;
  // A phone's screenshot: big enough that processing it is not instant.
  screenshot = await sharp({ create: { width: 1080, height: 2400, channels: 3, background: "#3060a0" } })
    .png()
    .toBuffer();
});

afterAll(() => rm(uploads, { recursive: true, force: true }));

beforeEach(() => {
  Object.assign(imageWork, { pipelines: 0, decodes: 0, running: 0, mostAtOnce: 0 });
  session.viewer = reporter;
});

type ObservationFormState = FormState<ObservationFormValues, FilesDropped>;
const idle: ObservationFormState = { outcome: "idle", values: {} };
const phoneShot = (name = "screenshot.png") => asUpload(screenshot, name, "image/png");

function observationForm(fields: Record<string, string>, files: File[]): FormData {
  const data = form({ officialId, platform: "INSTAGRAM", accountId, observedAt: "2024-08-28T12:00", existence: "FOUND", intent: "draft", ...fields });
  for (const file of files) data.append("screenshots", file);
  return data;
}

/** The action's answer: the form state it returned, or where it redirected (saved, or sent to sign in). */
async function save(fields: Record<string, string>, files: File[]): Promise<{ state?: ObservationFormState; redirectedTo?: string }> {
  try {
    return { state: await saveObservationAction(idle, observationForm(fields, files)) };
  } catch (error) {
    if (error instanceof Error && "url" in error) return { redirectedTo: String(error.url) };
    throw error;
  }
}

describe("decompression bombs", () => {
  it("refuses a 16000 × 16000 JPEG with an EXIF orientation from its header, without decoding it", async () => {
    const bomb = await jpegClaiming({ width: 16_000, height: 16_000 });
    expect(bomb.length).toBeLessThan(2_000);
    const before = (await readdir(uploads)).length;
    Object.assign(imageWork, { pipelines: 0, decodes: 0 });
    const started = performance.now();
    const { state } = await save(
      {},
      Array.from({ length: 10 }, (_, i) => asUpload(bomb, `bomb-${i}.jpg`)),
    );
    expect(state).toMatchObject({ outcome: "invalid", fieldErrors: { screenshots: ["imageTooManyPixels:bomb-0.jpg"] } });
    expect(imageWork.decodes).toBe(0);
    // Decoding it takes seconds and gigabytes; reading its header, milliseconds.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await readdir(uploads)).length).toBe(before);
  });

  it("refuses a 16000 × 16000 PNG from its header, and a bomb behind a good screenshot leaves nothing behind", async () => {
    const bomb = await pngClaiming({ width: 16_000, height: 16_000 });
    const before = (await readdir(uploads)).length;
    Object.assign(imageWork, { pipelines: 0, decodes: 0 });
    const { state } = await save({}, [phoneShot("fine.png"), asUpload(bomb, "bomb.png", "image/png")]);
    expect(state).toMatchObject({ outcome: "invalid", fieldErrors: { screenshots: ["imageTooManyPixels:bomb.png"] } });
    // Only the good one was decoded (re-encoded, then its thumbnail).
    expect(imageWork.decodes).toBe(2);
    expect((await readdir(uploads)).length).toBe(before);
  });

  it("takes a screenshot of exactly the limit, turned by its orientation, and refuses one pixel row more", async () => {
    expect(MAX_SCREENSHOT_PIXELS).toBe(8000 * 5000);
    const atLimit = await save({}, [asUpload(await jpegClaiming({ width: 5000, height: 8000 }), "limit.jpg")]);
    expect(atLimit.redirectedTo).toMatch(/^\/observations\/\w+\?saved=draft$/);
    const stored = await db.evidence.findFirstOrThrow({ where: { caption: "limit.jpg" } });
    expect([stored.width, stored.height]).toEqual([8000, 5000]);
    const over = await save({}, [asUpload(await jpegClaiming({ width: 5000, height: 8001 }), "over.jpg")]);
    expect(over.state).toMatchObject({ outcome: "invalid", fieldErrors: { screenshots: ["imageTooManyPixels:over.jpg"] } });
  });

  it("states the limit in the form's hint and in the refusal, in every language", () => {
    const megapixels = String(MAX_SCREENSHOT_PIXELS / 1_000_000);
    for (const messages of [ru, kk, en]) {
      expect(messages.observation.screenshotsHelp).toContain(megapixels);
      expect(messages.validation.imageTooManyPixels).toContain(megapixels);
      expect(messages.validation.imageTooManyPixels).toContain("{value}");
    }
  });
});

describe("image work across requests", () => {
  it("waits for the image slot before decoding anything", async () => {
    let release = () => {};
    const holding = withImageSlot(() => new Promise<void>((resolve) => (release = resolve)));
    const saving = save({}, [phoneShot()]);
    await vi.waitFor(() => expect(imageWorkWaiting()).toBe(1), { timeout: 10_000 });
    expect(imageWork.decodes).toBe(0);
    release();
    await holding;
    expect((await saving).redirectedTo).toMatch(/\?saved=draft$/);
    expect(imageWork.decodes).toBe(2);
  });

  it("decodes one image at a time when several requests carry screenshots at once", async () => {
    const answers = await Promise.all([0, 1, 2].map(() => save({}, [phoneShot(), phoneShot()])));
    expect(answers.map((answer) => answer.redirectedTo)).toEqual([
      expect.stringMatching(/saved=draft/),
      expect.stringMatching(/saved=draft/),
      expect.stringMatching(/saved=draft/),
    ]);
    expect(imageWork.decodes).toBe(12);
    expect(imageWork.mostAtOnce).toBe(1);
  });
});

describe("a refused request never processes its files", () => {
  const refusals: [string, () => Promise<{ outcome: string; detail?: unknown }>][] = [
    [
      "signed out",
      async () => ({ outcome: await outcomeOf(() => ((session.viewer = null), saveObservationAction(idle, observationForm({}, [phoneShot()])))) }),
    ],
    [
      "someone else's observation",
      async () => {
        const theirs = await createObservation(db, { officialId, accountId, authorId: otherReporter.id });
        return { outcome: await outcomeOf(() => saveObservationAction(idle, observationForm({ id: theirs.id, version: "1" }, [phoneShot()]))) };
      },
    ],
    [
      "an observation that does not exist",
      async () => ({
        outcome: await outcomeOf(() => saveObservationAction(idle, observationForm({ id: "cm0000000000000000000000", version: "1" }, [phoneShot()]))),
      }),
    ],
    [
      "an edit of an outdated version",
      async () => {
        const mine = await createObservation(db, { officialId, accountId, authorId: reporter.id, version: 2 });
        return { outcome: await outcomeOf(() => saveObservationAction(idle, observationForm({ id: mine.id, version: "1" }, [phoneShot()]))) };
      },
    ],
    [
      "another reporter's idempotency key",
      async () => {
        const key = randomUUID();
        await createObservation(db, { officialId, accountId, authorId: otherReporter.id, idempotencyKey: key });
        return { outcome: await outcomeOf(() => saveObservationAction(idle, observationForm({ idempotencyKey: key }, [phoneShot()]))) };
      },
    ],
  ];

  it.each(refusals)("%s", async (_, attempt) => {
    const { outcome } = await attempt();
    expect(["login", "denied"]).toContain(outcome);
    expect(imageWork.pipelines).toBe(0);
  });

  it.each([
    ["an official that does not exist", () => ({ officialId: "cm0000000000000000000000" }), "officialId", "unknownOption"],
    ["another official's account", () => ({ accountId: otherOfficialsAccountId }), "accountId", "accountOfAnotherOfficial"],
    ["an account on another platform", () => ({ accountId: facebookAccountId }), "accountId", "accountOnAnotherPlatform"],
  ])("%s", async (_, fields, field, message) => {
    const { state } = await save(fields(), [phoneShot()]);
    expect(state).toMatchObject({ outcome: "invalid", fieldErrors: { [field]: [message] } });
    expect(imageWork.pipelines).toBe(0);
  });

  it("an edit that would go over ten screenshots", async () => {
    const mine = await createObservation(db, { officialId, accountId, authorId: reporter.id });
    await db.evidence.createMany({
      data: Array.from({ length: 10 }, (_, i) => ({ observationId: mine.id, kind: "SCREENSHOT" as const, storageKey: `${mine.id}-${i}.png` })),
    });
    const { state } = await save({ id: mine.id, version: "1" }, [phoneShot()]);
    expect(state).toMatchObject({ outcome: "invalid", fieldErrors: { screenshots: ["tooManyFiles:10"] } });
    expect(imageWork.pipelines).toBe(0);
  });

  it("more than ten files, or a form that does not validate", async () => {
    expect(
      (
        await save(
          {},
          Array.from({ length: 11 }, () => phoneShot()),
        )
      ).state,
    ).toMatchObject({ outcome: "invalid", fieldErrors: { screenshots: ["tooManyFiles:10"] } });
    expect((await save({ existence: "" }, [phoneShot()])).state).toMatchObject({ outcome: "invalid" });
    expect(imageWork.pipelines).toBe(0);
  });
});
