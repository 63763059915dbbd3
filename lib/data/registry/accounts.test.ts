import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createAccount as buildAccount, createOfficial as buildOfficial, createObservation, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { AccountInput } from "@/lib/validation/account-input";
import { ConflictError } from "../errors";
import { createAccount, updateAccount } from "./accounts";

withTestDatabase();

let reporter: Viewer;
let editor: Viewer;
let officialId: string;
const asViewer = (user: Viewer & Record<string, unknown>): Viewer => ({ id: user.id, role: user.role, name: user.name, email: user.email });
const account = (fields: Record<string, string> = {}) =>
  AccountInput.parse({ platform: "TELEGRAM", kind: "CHANNEL", handle: "@zhumagulov_sko", url: "https://t.me/zhumagulov_sko", ...fields });
const auditOf = (entityId: string) => db.auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  reporter = asViewer(await createUser(db, { role: "REPORTER" }));
  editor = asViewer(await createUser(db, { role: "EDITOR" }));
  officialId = (await buildOfficial(db, { fullName: "Жусуп Жумагулов", fullNameLatin: "Zhusup Zhumagulov" })).id;
});

describe("accounts", () => {
  it("lets a reporter add an account they found, audited, but not edit it", async () => {
    const { id } = await createAccount({ viewer: reporter, officialId, input: account() });
    expect(await db.account.findUniqueOrThrow({ where: { id } })).toMatchObject({
      officialId,
      platform: "TELEGRAM",
      kind: "CHANNEL",
      handle: "@zhumagulov_sko",
      version: 1,
    });
    expect(await auditOf(id)).toMatchObject([{ action: "account.create", entity: "account", actorId: reporter.id }]);

    await expect(updateAccount({ viewer: reporter, id, expectedVersion: 1, input: account({ label: "Канал" }) })).rejects.toThrow(/Not allowed/);
    expect((await db.account.findUniqueOrThrow({ where: { id } })).label).toBeNull();
  });

  it("lets an editor edit an account, with optimistic locking and an audit entry", async () => {
    const { id } = await createAccount({
      viewer: editor,
      officialId,
      input: account({ platform: "INSTAGRAM", kind: "PERSONAL_PROFILE", handle: "zhumagulov", url: "https://www.instagram.com/zhumagulov/" }),
    });
    const edited = await updateAccount({
      viewer: editor,
      id,
      expectedVersion: 1,
      input: account({ platform: "INSTAGRAM", kind: "PERSONAL_PROFILE", handle: "zhumagulov.official", url: "https://www.instagram.com/zhumagulov.official/" }),
    });
    expect(edited).toMatchObject({ officialId, version: 2 });
    await expect(updateAccount({ viewer: editor, id, expectedVersion: 1, input: account({ platform: "INSTAGRAM" }) })).rejects.toBeInstanceOf(ConflictError);
    const trail = await auditOf(id);
    expect(trail.map((entry) => entry.action)).toEqual(["account.create", "account.update"]);
    expect(trail[1]).toMatchObject({ before: { handle: "zhumagulov" }, after: { handle: "zhumagulov.official" } });
  });

  it("refuses an account already in the registry, and asks for a label for a second one on one platform", async () => {
    const other = await buildOfficial(db, { fullName: "Калия Туренова" });
    await buildAccount(db, { officialId: other.id, platform: "FACEBOOK", url: "https://www.facebook.com/turenova" });
    await expect(
      createAccount({ viewer: reporter, officialId, input: account({ platform: "FACEBOOK", handle: "", url: "https://WWW.facebook.com/turenova" }) }),
    ).rejects.toMatchObject({
      fieldErrors: { url: ["accountExists"] },
    });
    await expect(
      createAccount({ viewer: reporter, officialId: other.id, input: account({ platform: "FACEBOOK", handle: "", url: "" }) }),
    ).rejects.toMatchObject({
      fieldErrors: { label: ["labelNeeded"] },
    });
    await createAccount({ viewer: reporter, officialId: other.id, input: account({ platform: "FACEBOOK", handle: "", url: "", label: "Страница 2" }) });
    await expect(
      createAccount({ viewer: reporter, officialId: other.id, input: account({ platform: "FACEBOOK", handle: "", url: "", label: "страница 2" }) }),
    ).rejects.toMatchObject({
      fieldErrors: { label: ["labelTaken"] },
    });
  });

  it("keeps the platform of an account with observations", async () => {
    const official = await buildOfficial(db, { fullName: "Сания Смаилова" });
    const observed = await buildAccount(db, { officialId: official.id, platform: "INSTAGRAM" });
    await createObservation(db, { officialId: official.id, authorId: reporter.id, accountId: observed.id, platform: "INSTAGRAM" });
    await expect(
      updateAccount({ viewer: editor, id: observed.id, expectedVersion: 1, input: account({ platform: "THREADS", handle: "", url: "" }) }),
    ).rejects.toMatchObject({
      fieldErrors: { platform: ["platformHasObservations"] },
    });
  });

  it("refuses an account for an official that does not exist", async () => {
    await expect(createAccount({ viewer: reporter, officialId: "no-such-official", input: account({ url: "https://t.me/nobody" }) })).rejects.toThrow(
      /not found/,
    );
  });
});
