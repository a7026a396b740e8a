import type { Metadata } from "next";
import { Suspense } from "react";
import { CompareView } from "@/components/compare/compare-view";
import { Spinner } from "@/components/ui/spinner";

export const metadata: Metadata = { title: "Compare groups · Task Group Console" };

export default function ComparePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Compare groups</h1>
      {/* The view lives in the URL (nuqs reads search params), which needs a Suspense boundary. */}
      <Suspense fallback={<Spinner label="Loading the comparison" />}>
        <CompareView />
      </Suspense>
    </div>
  );
}
