import type { FieldBasis as Basis } from "../../lib/parallel/types";
import { CitationList } from "./citation-list";
import { ConfidenceBadge } from "./confidence-badge";

/** Why the processor gave a field's value: confidence, reasoning and sources. */
export function FieldBasis({ basis }: { basis: Basis | undefined }) {
  if (!basis) return <p className="text-xs text-fg-subtle">No basis given.</p>;
  return (
    <div className="space-y-2" data-testid="field-basis" data-field={basis.field}>
      <ConfidenceBadge confidence={basis.confidence} />
      {basis.reasoning && <p className="text-sm whitespace-pre-wrap text-fg-soft">{basis.reasoning}</p>}
      <CitationList citations={basis.citations ?? []} />
    </div>
  );
}
