export function EmptyGroups() {
  return (
    <section
      data-testid="groups-empty"
      className="rounded-lg border border-dashed border-zinc-300 p-10 text-center dark:border-zinc-700"
    >
      <h2 className="text-base font-medium">No groups yet</h2>
      <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
        Task groups you create or open in this console will be listed here.
      </p>
    </section>
  );
}
