import type { ReactNode } from "react";
import { TitledCard } from "../ui/titled-card";

/** The narrow card the pages for people not signed in yet share: setup, sign-in, an invitation. */
export function AuthCard({ testId, ...content }: { title: string; description?: ReactNode; children: ReactNode; testId?: string }) {
  return <TitledCard {...content} heading="page" padding="xl" className="mx-auto max-w-md space-y-6" data-testid={testId} />;
}
