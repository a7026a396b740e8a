"use client";

import type { CreatedApiToken } from "../../../lib/contracts/api-tokens";
import { ShownOnceCard } from "../../ui/shown-once-card";

/** The new token: the only time it is shown (only its hash is kept). */
export function CreatedToken({ token }: { token: CreatedApiToken }) {
  return (
    <ShownOnceCard
      label={
        <>
          Your new {token.scope} token &ldquo;{token.name}&rdquo;: copy it now, it is not shown again
        </>
      }
      value={token.token}
      copyLabel="Copy the token"
      copyText="Copy token"
      testId="created-token"
      valueTestId="created-token-value"
    >
      Use it as the SDK&apos;s <code>apiKey</code> with <code>baseURL</code> set to this console&apos;s <code>/api/parallel</code>.
      {token.expiresAt ? ` It expires ${new Date(token.expiresAt).toUTCString()}.` : ""}
    </ShownOnceCard>
  );
}
