"use client";

import { useState } from "react";
import { singleSignOnUrl } from "../../lib/client/auth-requests";
import { Button } from "../ui/button";
import { useHydrated } from "../ui/use-hydrated";
import { FormError } from "./form-error";

/** "Sign in with <provider>": the provider signs the person in and sends them back to `returnPath`. */
export function SingleSignOnButton({ name, returnPath }: { name: string; returnPath: string }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const hydrated = useHydrated();
  const start = async () => {
    setBusy(true);
    setFailure(null);
    try {
      window.location.assign(await singleSignOnUrl(returnPath));
    } catch (error) {
      setFailure(`Could not start single sign-on: ${(error as Error).message}`);
      setBusy(false);
    }
  };
  return (
    <div className="space-y-2">
      <Button type="button" className="w-full" disabled={busy || !hydrated} onClick={() => void start()} data-testid="single-sign-on">
        Sign in with {name}
      </Button>
      <FormError message={failure} />
    </div>
  );
}
