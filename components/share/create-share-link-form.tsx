"use client";

import { useId, useState, type FormEvent } from "react";
import { useCreateShareLink } from "../../lib/client/share-queries";
import { SHARE_EXPIRY_DAYS } from "../../lib/contracts/share-links";
import { Button } from "../ui/button";
import { ErrorPanel } from "../ui/error-panel";
import { ExpiryDaysField } from "../ui/expiry-days-field";
import { Checkbox } from "../ui/input";
import { CreatedShareLinkCard } from "./created-share-link";

/** A new read-only link to the group: its expiry, and whether inputs and outputs are included. */
export function CreateShareLinkForm({ groupId }: { groupId: string }) {
  const create = useCreateShareLink(groupId);
  const [days, setDays] = useState<(typeof SHARE_EXPIRY_DAYS)[number]>(7);
  const [includeData, setIncludeData] = useState(false);
  const dataId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ expiresInDays: days, includeData });
  };

  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-4" data-testid="create-share-form">
        <ExpiryDaysField choices={SHARE_EXPIRY_DAYS} value={days} onChange={setDays} testId="share-expiry" />
        <div className="flex items-center gap-2 pb-2">
          <Checkbox id={dataId} checked={includeData} onChange={(e) => setIncludeData(e.target.checked)} data-testid="share-include-data" />
          <label htmlFor={dataId} className="text-sm">
            Include inputs and outputs (otherwise counts and progress only)
          </label>
        </div>
        <Button type="submit" variant="primary" disabled={create.isPending} data-testid="create-share-link">
          Create share link
        </Button>
      </form>
      {create.error && <ErrorPanel error={create.error} action="create the share link" />}
      {create.data && <CreatedShareLinkCard key={create.data.link.id} created={create.data} />}
    </div>
  );
}
