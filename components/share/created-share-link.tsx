"use client";

import { useId } from "react";
import type { CreatedShareLink } from "../../lib/contracts/share-links";
import { Card } from "../ui/card";
import { CopyButton } from "../ui/copy-button";
import { Input } from "../ui/input";

/** The new share link: the only time it is shown (only its hash is kept). */
export function CreatedShareLinkCard({ created }: { created: CreatedShareLink }) {
  const fieldId = useId();
  const url = typeof window === "undefined" ? created.path : new URL(created.path, window.location.origin).toString();
  return (
    <Card tone="warning" padding="md" className="space-y-2" data-testid="created-share-link">
      <label htmlFor={fieldId} className="block text-sm font-medium">
        Share link: copy it now, it is not shown again
      </label>
      <div className="flex gap-2">
        <Input
          id={fieldId}
          readOnly
          value={url}
          className="min-w-0 flex-1 font-mono"
          onFocus={(event) => event.currentTarget.select()}
          data-testid="share-link-url"
        />
        <CopyButton value={url} label="Copy the share link">
          Copy link
        </CopyButton>
      </div>
      <p className="text-xs">
        Anyone with it sees this group read-only {created.link.includeData ? "with its inputs and outputs" : "(counts and progress only)"}{" "}
        until {new Date(created.link.expiresAt).toUTCString()}.
      </p>
    </Card>
  );
}
