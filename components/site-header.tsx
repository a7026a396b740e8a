import Link from "next/link";
import { UpstreamBadge } from "./upstream-badge";

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Task Group Console
        </Link>
        <UpstreamBadge />
      </div>
    </header>
  );
}
