"use client";

import { useState, type ChangeEvent, type FormEvent } from "react";
import { credentialErrors, type CredentialField } from "../../lib/client/credential-errors";
import type { SetupBody } from "../../lib/contracts/team";
import { AuthSubmitButton } from "./auth-submit-button";
import { FormError } from "./form-error";
import { FormField } from "./form-field";
import { PasswordField } from "./password-field";

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

  const bind = (field: CredentialField) => ({
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.target.value;
      setValues((was) => ({ ...was, [field]: value }));
      setErrors((was) => ({ ...was, [field]: undefined }));
    },
    error: errors[field],
  });

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
      <FormField label="Name" autoComplete="name" {...bind("name")} />
      <FormField label="Email" type="email" autoComplete="email" {...bind("email")} />
      <PasswordField purpose="new" label="Password" {...bind("password")} />
      <FormError message={failure} />
      <AuthSubmitButton busy={busy} busyLabel={busyLabel}>
        {submitLabel}
      </AuthSubmitButton>
    </form>
  );
}
