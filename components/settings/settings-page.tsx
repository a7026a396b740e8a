import type { ReactNode } from "react";

/** A settings page of sections: its title as the page's h1, an optional line under it, then the sections. */
export function SettingsPage({
  title,
  subtitle,
  testId,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  const heading = <h1 className="text-xl font-semibold tracking-tight">{title}</h1>;
  return (
    <div className="space-y-6" data-testid={testId}>
      {subtitle ? (
        <div className="space-y-1">
          {heading}
          {subtitle}
        </div>
      ) : (
        heading
      )}
      {children}
    </div>
  );
}
