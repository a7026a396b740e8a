"use client";

import type { CreatedShareLink } from "../../lib/contracts/share-links";
import { ShownOnceCard } from "../ui/shown-once-card";

/** The new share link: the only time it is shown (only its hash is kept). */
export function CreatedShareLinkCard({ created }: { created: CreatedShareLink }) {
  const url = typeof window === "undefined" ? created.path : new URL(created.path, window.location.origin).toString();
  return (
    <ShownOnceCard
      label="Share link: copy it now, it is not shown again"
      value={url}
      copyLabel="Copy the share link"
      copyText="Copy link"
      testId="created-share-link"
      valueTestId="share-link-url"
    >
      Anyone with it sees this group read-only {created.link.includeData ? "with its inputs and outputs" : "(counts and progress only)"}{" "}
      until {new Date(created.link.expiresAt).toUTCString()}.
    </ShownOnceCard>
  );
}
