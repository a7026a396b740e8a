import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";

export const metadata: Metadata = { title: "Set up · Task Group Console" };

export default function SetupPage() {
  return (
    <AuthCard
      title="Set up the console"
      description={<p>Nobody uses this console yet. Create its owner: an admin who can invite the rest of the team.</p>}
      testId="setup-page"
    >
      <SetupForm />
    </AuthCard>
  );
}
