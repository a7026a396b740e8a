import type { ReactNode } from "react";
import { Card } from "../ui/card";

/** One numbered part of the create form. */
export function FormSection({
  step,
  title,
  description,
  children,
  testId,
}: {
  step: number;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const id = `create-step-${step}`;
  return (
    <Card aria-labelledby={id} data-testid={testId} padding="lg">
      <h2 id={id} className="flex items-baseline gap-2 text-base font-semibold">
        <span aria-hidden className="inline-flex h-6 w-6 items-center justify-center rounded-full bg-inverse text-xs text-on-inverse">
          {step}
        </span>
        {title}
      </h2>
      {description && <div className="mt-1 text-sm text-fg-muted">{description}</div>}
      <div className="mt-4 space-y-4">{children}</div>
    </Card>
  );
}
