import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { checkMapping, type ColumnMapping } from "@/lib/domain/import/columns";
import { ConflictError, FieldError } from "../errors";
import { loadImport } from "./import-record";
import { writeImportAudit } from "./write-import-audit";

/** The editor's correction of which field each column fills. A confirmed import's mapping no longer changes. */
export async function saveImportMapping({ viewer, id, mapping }: { viewer: Viewer; id: string; mapping: ColumnMapping }): Promise<{ version: number }> {
  assertCan(viewer, "import.run");
  return db.$transaction(async (tx) => {
    const stored = await loadImport(tx, id, { withRows: false });
    if (stored.status !== "PENDING") throw new ConflictError(stored.version, stored.status);
    if (mapping.length !== stored.headers.length) throw new FieldError({ mapping: ["invalid"] });
    const problems = checkMapping(mapping, stored.kind);
    if (problems.length > 0) throw new FieldError({ mapping: problems.map((p) => p.problem) });
    const saved = await tx.import.update({ where: { id }, data: { mapping, version: { increment: 1 } }, select: { version: true } });
    await writeImportAudit(tx, { actorId: viewer.id, action: "import.map", importId: id, before: { mapping: stored.mapping }, after: { mapping } });
    return saved;
  });
}
