import { z } from "zod";
import { newsroomDay } from "@/lib/domain/time";
import { PositionTitle } from "@/lib/generated/prisma/enums";
import { optionalDate, optionalText, requiredEnum, requiredId } from "./registry-fields";

/** A dated post. Both dates may be unknown; an end date records a past post (ending a current one has its own form). */
export const PositionInput = z
  .object({
    akimatId: requiredId,
    title: requiredEnum(PositionTitle),
    portfolio: optionalText(500),
    startedOn: optionalDate,
    endedOn: optionalDate,
  })
  .superRefine((input, ctx) => {
    if (input.endedOn && input.endedOn > newsroomDay(new Date())) {
      ctx.addIssue({ code: "custom", path: ["endedOn"], message: "endInFuture" });
    }
    if (input.startedOn && input.endedOn && input.endedOn < input.startedOn) {
      ctx.addIssue({ code: "custom", path: ["endedOn"], message: "endBeforeStart" });
    }
  });
export type PositionInput = z.infer<typeof PositionInput>;

export const POSITION_FIELDS = ["akimatId", "title", "portfolio", "startedOn", "endedOn"] as const;
export type PositionField = (typeof POSITION_FIELDS)[number];
