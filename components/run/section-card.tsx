import type { ReactNode } from "react";
import { Card } from "../ui/card";

/** A titled panel of the run page. */
export function SectionCard({
  title,
  children,
  testId,
  actions,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  actions?: ReactNode;
}) {
  return (
    <Card data-testid={testId} aria-label={title}>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{title}</h2>
        {actions}
      </div>
      {children}
    </Card>
  );
}
