"use client";

import { useApiTokens, useRevokeApiToken } from "../../../lib/client/api-token-queries";
import type { ApiTokenState } from "../../../lib/contracts/api-tokens";
import { Badge, type BadgeTone } from "../../ui/badge";
import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import { ErrorPanel } from "../../ui/error-panel";
import { RelativeTime } from "../../ui/relative-time";
import { Spinner } from "../../ui/spinner";
import { TBody, TD, TH, THead, TR, Table } from "../../ui/table";

const STATE_TONE: Record<ApiTokenState, BadgeTone> = { active: "success", revoked: "neutral", expired: "warning" };

/** Tokens, newest first, with their last use; an active one can be revoked. `everyone`: every member's (admins). */
export function TokensTable({ everyone = false }: { everyone?: boolean }) {
  const tokens = useApiTokens({ everyone });
  const revoke = useRevokeApiToken();
  const testId = everyone ? "all-tokens-table" : "tokens-table";

  if (tokens.isPending) return <Spinner label="Loading the tokens" />;
  if (tokens.isError) return <ErrorPanel error={tokens.error} action="load the tokens" onRetry={() => void tokens.refetch()} />;
  if (tokens.data.items.length === 0) return <p className="text-sm text-fg-muted">No token yet.</p>;

  return (
    <div className="space-y-3">
      {revoke.error && <ErrorPanel error={revoke.error} action="revoke the token" />}
      <Card as="div" padding="none" className="overflow-x-auto">
        <Table className="w-full" data-testid={testId}>
          <caption className="sr-only">{everyone ? "Every member's API tokens" : "Your API tokens"}</caption>
          <THead>
            <tr>
              <TH scope="col">Name</TH>
              {everyone && <TH scope="col">Member</TH>}
              <TH scope="col">Scope</TH>
              <TH scope="col">State</TH>
              <TH scope="col">Last used</TH>
              <TH scope="col">Expires</TH>
              <TH scope="col">
                <span className="sr-only">Actions</span>
              </TH>
            </tr>
          </THead>
          <TBody>
            {tokens.data.items.map((token) => (
              <TR key={token.id} data-testid="token-row" data-state={token.state}>
                <TD>
                  <span className="font-medium">{token.name}</span>
                  <span className="ml-2 font-mono text-xs text-fg-muted">{token.hint}…</span>
                </TD>
                {everyone && <TD className="text-fg-muted">{token.memberEmail}</TD>}
                <TD>{token.scope}</TD>
                <TD>
                  <Badge tone={STATE_TONE[token.state]}>{token.state}</Badge>
                </TD>
                <TD className="whitespace-nowrap text-fg-muted" data-testid="token-last-used">
                  {token.lastUsedAt ? <RelativeTime value={token.lastUsedAt} /> : "never"}
                </TD>
                <TD className="whitespace-nowrap text-fg-muted">{token.expiresAt ? <RelativeTime value={token.expiresAt} /> : "never"}</TD>
                <TD className="text-right">
                  {token.state === "active" && (
                    <Button
                      type="button"
                      variant="danger"
                      size="sm"
                      disabled={revoke.isPending}
                      onClick={() => revoke.mutate(token.id)}
                      aria-label={`Revoke the token ${token.name}${everyone ? ` of ${token.memberEmail}` : ""}`}
                      data-testid="revoke-token"
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
    </div>
  );
}
