import "server-only";
import type { Tx } from "@/lib/db";
import type { PositionInput } from "@/lib/validation/position-input";
import { FieldError, NotFoundError } from "../errors";
import { isRecordId } from "@/lib/validation/record-id";

export async function loadPositionForWrite(tx: Tx, id: string) {
  if (!isRecordId(id)) throw new NotFoundError("position");
  const position = await tx.position.findUnique({ where: { id } });
  if (!position) throw new NotFoundError("position");
  return position;
}

/** The akimat exists; a post still held must be in an akimat that still exists. */
export async function checkPositionAkimat(tx: Tx, input: Pick<PositionInput, "akimatId" | "endedOn">) {
  const akimat = await tx.akimat.findUnique({ where: { id: input.akimatId }, select: { endedOn: true } });
  if (!akimat) throw new FieldError({ akimatId: ["unknownOption"] });
  if (akimat.endedOn && !input.endedOn) throw new FieldError({ akimatId: ["akimatEnded"] });
}

export const positionColumns = (input: PositionInput) => ({
  akimatId: input.akimatId,
  title: input.title,
  portfolio: input.portfolio,
  startedOn: input.startedOn,
  endedOn: input.endedOn,
});
