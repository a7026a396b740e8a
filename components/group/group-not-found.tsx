import Link from "next/link";
import { BUTTON_SECONDARY } from "../ui/button-styles";

/** The id is not a group the upstream knows (or not a group id at all). */
export function GroupNotFound({ groupId, message }: { groupId?: string; message?: string }) {
  return (
    <section
      role="alert"
      data-testid="group-not-found"
      className="rounded-lg border border-zinc-200 bg-white p-8 text-center dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h1 className="text-lg font-semibold">Group not found</h1>
      {groupId && (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          The group <code className="font-mono break-all">{groupId}</code> was not found upstream.
        </p>
      )}
      {message && <p className="mt-1 text-xs break-words text-zinc-500 dark:text-zinc-500">{message}</p>}
      <Link href="/" className={`${BUTTON_SECONDARY} mt-4`}>
        Back to all groups
      </Link>
    </section>
  );
}
