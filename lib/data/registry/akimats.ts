import "server-only";
import type { Tx } from "@/lib/db";
import { mayBeParentOf } from "@/lib/domain/akimat-levels";
import { toSlug } from "@/lib/domain/transliteration";
import type { AkimatInput } from "@/lib/validation/akimat-input";
import { FieldError } from "../errors";

/** The parent exists and is of a higher level; when editing, the akimats below still are of a lower one. */
export async function checkAkimatPlacement(tx: Tx, input: Pick<AkimatInput, "parentId" | "level">, id?: string) {
  if (input.parentId) {
    const parent = await tx.akimat.findUnique({ where: { id: input.parentId }, select: { level: true } });
    if (!parent) throw new FieldError({ parentId: ["unknownOption"] });
    if (!mayBeParentOf(parent.level, input.level)) throw new FieldError({ parentId: ["parentLevel"] });
  }
  if (id) {
    const children = await tx.akimat.findMany({ where: { parentId: id }, select: { level: true } });
    if (children.some((child) => !mayBeParentOf(input.level, child.level))) throw new FieldError({ level: ["levelAboveChildren"] });
  }
}

/**
 * The slug typed, if free; otherwise one made from the name, numbered when taken ("akimat-goroda-2"). The
 * unique index still has the last word if two editors race for one slug.
 */
export async function chooseSlug(tx: Tx, input: Pick<AkimatInput, "slug" | "name">, id?: string): Promise<string> {
  const notThis = id ? { NOT: { id } } : {};
  if (input.slug) {
    const taken = await tx.akimat.findFirst({ where: { slug: input.slug, ...notThis }, select: { id: true } });
    if (taken) throw new FieldError({ slug: ["slugTaken"] });
    return input.slug;
  }
  const base = toSlug(input.name) || "akimat";
  const existing = await tx.akimat.findMany({ where: { slug: { startsWith: base }, ...notThis }, select: { slug: true } });
  const taken = new Set(existing.map((akimat) => akimat.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

export const akimatColumns = (input: AkimatInput) => ({
  name: input.name,
  nameKk: input.nameKk,
  nameEn: input.nameEn,
  level: input.level,
  parentId: input.parentId,
});
