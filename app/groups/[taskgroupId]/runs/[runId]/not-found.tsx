import Link from "next/link";
import { BUTTON_SECONDARY } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";

export default function RunNotFound() {
  return (
    <EmptyState
      testId="run-not-found"
      title="Run not found"
      description="A run id looks like trun_ followed by letters and digits, inside a group tgrp_…."
      actions={
        <Link href="/" className={BUTTON_SECONDARY}>
          All groups
        </Link>
      }
    />
  );
}
