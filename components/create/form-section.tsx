import type { ReactNode } from "react";

/** One numbered part of the create form. */
export function FormSection({ step, title, description, children, testId }: { step: number; title: string; description?: ReactNode; children: ReactNode; testId?: string }) {
  const id = `create-step-${step}`;
  return (
    <section aria-labelledby={id} data-testid={testId} className="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id={id} className="flex items-baseline gap-2 text-base font-semibold">
        <span aria-hidden className="inline-flex h-6 w-6 items-center justify-center rounded-full bg-zinc-900 text-xs text-white dark:bg-zinc-100 dark:text-zinc-900">
          {step}
        </span>
        {title}
      </h2>
      {description && <div className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{description}</div>}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}
