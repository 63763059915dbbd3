import "server-only";
import { PUBLISHED_STATUS } from "@/lib/domain/review-workflow";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the public may see, decided here and only here: approved observations that have not been retracted
 * (a retraction moves an observation out of APPROVED). Every public read filters through one of these.
 */
export const publishedObservationWhere = { status: PUBLISHED_STATUS } satisfies Prisma.ObservationWhereInput;

/** The same rule for raw SQL, over an `observations` row aliased `o`. */
export const publishedObservationSql = Prisma.sql`o."status" = ${PUBLISHED_STATUS}::"ReviewStatus"`;
