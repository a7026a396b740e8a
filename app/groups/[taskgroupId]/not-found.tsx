import Link from "next/link";

export default function GroupNotFoundPage() {
  return (
    <section
      role="alert"
      data-testid="group-not-found"
      className="rounded-lg border border-zinc-200 bg-white p-8 text-center dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h1 className="text-lg font-semibold">Group not found</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        That is not a group id. Group ids look like <code className="font-mono">tgrp_</code> followed by letters and digits.
      </p>
      <Link
        href="/"
        className="mt-4 inline-block rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-500 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        Back to all groups
      </Link>
    </section>
  );
}
