import { RunPageSkeleton } from "@/components/run/run-page-skeleton";

export default function Loading() {
  return <RunPageSkeleton />;
}
