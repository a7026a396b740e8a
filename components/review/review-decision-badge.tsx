import type { ReviewDecisionRecord } from "../../lib/contracts/group-review";
import { Badge, type BadgeTone } from "../ui/badge";

const TONE: Record<ReviewDecisionRecord["decision"], BadgeTone> = { accepted: "success", edited: "accent", wrong: "danger" };
const LABEL: Record<ReviewDecisionRecord["decision"], string> = { accepted: "Accepted", edited: "Edited", wrong: "Marked wrong" };

export function ReviewDecisionBadge({ decision }: { decision: ReviewDecisionRecord | null }) {
  if (!decision) return <Badge data-testid="review-decision">To review</Badge>;
  return (
    <Badge tone={TONE[decision.decision]} data-testid="review-decision" data-decision={decision.decision}>
      {LABEL[decision.decision]}
    </Badge>
  );
}
