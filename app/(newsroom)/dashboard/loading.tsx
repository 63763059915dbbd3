export default function DashboardLoading() {
  return (
    <div aria-busy="true" className="grid animate-pulse gap-6 xl:grid-cols-2">
      {[0, 1].map((key) => (
        <div key={key} className="h-96 rounded-lg bg-zinc-200 dark:bg-zinc-800" />
      ))}
    </div>
  );
}
