"use client";

import { useGroups } from "../../lib/client/group-queries";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { GroupsEmpty } from "./groups-empty";
import { GroupsNoMatch } from "./groups-no-match";
import { GroupsPagination } from "./groups-pagination";
import { GroupsTable } from "./groups-table";
import { GroupsToolbar } from "./groups-toolbar";
import { OpenGroupForm } from "./open-group-form";
import { useGroupsUrlState } from "./use-groups-url-state";
import { groupsListParams } from "../../lib/client/groups-view-params";
import { GatedLinkButton } from "../member/gated-link-button";

export function GroupsView() {
  const view = useGroupsUrlState();
  const groups = useGroups(groupsListParams(view));
  const page = groups.data;

  return (
    <section aria-labelledby="groups-heading" className="space-y-4" data-testid="groups-view">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="groups-heading" className="text-xl font-semibold tracking-tight">
          Task groups
        </h1>
        <GatedLinkButton href="/groups/new" needs="operator" variant="primary" testId="new-group-link">
          New group
        </GatedLinkButton>
      </div>
      <OpenGroupForm />
      <GroupsToolbar q={view.q} sort={view.sort} order={view.order} size={view.size} addedBy={view.added_by} onChange={view.setView} />
      {groups.isPending ? (
        <div className="flex justify-center py-10" data-testid="groups-loading">
          <Spinner label="Loading groups" />
        </div>
      ) : groups.isError && !page ? (
        <ErrorPanel error={groups.error} action="load the groups" onRetry={() => void groups.refetch()} />
      ) : page && page.items.length === 0 && view.pageNumber === 1 ? (
        view.q || view.added_by === "me" ? (
          <GroupsNoMatch q={view.q} mine={view.added_by === "me"} onClear={() => view.setView({ q: "", added_by: "anyone" })} />
        ) : (
          <GroupsEmpty />
        )
      ) : page ? (
        <>
          {groups.isError && <ErrorPanel error={groups.error} action="refresh the groups" onRetry={() => void groups.refetch()} />}
          <GroupsTable groups={page.items} busy={groups.isPlaceholderData} />
          <GroupsPagination
            pageNumber={view.pageNumber}
            pageSize={view.size}
            shown={page.items.length}
            total={page.total}
            hasNext={page.nextCursor !== null && !groups.isPlaceholderData}
            onPrevious={view.previousPage}
            onNext={() => page.nextCursor && view.nextPage(page.nextCursor)}
          />
        </>
      ) : null}
    </section>
  );
}
