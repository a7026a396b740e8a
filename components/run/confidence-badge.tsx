import { Badge, type BadgeTone } from "../ui/badge";

const TONE: Record<string, BadgeTone> = {
  high: "success",
  medium: "warning",
  low: "danger",
};

/** The processor's confidence in a field: high, medium or low, each its own colour. */
export function ConfidenceBadge({ confidence }: { confidence: string | null | undefined }) {
  if (!confidence) return null;
  const level = confidence.toLowerCase();
  return (
    <Badge tone={TONE[level] ?? "neutral"} data-testid="confidence-badge" data-confidence={level}>
      {level.charAt(0).toUpperCase() + level.slice(1)} confidence
    </Badge>
  );
}
