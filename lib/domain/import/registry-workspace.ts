import { mayBeParentOf } from "@/lib/domain/akimat-levels";
import { toSlug, transliterate } from "@/lib/domain/transliteration";
import type { AccountKind, AkimatLevel, PositionTitle } from "@/lib/generated/prisma/enums";
import { AccountInput } from "@/lib/validation/account-input";
import { AkimatInput } from "@/lib/validation/akimat-input";
import { OfficialInput } from "@/lib/validation/official-input";
import { PositionInput } from "@/lib/validation/position-input";
import { AccountIndex, findOfficial, matchAccount, nameKey, OfficialIndex, positionKey, type AccountRef, type OfficialRef } from "./match";
import type { FillIn, ImportEntity, ImportWrites, NewAkimat, NewPosition, PlannedChange, RowCells } from "./plan";
import { accountFormValues } from "./plan-observation-rows";
import { dateCell, enumCell } from "./values";

export type AkimatRef = { id: string; slug: string; name: string; nameKk: string | null; nameEn: string | null; level: AkimatLevel; endedOn: Date | null };
export type PositionRef = {
  id: string;
  officialId: string;
  akimatId: string;
  title: PositionTitle;
  portfolio: string | null;
  startedOn: Date | null;
  endedOn: Date | null;
};
export type RegistrySnapshot = { akimats: AkimatRef[]; officials: OfficialRef[]; positions: PositionRef[]; accounts: (AccountRef & { kind: AccountKind })[] };

/** How a change is named in the report: a name, or a name with a platform and a detail. */
type Naming = string | Pick<PlannedChange, "name" | "platform" | "detail">;

const SLUG_ONLY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One row's outcome, held back until the whole row has passed: a row is taken whole or not at all. */
export type RowOutcome = { changes: PlannedChange[]; commit: (() => void)[] };

/**
 * The registry as the file would leave it, row after row: what exists, plus what earlier rows of the file add,
 * so that the second row naming a new akimat or official finds the one the first row adds instead of adding
 * it again. Records already in the registry may have blanks filled in; nothing they say is overwritten.
 */
export class RegistryWorkspace {
  readonly akimats: AkimatRef[];
  readonly officials: OfficialIndex;
  readonly positions: Map<string, PositionRef>;
  readonly accounts: AccountIndex;
  private readonly existing: Set<string>;
  /** The first row that touched each record: a later row about it has nothing new to say. */
  readonly firstRow = new Map<string, number>();

  constructor(
    snapshot: RegistrySnapshot,
    readonly writes: ImportWrites,
    private readonly newId: () => string,
  ) {
    this.akimats = [...snapshot.akimats];
    this.officials = new OfficialIndex(snapshot.officials);
    this.positions = new Map(snapshot.positions.map((p) => [positionKey(p), p]));
    this.accounts = new AccountIndex(snapshot.accounts);
    this.existing = new Set([...snapshot.akimats, ...snapshot.officials, ...snapshot.positions, ...snapshot.accounts].map((r) => r.id));
  }

  private touch(outcome: RowOutcome, row: number, entity: ImportEntity, id: string, name: Naming, fill: Record<string, string | Date | null>, created = false) {
    const key = `${entity}:${id}`;
    if (this.firstRow.has(key)) return;
    const filled = Object.keys(fill).length > 0 && this.existing.has(id);
    outcome.changes.push({ row, entity, action: created ? "create" : filled ? "update" : "unchanged", ...(typeof name === "string" ? { name } : name) });
    outcome.commit.push(() => {
      this.firstRow.set(key, row);
      if (filled) this.writes.updates.push({ entity, id, data: fill } as FillIn<"akimat" | "official" | "position" | "account">);
    });
  }

  private findAkimat(text: string): AkimatRef | undefined {
    const key = nameKey(text);
    return (
      this.akimats.find((a) => a.slug === text.toLowerCase()) ?? this.akimats.find((a) => [a.name, a.nameKk, a.nameEn].some((n) => n && nameKey(n) === key))
    );
  }

