/** The admin pages' loading placeholder: a heading bar and a few rows, announced as busy. */
export function AdminSkeleton({ rows = 6, label }: { rows?: number; label: string }) {
  return (
    <div aria-busy="true" className="flex animate-pulse flex-col gap-4">
      <span className="sr-only" role="status">
        {label}
      </span>
      <div className="h-8 w-64 rounded bg-zinc-200 dark:bg-zinc-800" />
      {Array.from({ length: rows }, (_, key) => (
        <div key={key} className="h-10 rounded bg-zinc-200 dark:bg-zinc-800" />
      ))}
    </div>
  );
}
