import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";

export default function RunNotFound() {
  return (
    <EmptyState
      testId="run-not-found"
      title="Run not found"
      description="A run id looks like trun_ followed by letters and digits, inside a group tgrp_…."
      actions={
        <Link href="/" className={buttonClass()}>
          All groups
        </Link>
      }
    />
  );
}
