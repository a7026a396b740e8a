"use client";

import { useState, type FormEvent } from "react";
import { signInWithEmail } from "../../lib/client/auth-requests";
import { AuthSubmitButton } from "./auth-submit-button";
import { FormError } from "./form-error";
import { FormField } from "./form-field";
import { PasswordField } from "./password-field";

/** Email and password; on success the browser goes on to `returnPath` (a path on this console). */
export function SignInForm({ returnPath }: { returnPath: string }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setFailure(!email.trim() ? "Enter your email." : "Enter your password.");
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await signInWithEmail(email.trim(), password);
      // A full load: the header and the page read the new session on the server.
      window.location.assign(returnPath);
    } catch (error) {
      // 401 reads "Wrong email or password." whichever was wrong; 429 says how many seconds to wait.
      setFailure((error as Error).message);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4" noValidate data-testid="sign-in-form">
      <FormField label="Email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
      <PasswordField purpose="current" label="Password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <FormError message={failure} />
      <AuthSubmitButton busy={busy} busyLabel="Signing in">
        Sign in
      </AuthSubmitButton>
    </form>
  );
}
