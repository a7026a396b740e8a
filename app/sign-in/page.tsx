import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { FormError } from "@/components/auth/form-error";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SingleSignOnButton } from "@/components/auth/single-sign-on-button";
import { getSignInOptions } from "@/lib/auth/sign-in-options.server";
import { safeReturnPath } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Sign in · Task Group Console" };

interface Props {
  searchParams: Promise<{ next?: string | string[]; error?: string | string[] }>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const returnPath = safeReturnPath(first(query.next));
  // Single sign-on sends the browser back here with `?error=` when the provider's answer was refused.
  const ssoError = first(query.error);
  const { singleSignOn } = await getSignInOptions();
  return (
    <AuthCard title="Sign in" description={<p>Sign in to the Task Group Console.</p>} testId="sign-in-page">
      {ssoError && (
        <FormError message={`Single sign-on did not sign you in (${ssoError.replaceAll("_", " ")}). Ask an admin for an invitation.`} />
      )}
      <SignInForm returnPath={returnPath} />
      {singleSignOn && (
        <>
          <p className="text-center text-xs text-fg-subtle">or</p>
          <SingleSignOnButton name={singleSignOn.name} returnPath={returnPath} />
        </>
      )}
    </AuthCard>
  );
}
