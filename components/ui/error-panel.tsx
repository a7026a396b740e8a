"use client";

import { ApiError } from "../../lib/client/api-error";
import { Button } from "./button";
import { cardClass } from "./card";

export interface ErrorPanelProps {
  error: ApiError | Error;
  /** Shown as a "Try again" button when given. */
  onRetry?: () => void;
  /** What was being done, e.g. "load the groups". */
  action?: string;
  className?: string;
}

interface ErrorDescription {
  title: string;
  hint: string | null;
}

const INVALID_REQUEST: ErrorDescription = { title: "The request was not accepted", hint: null };

/** The console's error codes as a title a user can act on; a code not listed reads as its HTTP status. */
const DESCRIPTIONS: Partial<Record<ApiError["code"], ErrorDescription>> = {
  upstream_unreachable: {
    title: "The upstream API is unreachable",
    hint: "The console could not reach the Task Group API. Check the upstream and try again.",
  },
  upstream_error: { title: "The upstream API answered with an error", hint: null },
  not_found: { title: "Not found", hint: null },
  not_in_registry: {
    title: "Not in this console's list",
    hint: "Open the group's link again, or paste it in “Open a group by id or link”, to add it.",
  },
  validation_failed: INVALID_REQUEST,
  bad_request: INVALID_REQUEST,
  network: { title: "The console server did not answer", hint: "Check that the console is running and your connection is up." },
  forbidden: { title: "Your role does not allow this", hint: "Ask an admin of this console for a higher role." },
  unauthenticated: { title: "You are signed out", hint: "Sign in again to continue." },
  forbidden_origin: { title: "Request refused", hint: "The console only accepts requests from its own pages." },
  payload_too_large: { title: "Request too large", hint: null },
  database_unavailable: {
    title: "The console's database cannot be written",
    hint: "Free disk space or fix the database file's permissions, then try again.",
  },
};

/** What went wrong, in words: the console's error codes become a title a user can act on. */
export function describeError(error: ApiError | Error): ErrorDescription {
  if (!(error instanceof ApiError)) return { title: "Something went wrong", hint: null };
  return DESCRIPTIONS[error.code] ?? { title: `The console answered HTTP ${error.status}`, hint: null };
}

export function ErrorPanel({ error, onRetry, action, className = "" }: ErrorPanelProps) {
  const { title, hint } = describeError(error);
  return (
    <section
      role="alert"
      data-testid="error-panel"
      data-code={error instanceof ApiError ? error.code : "unknown"}
      className={cardClass({ tone: "danger" }, `text-sm text-danger-strong ${className}`)}
    >
      <h2 className="font-medium">{action ? `Could not ${action}: ${title.charAt(0).toLowerCase()}${title.slice(1)}` : title}</h2>
      <p className="mt-1 break-words text-danger-strong">{error.message}</p>
      {hint && <p className="mt-1 text-danger">{hint}</p>}
      {onRetry && (
        <Button type="button" variant="danger" onClick={onRetry} className="mt-3">
          Try again
        </Button>
      )}
    </section>
  );
}
