"use client";

import { useId } from "react";
import type { CreatedApiToken } from "../../../lib/contracts/api-tokens";
import { Card } from "../../ui/card";
import { CopyButton } from "../../ui/copy-button";
import { Input } from "../../ui/input";

/** The new token: the only time it is shown (only its hash is kept). */
export function CreatedToken({ token }: { token: CreatedApiToken }) {
  const fieldId = useId();
  return (
    <Card tone="warning" padding="md" className="space-y-2" data-testid="created-token">
      <label htmlFor={fieldId} className="block text-sm font-medium">
        Your new {token.scope} token &ldquo;{token.name}&rdquo;: copy it now, it is not shown again
      </label>
      <div className="flex gap-2">
        <Input
          id={fieldId}
          readOnly
          value={token.token}
          className="min-w-0 flex-1 font-mono"
          onFocus={(event) => event.currentTarget.select()}
          data-testid="created-token-value"
        />
        <CopyButton value={token.token} label="Copy the token">
          Copy token
        </CopyButton>
      </div>
      <p className="text-xs">
        Use it as the SDK&apos;s <code>apiKey</code> with <code>baseURL</code> set to this console&apos;s <code>/api/parallel</code>.
        {token.expiresAt ? ` It expires ${new Date(token.expiresAt).toUTCString()}.` : ""}
      </p>
    </Card>
  );
}
