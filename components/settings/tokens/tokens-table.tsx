"use client";

import { useApiTokens, useRevokeApiToken } from "../../../lib/client/api-token-queries";
import type { ApiTokenState } from "../../../lib/contracts/api-tokens";
import { Badge, type BadgeTone } from "../../ui/badge";
import { CardTable, DangerActionCell, mutateOnClick } from "../../ui/card-table";
import { ErrorPanel } from "../../ui/error-panel";
import { QueryPending } from "../../ui/query-pending";
import { TD, TR } from "../../ui/table";
import { TimeCell } from "../../ui/time-cell";

const STATE_TONE: Record<ApiTokenState, BadgeTone> = { active: "success", revoked: "neutral", expired: "warning" };

/** Tokens, newest first, with their last use; an active one can be revoked. `everyone`: every member's (admins). */
export function TokensTable({ everyone = false }: { everyone?: boolean }) {
  const tokens = useApiTokens({ everyone });
  const revoke = useRevokeApiToken();

  if (!tokens.isSuccess) return <QueryPending query={tokens} what="the tokens" />;
  if (tokens.data.items.length === 0) return <p className="text-sm text-fg-muted">No token yet.</p>;

  return (
    <div className="space-y-3">
      {revoke.error && <ErrorPanel error={revoke.error} action="revoke the token" />}
      <CardTable
        caption={everyone ? "Every member's API tokens" : "Your API tokens"}
        columns={["Name", ...(everyone ? ["Member"] : []), "Scope", "State", "Last used", "Expires"]}
        actions
        data-testid={everyone ? "all-tokens-table" : "tokens-table"}
      >
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
            <TimeCell value={token.lastUsedAt} absent="never" data-testid="token-last-used" />
            <TimeCell value={token.expiresAt} absent="never" />
            <DangerActionCell
              offered={token.state === "active"}
              {...mutateOnClick(revoke, token.id)}
              aria-label={`Revoke the token ${token.name}${everyone ? ` of ${token.memberEmail}` : ""}`}
              data-testid="revoke-token"
            >
              Revoke
            </DangerActionCell>
          </TR>
        ))}
      </CardTable>
    </div>
  );
}
