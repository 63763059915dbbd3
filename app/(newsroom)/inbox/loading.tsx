export default function InboxLoading() {
  return (
    <div aria-busy="true" className="flex animate-pulse flex-col gap-4">
      {[0, 1, 2].map((key) => (
        <div key={key} className="h-48 rounded-lg bg-zinc-200 dark:bg-zinc-800" />
      ))}
    </div>
  );
}
