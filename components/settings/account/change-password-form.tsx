"use client";

import { useState, type FormEvent } from "react";
import { useChangePassword } from "../../../lib/client/team-queries";
import { setupBodySchema } from "../../../lib/contracts/team";
import { FormError } from "../../auth/form-error";
import { PasswordField } from "../../auth/password-field";
import { Button } from "../../ui/button";
import { Checkbox } from "../../ui/input";

/** The new password is checked with the server's rule before it is sent. */
function newPasswordError(password: string): string | undefined {
  const parsed = setupBodySchema.shape.password.safeParse(password);
  return parsed.success ? undefined : `New password ${parsed.error.issues[0].message}.`;
}

export function ChangePasswordForm() {
  const change = useChangePassword();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [signOutOthers, setSignOutOthers] = useState(true);
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = { current: current ? undefined : "Current password is required.", next: newPasswordError(next) };
    setErrors(found);
    if (found.current || found.next) return;
    change.mutate(
      { currentPassword: current, newPassword: next, revokeOtherSessions: signOutOthers },
      {
        onSuccess: () => {
          setCurrent("");
          setNext("");
        },
      },
    );
  };

  return (
    <form onSubmit={submit} className="max-w-md space-y-4" noValidate data-testid="change-password-form">
      <PasswordField
        purpose="current"
        label="Current password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        error={errors.current}
      />
      <PasswordField purpose="new" label="New password" value={next} onChange={(e) => setNext(e.target.value)} error={errors.next} />
      <label className="flex items-center gap-2 text-sm">
        <Checkbox checked={signOutOthers} onChange={(e) => setSignOutOthers(e.target.checked)} />
        Sign out my other sessions
      </label>
      <FormError message={change.error ? `Could not change the password: ${change.error.message}` : null} />
      {change.isSuccess && (
        <p role="status" className="text-sm text-success" data-testid="password-changed">
          Password changed.
        </p>
      )}
      <Button type="submit" variant="primary" disabled={change.isPending}>
        Change password
      </Button>
    </form>
  );
}
