"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { ApiError } from "../../lib/client/api-error";
import { useImportGroup } from "../../lib/client/group-queries";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { GroupNotFound } from "./group-not-found";

/**
 * A shared link to a group this console does not list opens it all the same: the page adds it
 * with an explicit POST (origin-checked, unlike the GETs that read it) before showing it.
 */
export function GroupImportGate({ groupId, remembered, children }: { groupId: string; remembered: boolean; children: ReactNode }) {
  const importGroup = useImportGroup();
  const { mutate } = importGroup;
  const started = useRef(false);
  useEffect(() => {
    if (remembered || started.current) return;
    started.current = true;
    mutate(groupId);
  }, [remembered, groupId, mutate]);

  if (remembered || importGroup.isSuccess) return children;
  if (importGroup.isError) {
    const error = importGroup.error;
    if (error instanceof ApiError && (error.code === "not_found" || error.code === "validation_failed")) {
      return <GroupNotFound groupId={groupId} message={error.message} />;
    }
    return <ErrorPanel error={error} action="add the group to this console's list" onRetry={() => mutate(groupId)} />;
  }
  return (
    <div className="flex justify-center py-16" data-testid="group-importing">
      <Spinner label="Adding the group to this console's list" />
    </div>
  );
}
