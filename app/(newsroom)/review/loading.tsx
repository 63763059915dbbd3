export default function ReviewQueueLoading() {
  return (
    <div aria-busy="true" className="flex animate-pulse flex-col gap-2">
      <div className="mb-2 h-16 rounded-lg bg-zinc-200 dark:bg-zinc-800" />
      {[0, 1, 2, 3, 4, 5].map((key) => (
        <div key={key} className="h-8 rounded bg-zinc-200 dark:bg-zinc-800" />
      ))}
    </div>
  );
}
