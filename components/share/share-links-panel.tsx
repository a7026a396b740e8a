"use client";

import { useShareLinks, useRevokeShareLink } from "../../lib/client/share-queries";
import type { ShareLinkSummary } from "../../lib/contracts/share-links";
import { useRoleGate } from "../member/member-context";
import { Badge, type BadgeTone } from "../ui/badge";
import { CardTable, DangerActionCell, mutateOnClick } from "../ui/card-table";
import { ErrorPanel } from "../ui/error-panel";
import { QueryPending } from "../ui/query-pending";
import { RelativeTime } from "../ui/relative-time";
import { TD, TR } from "../ui/table";
import { CreateShareLinkForm } from "./create-share-link-form";

const STATE_TONE: Record<ShareLinkSummary["state"], BadgeTone> = { open: "success", revoked: "neutral", expired: "warning" };

/** The group's read-only share links: every member sees them; operators create and revoke them. */
export function ShareLinksPanel({ groupId }: { groupId: string }) {
  const links = useShareLinks(groupId);
  const revoke = useRevokeShareLink(groupId);
  const operator = useRoleGate("operator");

  return (
    <section aria-labelledby="share-links-heading" className="space-y-3" data-testid="share-links">
      <h2 id="share-links-heading" className="text-lg font-semibold">
        Share links
      </h2>
      <p className="text-sm text-fg-muted">Read-only links to this group for people outside the team; no sign-in needed.</p>
      {operator.allowed && <CreateShareLinkForm groupId={groupId} />}
      {revoke.error && <ErrorPanel error={revoke.error} action="revoke the share link" />}
      {!links.isSuccess ? (
        <QueryPending query={links} what="the share links" />
      ) : links.data.items.length === 0 ? (
        <p className="text-sm text-fg-muted">No share link yet.</p>
      ) : (
        <CardTable
          caption="Share links"
          columns={["State", "Shares", "Created by", "Created", "Expires", "Opened"]}
          actions
          data-testid="share-links-table"
        >
          {links.data.items.map((link) => (
            <TR key={link.id} data-testid="share-link-row" data-state={link.state}>
              <TD>
                <Badge tone={STATE_TONE[link.state]}>{link.state}</Badge>
              </TD>
              <TD>{link.includeData ? "inputs and outputs" : "counts only"}</TD>
              <TD>{link.createdBy ?? "—"}</TD>
              <TD>
                <RelativeTime value={link.createdAt} />
              </TD>
              <TD>
                <RelativeTime value={link.expiresAt} />
              </TD>
              <TD data-testid="share-link-opens">
                {link.openCount === 1 ? "1 time" : `${link.openCount} times`}
                {link.lastOpenedAt && (
                  <>
                    , last <RelativeTime value={link.lastOpenedAt} />
                  </>
                )}
              </TD>
              <DangerActionCell
                offered={operator.allowed && link.state === "open"}
                {...mutateOnClick(revoke, link.id)}
                data-testid="revoke-share-link"
              >
                Revoke
              </DangerActionCell>
            </TR>
          ))}
        </CardTable>
      )}
    </section>
  );
}
