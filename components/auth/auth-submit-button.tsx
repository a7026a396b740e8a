import type { ReactNode } from "react";
import { Button } from "../ui/button";
import { Spinner } from "../ui/spinner";
import { useHydrated } from "../ui/use-hydrated";

/** A sign-in or sign-up form's submit button: a spinner while the form is sent. */
export function AuthSubmitButton({ busy, busyLabel, children }: { busy: boolean; busyLabel: string; children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <Button type="submit" variant="primary" disabled={busy || !hydrated} className="w-full">
      {busy && <Spinner label={busyLabel} />}
      {children}
    </Button>
  );
}
