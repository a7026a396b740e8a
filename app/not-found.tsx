import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export default function NotFound() {
  return (
    <Card data-testid="page-not-found" padding="xl" className="text-center">
      <h1 className="text-lg font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-fg-muted">There is nothing at this address.</p>
      <Link href="/" className={buttonClass({}, "mt-4")}>
        Back to all groups
      </Link>
    </Card>
  );
}
