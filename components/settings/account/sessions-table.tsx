"use client";

import { describeUserAgent } from "../../../lib/client/describe-user-agent";
import { useRevokeOtherSessions, useRevokeSession, useSessions } from "../../../lib/client/team-queries";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { CardTable, DangerActionCell, mutateOnClick } from "../../ui/card-table";
import { ErrorPanel } from "../../ui/error-panel";
import { QueryPending } from "../../ui/query-pending";
import { TD, TR } from "../../ui/table";
import { TimeCell } from "../../ui/time-cell";

/** Where you are signed in; each other session can be ended, or all of them at once. */
export function SessionsTable() {
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();

  if (!sessions.isSuccess) return <QueryPending query={sessions} what="your sessions" />;

  const { currentId } = sessions.data;
  const list = [...sessions.data.sessions].sort((a, b) => Number(b.id === currentId) - Number(a.id === currentId));
  const others = list.filter((session) => session.id !== currentId).length;
  const failure = revoke.error ?? revokeOthers.error;
  return (
    <div className="space-y-3">
      {failure && <ErrorPanel error={failure} action="end the session" />}
      <CardTable
        caption="Your sessions"
        columns={["Device", "IP address", "Signed in", "Last active"]}
        actions
        data-testid="sessions-table"
      >
        {list.map((session) => {
          const current = session.id === currentId;
          return (
            <TR key={session.id} data-testid="session-row" data-current={current}>
              <TD>
                <span title={session.userAgent ?? undefined}>{describeUserAgent(session.userAgent)}</span>
                {current && (
                  <Badge tone="accent" className="ml-2" data-testid="current-session">
                    This browser
                  </Badge>
                )}
              </TD>
              <TD className="font-mono text-xs text-fg-muted">{session.ipAddress || "unknown"}</TD>
              <TimeCell value={session.createdAt} />
              <TimeCell value={session.updatedAt} />
              <DangerActionCell
                offered={!current}
                {...mutateOnClick(revoke, session.token)}
                aria-label={`Sign out ${describeUserAgent(session.userAgent)} from ${session.ipAddress || "an unknown address"}`}
                data-testid="revoke-session"
              >
                Sign out
              </DangerActionCell>
            </TR>
          );
        })}
      </CardTable>
      <Button
        type="button"
        variant="danger"
        disabled={others === 0 || revokeOthers.isPending}
        onClick={() => revokeOthers.mutate()}
        data-testid="revoke-other-sessions"
      >
        Sign out all other sessions
      </Button>
    </div>
  );
}
