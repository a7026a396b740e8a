import type { Metadata } from "next";
import { CompareView } from "@/components/compare/compare-view";
import { UrlStateBoundary } from "@/components/ui/url-state-boundary";

export const metadata: Metadata = { title: "Compare groups · Task Group Console" };

export default function ComparePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Compare groups</h1>
      <UrlStateBoundary loading="Loading the comparison">
        <CompareView />
      </UrlStateBoundary>
    </div>
  );
}
