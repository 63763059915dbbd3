export default function ReviewLoading() {
  return <div aria-busy="true" className="h-96 animate-pulse rounded-lg bg-zinc-200 dark:bg-zinc-800" />;
}
