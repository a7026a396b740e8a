"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { ApiError } from "../../lib/client/api-error";
import { useImportGroup } from "../../lib/client/group-queries";
import { useRoleGate } from "../member/member-context";
import { Card } from "../ui/card";
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
  // Adding a group to the list is an operator's action; a viewer is told so instead of being refused.
  const gate = useRoleGate("operator");
  useEffect(() => {
    if (remembered || started.current || !gate.allowed) return;
    started.current = true;
    mutate(groupId);
  }, [remembered, groupId, mutate, gate.allowed]);

  if (remembered || importGroup.isSuccess) return children;
  if (!gate.allowed) {
    return (
      <Card tone="warning" padding="lg" className="space-y-1 text-sm" data-testid="group-import-needs-role">
        <h1 className="text-base font-medium">This group is not in this console&apos;s list yet</h1>
        <p>Adding it needs the operator role. Ask an operator or an admin to open this link once; then it opens for you too.</p>
      </Card>
    );
  }
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
