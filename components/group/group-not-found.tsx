import Link from "next/link";
import { buttonClass } from "../ui/button";
import { Card } from "../ui/card";

/** The id is not a group the upstream knows (or not a group id at all). */
export function GroupNotFound({ groupId, message }: { groupId?: string; message?: string }) {
  return (
    <Card role="alert" data-testid="group-not-found" padding="xl" className="text-center">
      <h1 className="text-lg font-semibold">Group not found</h1>
      {groupId && (
        <p className="mt-2 text-sm text-fg-muted">
          The group <code className="font-mono break-all">{groupId}</code> was not found upstream.
        </p>
      )}
      {message && <p className="mt-1 text-xs break-words text-fg-subtle">{message}</p>}
      <Link href="/" className={`${buttonClass()} mt-4`}>
        Back to all groups
      </Link>
    </Card>
  );
}
