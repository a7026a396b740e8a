import type { ReactNode } from "react";
import { TitledCard } from "../ui/titled-card";

/** A titled card of a settings page. */
export function SettingsSection({ testId, ...content }: { title: string; description?: ReactNode; children: ReactNode; testId?: string }) {
  return <TitledCard {...content} padding="lg" className="space-y-4" data-testid={testId} />;
}
