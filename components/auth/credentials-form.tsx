"use client";

import { useState, type FormEvent } from "react";
import { MIN_PASSWORD_LENGTH } from "../../lib/auth/password-rules";
import { credentialErrors, type CredentialField } from "../../lib/client/credential-errors";
import type { SetupBody } from "../../lib/contracts/team";
import { Button } from "../ui/button";
import { Spinner } from "../ui/spinner";
import { useHydrated } from "../ui/use-hydrated";
import { FormError } from "./form-error";
import { FormField } from "./form-field";

export interface CredentialsFormProps {
  submitLabel: string;
  busyLabel: string;
  /** Sends the details; a thrown error's message is shown under the form. */
  onSubmit: (values: SetupBody) => Promise<void>;
}

/** Name, email and a new password, checked with the server's rules before they are sent (setup and invitations). */
export function CredentialsForm({ submitLabel, busyLabel, onSubmit }: CredentialsFormProps) {
  const [values, setValues] = useState<SetupBody>({ name: "", email: "", password: "" });
  const [errors, setErrors] = useState<Partial<Record<CredentialField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();

  const set = (field: CredentialField) => (value: string) => {
    setValues((was) => ({ ...was, [field]: value }));
    setErrors((was) => ({ ...was, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = credentialErrors(values);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSubmit({ ...values, name: values.name.trim(), email: values.email.trim() });
    } catch (error) {
      setFailure((error as Error).message);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4" noValidate data-testid="credentials-form">
      <FormField label="Name" autoComplete="name" value={values.name} onChange={(e) => set("name")(e.target.value)} error={errors.name} />
      <FormField
        label="Email"
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={(e) => set("email")(e.target.value)}
        error={errors.email}
      />
      <FormField
        label="Password"
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={(e) => set("password")(e.target.value)}
        error={errors.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      />
      <FormError message={failure} />
      <Button type="submit" variant="primary" disabled={busy || !hydrated} className="w-full">
        {busy && <Spinner label={busyLabel} />}
        {submitLabel}
      </Button>
    </form>
  );
}
