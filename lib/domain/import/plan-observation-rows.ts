import type { AccountKind, Platform } from "@/lib/generated/prisma/enums";
import { AccountInput } from "@/lib/validation/account-input";
import { ObservationInput, type ObservationField } from "@/lib/validation/observation-input";
import type { ImportField } from "./fields";
import { AccountIndex, findOfficial, matchAccount, observationKey, OfficialIndex, type AccountRef, type OfficialRef } from "./match";
import { emptyWrites, RowCells, type ImportPlan, type PlanInput } from "./plan";
import { dateCell, dateTimeCell, enumCell, enumListCell, linkListCell, looksLikeUrl, precisionCell, urlCell, yesNoCell } from "./values";

/** The registry as the observations import needs it: who exists, their accounts, and what was already observed. */
export type ObservationSnapshot = {
  officials: OfficialRef[];
  accounts: (AccountRef & { kind: AccountKind })[];
  observationKeys: Set<string>;
  /** The wave the import records into: whether it is still open, its platforms, and the officials it covers. */
  wave?: { id: string; open: boolean; platforms: readonly Platform[]; officialIds: ReadonlySet<string> } | null;
};

/** The form's fields that a column fills directly; the rest (who, which account, the intent) are worked out. */
const FORM_FIELD_OF: Partial<Record<ObservationField, ImportField>> = {
  platform: "platform",
  observedAt: "observedAt",
  observedAtPrecision: "observedAtPrecision",
  existence: "existence",
  visibility: "visibility",
  followers: "followers",
  following: "following",
  friends: "friends",
  posts: "posts",
  attribution: "attribution",
  attributionNote: "attributionNote",
  hasAvatar: "hasAvatar",
  verifiedBadge: "verifiedBadge",
  lastPostAt: "lastPostAt",
  lastPostUrl: "lastPostUrl",
  contentKinds: "contentKinds",
  languages: "languages",
  commentsOpen: "commentsOpen",
  replies: "replies",
  liveStreams: "liveStreams",
  lastLiveAt: "lastLiveAt",
  personalStories: "personalStories",
  likesLevel: "likesLevel",
  publicNote: "publicNote",
  internalNote: "internalNote",
  evidenceLinks: "evidenceLinks",
};

/** A row's cells as the observation form would have sent them. */
export function observationFormValues(cells: RowCells): Record<string, string> {
  const text = (field: ImportField) => cells.get(field);
  return {
    platform: enumCell("platform", text("platform")),
    observedAt: dateTimeCell(text("observedAt")),
    observedAtPrecision: precisionCell(text("observedAtPrecision")),
    existence: enumCell("existence", text("existence")) || "FOUND",
    visibility: enumCell("visibility", text("visibility")),
    followers: text("followers"),
    following: text("following"),
    friends: text("friends"),
    posts: text("posts"),
    attribution: enumCell("attribution", text("attribution")),
    attributionNote: text("attributionNote"),
    hasAvatar: yesNoCell(text("hasAvatar")),
    verifiedBadge: yesNoCell(text("verifiedBadge")),
    lastPostAt: dateCell(text("lastPostAt")),
    lastPostUrl: urlCell(text("lastPostUrl")),
    contentKinds: enumListCell("contentKinds", text("contentKinds")),
    languages: enumListCell("languages", text("languages")),
    commentsOpen: yesNoCell(text("commentsOpen")),
    replies: enumCell("replies", text("replies")),
    liveStreams: yesNoCell(text("liveStreams")),
    lastLiveAt: dateCell(text("lastLiveAt")),
    personalStories: yesNoCell(text("personalStories")),
    likesLevel: enumCell("likesLevel", text("likesLevel")),
    publicNote: text("publicNote"),
    internalNote: text("internalNote"),
    evidenceLinks: linkListCell(text("evidenceLinks")),
    intent: "submit",
  };
}

/** The account's columns as the account form would take them; an address typed into the handle column counts as the address. */
export function accountFormValues(cells: RowCells, platform: string): Record<string, string> {
  const handle = cells.get("handle");
  const handleIsUrl = looksLikeUrl(handle) && !cells.get("url");
  return {
    platform,
    kind: enumCell("accountKind", cells.get("accountKind")) || "PERSONAL_PROFILE",
    handle: handleIsUrl ? "" : handle,
    url: urlCell(handleIsUrl ? handle : cells.get("url")),
    label: cells.get("label"),
  };
}

