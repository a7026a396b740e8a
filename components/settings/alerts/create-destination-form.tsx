"use client";

import { useState, type FormEvent } from "react";
import { useCreateAlertDestination } from "../../../lib/client/alert-queries";
import type { AlertDestinationKind, CreateAlertDestinationBody } from "../../../lib/contracts/alerts";
import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import { labelledChoices } from "../../ui/choice-options";
import { CopyButton } from "../../ui/copy-button";
import { ErrorPanel } from "../../ui/error-panel";
import { Input } from "../../ui/input";
import { LabelledField } from "../../ui/labelled-field";
import { SelectField } from "../../ui/select-field";

const KIND_LABEL: Record<AlertDestinationKind, string> = {
  webhook: "Webhook (signed JSON)",
  slack: "Slack-compatible webhook",
  email: "Email",
  browser: "Browser notifications",
};

function bodyOf(kind: AlertDestinationKind, name: string, target: string): CreateAlertDestinationBody {
  switch (kind) {
    case "webhook":
    case "slack":
      return { kind, name, url: target };
    case "email":
      return { kind, name, email: target };
    case "browser":
      return { kind, name };
  }
}

/** A new destination (admins); a signed webhook's secret is shown once. */
export function CreateDestinationForm() {
  const create = useCreateAlertDestination();
  const [kind, setKind] = useState<AlertDestinationKind>("webhook");
  const [name, setName] = useState("");
  const [target, setTarget] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(bodyOf(kind, name, target), {
      onSuccess: () => {
        setName("");
        setTarget("");
      },
    });
  };

  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" data-testid="create-destination-form">
        <SelectField label="Kind" {...labelledChoices(KIND_LABEL)} value={kind} onChange={setKind} data-testid="destination-kind" />
        <LabelledField label="Name" className="min-w-40 flex-1">
          {(id) => (
            <Input id={id} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} data-testid="destination-name" />
          )}
        </LabelledField>
        {kind !== "browser" && (
          <LabelledField label={kind === "email" ? "Email address" : "URL"} className="min-w-64 flex-[2]">
            {(id) => (
              <Input
                id={id}
                required
                type={kind === "email" ? "email" : "url"}
                value={target}
                onChange={(e) => setTarget(e.target.value)}
                data-testid="destination-target"
              />
            )}
          </LabelledField>
        )}
        <Button type="submit" variant="primary" disabled={create.isPending} data-testid="create-destination">
          Add destination
        </Button>
      </form>
      {create.error && <ErrorPanel error={create.error} action="add the destination" />}
      {create.data?.secret && (
        <Card tone="warning" padding="md" className="space-y-2" data-testid="created-destination-secret">
          <p className="text-sm font-medium">
            Signing secret of &ldquo;{create.data.destination.name}&rdquo;: copy it now, it is not shown again
          </p>
          <div className="flex gap-2">
            <Input readOnly aria-label="Signing secret" value={create.data.secret} className="min-w-0 flex-1 font-mono" />
            <CopyButton value={create.data.secret} label="Copy the signing secret">
              Copy secret
            </CopyButton>
          </div>
          <p className="text-xs">
            Deliveries carry <code>webhook-id</code>, <code>webhook-timestamp</code> and <code>webhook-signature</code> (Standard Webhooks).
          </p>
        </Card>
      )}
    </div>
  );
}
