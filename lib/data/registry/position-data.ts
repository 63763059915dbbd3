import "server-only";
import type { Tx } from "@/lib/db";
import type { PositionInput } from "@/lib/validation/position-input";
import { FieldError } from "../errors";

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
