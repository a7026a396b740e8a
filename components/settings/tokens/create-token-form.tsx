"use client";

import { useState, type FormEvent } from "react";
import { scopeAllowed } from "../../../lib/auth/token-role";
import { useCreateApiToken } from "../../../lib/client/api-token-queries";
import {
  API_TOKEN_DAYS,
  API_TOKEN_SCOPE_DESCRIPTIONS,
  API_TOKEN_SCOPES,
  DEFAULT_API_TOKEN_DAYS,
  type ApiTokenScope,
} from "../../../lib/contracts/api-tokens";
import { useMember } from "../../member/member-context";
import { Button } from "../../ui/button";
import { ErrorPanel } from "../../ui/error-panel";
import { ExpiryDaysField } from "../../ui/expiry-days-field";
import { HINT, Input } from "../../ui/input";
import { LabelledField } from "../../ui/labelled-field";
import { SelectField } from "../../ui/select-field";
import { CreatedToken } from "./created-token";

/** A new token of yours (name, scope up to your role, expiry); the token is shown once, with a copy button. */
export function CreateTokenForm() {
  const member = useMember();
  const create = useCreateApiToken();
  const scopes = API_TOKEN_SCOPES.filter((scope) => member && scopeAllowed(member.role, scope));
  const [name, setName] = useState("");
  const [scope, setScope] = useState<ApiTokenScope>("read");
  const [days, setDays] = useState<(typeof API_TOKEN_DAYS)[number]>(DEFAULT_API_TOKEN_DAYS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, scope, expiresInDays: days }, { onSuccess: () => setName("") });
  };

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3" data-testid="create-token-form">
        <LabelledField label="Name" className="min-w-56 flex-1">
          {(id) => (
            <Input
              id={id}
              required
              maxLength={100}
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="nightly import script"
              data-testid="token-name"
            />
          )}
        </LabelledField>
        <SelectField
          label="Scope"
          choices={scopes}
          labelOf={(option) => (option === "read" ? "read" : "read and write")}
          value={scope}
          onChange={setScope}
          data-testid="token-scope"
        />
        <ExpiryDaysField choices={API_TOKEN_DAYS} value={days} onChange={setDays} testId="token-expiry" />
        <Button type="submit" variant="primary" disabled={create.isPending} data-testid="create-token">
          Create token
        </Button>
      </form>
      <p className={HINT}>
        {API_TOKEN_SCOPES.map((option) => `${option}: ${API_TOKEN_SCOPE_DESCRIPTIONS[option]}`).join(" · ")}
        {scopes.length < API_TOKEN_SCOPES.length && " · As a viewer you can create read tokens only."}
      </p>
      {create.error && <ErrorPanel error={create.error} action="create the token" />}
      {create.data && <CreatedToken key={create.data.id} token={create.data} />}
    </div>
  );
}
