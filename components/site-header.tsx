import Link from "next/link";
import { AlertNotificationsToggle } from "./alerts/alert-notifications-toggle";
import { AccountMenu } from "./member/account-menu";
import { UpstreamBadge } from "./upstream-badge";

/** The console's name, and for a signed-in member the upstream's state and who they are. */
export function SiteHeader({ signedIn }: { signedIn: boolean }) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Task Group Console
        </Link>
        {/* The upstream's state is for members only: asking for it signed out would be refused. */}
        {signedIn && (
          <div className="flex items-center gap-3">
            <AlertNotificationsToggle />
            <UpstreamBadge />
            <AccountMenu />
          </div>
        )}
      </div>
    </header>
  );
}
