import { z } from "zod";
import { endDate } from "./registry-fields";

/** Ending a position or an akimat: the day it ended. The record stays, dated, in the history. */
export const EndInput = z.object({ endedOn: endDate });
export type EndInput = z.infer<typeof EndInput>;

export const END_FIELDS = ["endedOn"] as const;
export type EndField = (typeof END_FIELDS)[number];
