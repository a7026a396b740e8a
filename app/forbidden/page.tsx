import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { adminsToAsk } from "@/lib/auth/admins-to-ask.server";
import { getPageMember } from "@/lib/auth/page-member.server";
import { isRole, ROLE_DESCRIPTIONS } from "@/lib/auth/roles";
import { safeReturnPath } from "@/lib/auth/page-access";
import { SETTINGS_PAGES } from "@/lib/auth/settings-pages";

export const metadata: Metadata = { title: "Not allowed · Task Group Console" };

// The pages that need more than a viewer (lib/auth/page-access.ts), by the name their links use.
const PAGE_NAMES: Record<string, string> = {
  "/groups/new": "Create a task group",
  ...Object.fromEntries(SETTINGS_PAGES.map(({ path, name }) => [path, name])),
};

interface Props {
  searchParams: Promise<{ needed?: string | string[]; from?: string | string[] }>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ForbiddenPage({ searchParams }: Props) {
  const query = await searchParams;
  const needed = first(query.needed);
  const from = safeReturnPath(first(query.from));
  const path = from.split("?")[0];
  const pageName = PAGE_NAMES[path] ?? path;
  const [member, admins] = await Promise.all([getPageMember(), adminsToAsk()]);
  return (
    <Card padding="xl" className="mx-auto max-w-xl space-y-4" data-testid="forbidden-page">
      <h1 className="text-xl font-semibold tracking-tight">Your role does not open this page</h1>
      <p className="text-sm" data-testid="forbidden-reason">
        <strong>{pageName}</strong> (<code className="font-mono">{path}</code>) needs the{" "}
        <strong>{isRole(needed) ? needed : "a higher"}</strong> role or above
        {member ? (
          <>
            ; you are signed in as {member.email} with the <strong>{member.role}</strong> role.
          </>
        ) : (
          "."
        )}
      </p>
      {isRole(needed) && (
        <p className="text-sm text-fg-muted">
          The {needed} role {ROLE_DESCRIPTIONS[needed]}.
        </p>
      )}
      <div className="space-y-1 text-sm">
        <p>Ask an admin of this console to change your role:</p>
        <ul className="list-disc pl-5" data-testid="admins-to-ask">
          {admins.map((admin) => (
            <li key={admin.email}>
              {admin.name} ({admin.email})
            </li>
          ))}
        </ul>
      </div>
      <Link href="/" className={buttonClass()}>
        Back to all groups
      </Link>
    </Card>
  );
}
