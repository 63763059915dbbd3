import type { ReviewStatus } from "@/lib/generated/prisma/enums";

const COLORS: Record<ReviewStatus, string> = {
  DRAFT: "bg-zinc-200 text-zinc-900 dark:bg-zinc-700 dark:text-zinc-100",
  SUBMITTED: "bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100",
  CHANGES_REQUESTED: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  APPROVED: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  REJECTED: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
  RETRACTED: "bg-zinc-300 text-zinc-900 line-through dark:bg-zinc-600 dark:text-zinc-100",
};

export function StatusBadge({ status, label }: { status: ReviewStatus; label: string }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${COLORS[status]}`}>{label}</span>;
}
