import Link from "next/link";
import { UpstreamBadge } from "./upstream-badge";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Task Group Console
        </Link>
        <UpstreamBadge />
      </div>
    </header>
  );
}
