import type { ReactNode } from "react";
import { Card } from "../ui/card";

/** The narrow card the pages for people not signed in yet share: setup, sign-in, an invitation. */
export function AuthCard({
  title,
  description,
  children,
  testId,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card padding="xl" className="mx-auto max-w-md space-y-6" data-testid={testId}>
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
        {description && <div className="text-sm text-fg-muted">{description}</div>}
      </div>
      {children}
    </Card>
  );
}
