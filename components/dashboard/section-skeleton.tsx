/** A placeholder while a section's data streams in; announced once, not read out as content. */
export function SectionSkeleton({ label, height }: { label: string; height: string }) {
  return (
    <div role="status" aria-live="polite" className={`animate-pulse rounded-lg bg-zinc-200 dark:bg-zinc-800 ${height}`}>
      <span className="sr-only">{label}</span>
    </div>
  );
}