const accountColumn = (cells: RowCells): ImportField => (["handle", "url", "label"] as const).find((f) => cells.get(f)) ?? "platform";

/**
 * The dry run of an observations file. Each row must pass the observation form's own schema; it names an
 * official already in the registry and, when the account was found, one of theirs (matched by handle, address
 * or label, or added when the official has none on that platform). A row seen before, in the file or in the
 * database (same official, platform, account and moment), is a duplicate and is skipped.
 */
export function planObservationRows({ headers, mapping, rows, snapshot, newId }: PlanInput<ObservationSnapshot>): ImportPlan {
  const plan: ImportPlan = { changes: [], errors: [], rowsWithErrors: 0, writes: emptyWrites() };
  const officials = new OfficialIndex(snapshot.officials);
  const accounts = new AccountIndex(snapshot.accounts);
  const seen = new Map<string, number>([...snapshot.observationKeys].map((key) => [key, 0]));

  for (const row of rows) {
    const cells = new RowCells(row, headers, mapping);
    const values = observationFormValues(cells);
    const fullName = cells.get("fullName");
    const official = fullName ? findOfficial(officials, fullName, cells.get("fullNameLatin") || null) : null;
    if (!fullName) cells.refuse("fullName", "required");
    else if (!official) cells.refuse("fullName", "officialNotFound");
    else if ("ambiguous" in official) cells.refuse("fullName", "officialAmbiguous");
    const officialId = official && "found" in official ? official.found.id : "?";

    // The account: found among the official's, or new. Only a found account is ever added; a search that found
    // nothing has none.
    let accountId: string | null = null;
    let newAccount: AccountInput | null = null;
    const accountValues = accountFormValues(cells, values.platform!);
    const identity = AccountInput.safeParse(accountValues);
    if (!identity.success) {
      if (values.existence === "FOUND") cells.refuseIssues(identity.error, (path) => (path === "kind" ? "accountKind" : (path as ImportField)));
    } else if (officialId !== "?" && values.existence !== "NOT_FOUND") {
      const match = matchAccount({ ...identity.data, officialId }, accounts);
      if ("match" in match) accountId = match.match.id;
      else if ("create" in match) newAccount = values.existence === "FOUND" ? identity.data : null;
      else if (values.existence === "FOUND") cells.refuse(match.field, match.error);
    }

    // An account not worked out has been refused above already: the schema need not say so again.
    const parsed = ObservationInput.safeParse({ ...values, officialId, accountId: accountId ?? (values.existence === "FOUND" ? "?" : "") });
    if (!parsed.success)
      cells.refuseIssues(parsed.error, (path) =>
        path === "officialId" ? "fullName" : path === "accountId" ? accountColumn(cells) : (FORM_FIELD_OF[path as ObservationField] ?? "observedAt"),
      );

    // A wave takes only what it covers, and nothing once closed (lib/data/waves/wave-scope.ts says the same of the form).
    const wave = snapshot.wave;
    if (wave && parsed.success && officialId !== "?") {
      if (!wave.open) cells.refuse("fullName", "waveClosed");
      else if (!wave.officialIds.has(officialId)) cells.refuse("fullName", "notInWave");
      else if (!wave.platforms.includes(parsed.data.platform)) cells.refuse("platform", "platformNotInWave");
    }

    if (cells.errors.length > 0 || !parsed.success || officialId === "?") {
      plan.errors.push(...cells.errors);
      plan.rowsWithErrors += 1;
      continue;
    }

    if (newAccount) {
      const created = { id: newId(), officialId, ...newAccount };
      plan.writes.accounts.push(created);
      accounts.add(created);
      accountId = created.id;
      plan.changes.push({
        row: row.n,
        entity: "account",
        action: "create",
        name: fullName,
        platform: created.platform,
        ...(created.label ? { detail: created.label } : {}),
      });
    }
    const input = { ...parsed.data, officialId, accountId, waveId: wave?.id ?? null };
    const key = observationKey(input);
    const name = { name: fullName, platform: input.platform, detail: values.observedAt!.replace("T", " ") };
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      plan.changes.push({ row: row.n, entity: "observation", action: "duplicate", ...name, ...(earlier ? { sameAsRow: earlier } : {}) });
      continue;
    }
    seen.set(key, row.n);
    plan.writes.observations.push({ id: newId(), row: row.n, input });
    plan.changes.push({ row: row.n, entity: "observation", action: "create", ...name });
  }
  return plan;
}
