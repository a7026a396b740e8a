import { useId, type ReactNode } from "react";
import { Card } from "../ui/card";

/** A titled card of a settings page. */
export function SettingsSection({
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
  const headingId = useId();
  return (
    <Card padding="lg" className="space-y-4" aria-labelledby={headingId} data-testid={testId}>
      <div className="space-y-1">
        <h2 id={headingId} className="text-base font-semibold">
          {title}
        </h2>
        {description && <div className="text-sm text-fg-muted">{description}</div>}
      </div>
      {children}
    </Card>
  );
}
