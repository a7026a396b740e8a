"use client";

import { useId, useState, type FormEvent } from "react";
import { useCreateShareLink } from "../../lib/client/share-queries";
import { SHARE_EXPIRY_DAYS } from "../../lib/contracts/share-links";
import { Button } from "../ui/button";
import { ErrorPanel } from "../ui/error-panel";
import { Checkbox, LABEL, Select } from "../ui/input";
import { CreatedShareLinkCard } from "./created-share-link";

type Days = (typeof SHARE_EXPIRY_DAYS)[number];

/** A new read-only link to the group: its expiry, and whether inputs and outputs are included. */
export function CreateShareLinkForm({ groupId }: { groupId: string }) {
  const create = useCreateShareLink(groupId);
  const [days, setDays] = useState<Days>(7);
  const [includeData, setIncludeData] = useState(false);
  const daysId = useId();
  const dataId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ expiresInDays: days, includeData });
  };

  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-4" data-testid="create-share-form">
        <div className="space-y-1">
          <label htmlFor={daysId} className={LABEL}>
            Expires after
          </label>
          <Select id={daysId} value={days} onChange={(e) => setDays(Number(e.target.value) as Days)} data-testid="share-expiry">
            {SHARE_EXPIRY_DAYS.map((option) => (
              <option key={option} value={option}>
                {option === 1 ? "1 day" : `${option} days`}
              </option>
            ))}
          </Select>
        </div>
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
