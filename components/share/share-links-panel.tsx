"use client";

import { useShareLinks, useRevokeShareLink } from "../../lib/client/share-queries";
import type { ShareLinkSummary } from "../../lib/contracts/share-links";
import { useRoleGate } from "../member/member-context";
import { Badge, type BadgeTone } from "../ui/badge";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ErrorPanel } from "../ui/error-panel";
import { RelativeTime } from "../ui/relative-time";
import { Spinner } from "../ui/spinner";
import { TBody, TD, TH, THead, TR, Table } from "../ui/table";
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
      {links.isPending ? (
        <Spinner label="Loading the share links" />
      ) : links.isError ? (
        <ErrorPanel error={links.error} action="load the share links" onRetry={() => void links.refetch()} />
      ) : links.data.items.length === 0 ? (
        <p className="text-sm text-fg-muted">No share link yet.</p>
      ) : (
        <Card as="div" padding="none" className="overflow-x-auto">
          <Table className="w-full" data-testid="share-links-table">
            <caption className="sr-only">Share links</caption>
            <THead>
              <tr>
                <TH scope="col">State</TH>
                <TH scope="col">Shares</TH>
                <TH scope="col">Created by</TH>
                <TH scope="col">Created</TH>
                <TH scope="col">Expires</TH>
                <TH scope="col">Opened</TH>
                <TH scope="col">
                  <span className="sr-only">Actions</span>
                </TH>
              </tr>
            </THead>
            <TBody>
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
                  <TD className="text-right">
                    {operator.allowed && link.state === "open" && (
                      <Button
                        type="button"
                        size="sm"
                        variant="danger"
                        disabled={revoke.isPending}
                        onClick={() => revoke.mutate(link.id)}
                        data-testid="revoke-share-link"
                      >
                        Revoke
                      </Button>
                    )}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </Card>
      )}
    </section>
  );
}