  private freeSlug(name: string): string {
    const base = toSlug(name) || "akimat";
    const taken = new Set(this.akimats.map((a) => a.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    return slug;
  }

  /** The akimat a row names, by short name or by name in any language; or a new one, when the row describes it. */
  akimat(cells: RowCells, outcome: RowOutcome): AkimatRef | null {
    const text = cells.get("akimat") || cells.get("akimatSlug");
    const found = (cells.get("akimatSlug") && this.findAkimat(cells.get("akimatSlug"))) || this.findAkimat(text);
    const row = cells.row.n;
    if (found) {
      const fill = this.existing.has(found.id) ? blanks(found, { nameKk: cells.get("akimatNameKk") || null, nameEn: cells.get("akimatNameEn") || null }) : {};
      this.touch(outcome, row, "akimat", found.id, found.name, fill);
      return found;
    }
    if (SLUG_ONLY.test(text) && !cells.get("akimatLevel")) {
      cells.refuse(cells.get("akimat") ? "akimat" : "akimatSlug", "akimatNotFound");
      return null;
    }
    const parentText = cells.get("akimatParent");
    const parent = parentText ? this.findAkimat(parentText) : undefined;
    if (parentText && !parent) cells.refuse("akimatParent", "akimatNotFound");
    const parsed = AkimatInput.safeParse({
      name: cells.get("akimat"),
      nameKk: cells.get("akimatNameKk"),
      nameEn: cells.get("akimatNameEn"),
      level: enumCell("akimatLevel", cells.get("akimatLevel")),
      parentId: parent?.id ?? "",
      slug: cells.get("akimatSlug"),
    });
    const fieldOf = {
      name: "akimat",
      nameKk: "akimatNameKk",
      nameEn: "akimatNameEn",
      level: "akimatLevel",
      parentId: "akimatParent",
      slug: "akimatSlug",
    } as const;
    if (!parsed.success) {
      cells.refuseIssues(parsed.error, (path) => fieldOf[path as keyof typeof fieldOf] ?? "akimat");
      return null;
    }
    const input = parsed.data;
    if (parent && !mayBeParentOf(parent.level, input.level)) cells.refuse("akimatParent", "parentLevel");
    if (input.slug && this.akimats.some((a) => a.slug === input.slug)) cells.refuse("akimatSlug", "slugTaken");
    const created: NewAkimat = {
      id: this.newId(),
      slug: input.slug ?? this.freeSlug(input.name),
      name: input.name,
      nameKk: input.nameKk,
      nameEn: input.nameEn,
      level: input.level,
      parentId: input.parentId,
    };
    this.touch(outcome, row, "akimat", created.id, created.name, {}, true);
    outcome.commit.push(() => {
      this.writes.akimats.push(created);
      this.akimats.push({ ...created, endedOn: null });
    });
    return { ...created, endedOn: null };
  }

  /** The official a row names, or a new one; the Latin name is made from the Cyrillic one when not given. */
  official(cells: RowCells, outcome: RowOutcome): OfficialRef | null {
    const parsed = OfficialInput.safeParse({ fullName: cells.get("fullName"), fullNameLatin: cells.get("fullNameLatin") });
    if (!parsed.success) {
      cells.refuseIssues(parsed.error, (path) => (path === "fullNameLatin" ? "fullNameLatin" : "fullName"));
      return null;
    }
    const { fullName, fullNameLatin } = parsed.data;
    const found = findOfficial(this.officials, fullName, fullNameLatin);
    if (found && "ambiguous" in found) {
      cells.refuse("fullName", "officialAmbiguous");
      return null;
    }
    if (found) {
      this.touch(outcome, cells.row.n, "official", found.found.id, found.found.fullName, blanks(found.found, { fullNameLatin }));
      return found.found;
    }
    const created = { id: this.newId(), fullName, fullNameLatin: fullNameLatin ?? transliterate(fullName) };
    this.touch(outcome, cells.row.n, "official", created.id, fullName, {}, true);
    outcome.commit.push(() => {
      this.writes.officials.push(created);
      this.officials.add(created);
    });
    return created;
  }

  /** A post of the official in the akimat: the same post is the same title from the same day. */
  position(cells: RowCells, outcome: RowOutcome, official: OfficialRef, akimat: AkimatRef | null): void {
    const parsed = PositionInput.safeParse({
      akimatId: akimat?.id ?? "",
      title: enumCell("title", cells.get("title")),
      portfolio: cells.get("portfolio"),
      startedOn: dateCell(cells.get("startedOn")),
      endedOn: dateCell(cells.get("endedOn")),
    });
    if (!parsed.success) {
      cells.refuseIssues(parsed.error, (path) => (path === "akimatId" ? "akimat" : (path as "title" | "portfolio" | "startedOn" | "endedOn")));
      return;
    }
    const input = parsed.data;
    if (akimat?.endedOn && !input.endedOn) cells.refuse("akimat", "akimatEnded");
    const draft: NewPosition = { id: this.newId(), officialId: official.id, ...input };
    const name = { name: official.fullName, ...(akimat ? { detail: akimat.name } : {}) };
    const found = this.positions.get(positionKey(draft));
    if (found) return this.touch(outcome, cells.row.n, "position", found.id, name, blanks(found, { portfolio: input.portfolio, endedOn: input.endedOn }));
    this.touch(outcome, cells.row.n, "position", draft.id, name, {}, true);
    outcome.commit.push(() => {
      this.writes.positions.push(draft);
      this.positions.set(positionKey(draft), draft);
    });
  }

  /** An account of the official, matched as the account form would refuse a second one. */
  account(cells: RowCells, outcome: RowOutcome, official: OfficialRef): void {
    const parsed = AccountInput.safeParse(accountFormValues(cells, enumCell("platform", cells.get("platform"))));
    if (!parsed.success) {
      cells.refuseIssues(parsed.error, (path) => (path === "kind" ? "accountKind" : (path as "platform" | "handle" | "url" | "label")));
      return;
    }
    const input = parsed.data;
    const name = { name: official.fullName, platform: input.platform, ...(input.label ? { detail: input.label } : {}) };
    const match = matchAccount({ ...input, officialId: official.id }, this.accounts);
    if ("error" in match) return cells.refuse(match.field, match.error);
    if ("match" in match) return this.touch(outcome, cells.row.n, "account", match.match.id, name, this.existing.has(match.match.id) ? match.fill : {});
    const created = { id: this.newId(), officialId: official.id, ...input };
    this.touch(outcome, cells.row.n, "account", created.id, name, {}, true);
    outcome.commit.push(() => {
      this.writes.accounts.push(created);
      this.accounts.add(created);
    });
  }
}

/** The given values for fields the record leaves empty. */
function blanks<R extends object>(record: R, given: Partial<Record<keyof R & string, string | Date | null>>): Record<string, string | Date | null> {
  const fill: Record<string, string | Date | null> = {};
  for (const [field, value] of Object.entries(given)) {
    if (value !== null && value !== undefined && value !== "" && (record as Record<string, unknown>)[field] == null) fill[field] = value as string | Date;
  }
  return fill;
}
