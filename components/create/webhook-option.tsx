"use client";

import type { Draft } from "../../lib/upload/draft";
import { FormSection } from "./form-section";
import type { DraftUpdate } from "./use-draft";
import { HINT } from "../ui/input";

/** Offered when the console has a public webhook URL: Parallel then POSTs each run's status changes to it. */
export function WebhookOption({ url, draft, update }: { url: string; draft: Draft; update: (change: DraftUpdate) => void }) {
  return (
    <FormSection step={4} title="Status updates" testId="webhook-section">
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-0.5"
          checked={draft.askForWebhooks !== false}
          onChange={(event) => update({ askForWebhooks: event.target.checked })}
          data-testid="ask-for-webhooks"
        />
        <span>
          Ask Parallel to send each run&apos;s status changes to this console
          <span className={`block ${HINT}`}>
            Webhooks to <code className="break-all">{url}</code> keep this group current even when nobody has it open.
          </span>
        </span>
      </label>
    </FormSection>
  );
}
