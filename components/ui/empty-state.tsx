import type { ReactNode } from "react";

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** Buttons or links offered as the way forward. */
  actions?: ReactNode;
  testId?: string;
  className?: string;
}

/** The dashed box shown where a list or view has nothing yet, with what the user can do about it. */
export function EmptyState({ title, description, actions, testId = "empty-state", className = "" }: EmptyStateProps) {
  return (
    <section data-testid={testId} className={`rounded-lg border border-dashed border-line-strong p-10 text-center ${className}`}>
      <h2 className="text-base font-medium">{title}</h2>
      {description && <div className="mt-1 text-sm text-fg-subtle">{description}</div>}
      {actions && <div className="mt-4 flex flex-wrap items-center justify-center gap-3">{actions}</div>}
    </section>
  );
}
