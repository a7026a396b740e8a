import type { Citation } from "../../lib/parallel/types";
import { SafeLink, safeHttpUrl } from "./safe-link";

/** A field's sources: title as the link (http(s) only), the host, and the quoted excerpts. */
export function CitationList({ citations }: { citations: Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <ol className="space-y-2" data-testid="citations">
      {citations.map((citation, index) => (
        <li key={`${citation.url}-${index}`} className="text-sm" data-testid="citation">
          <SafeLink href={citation.url} className="font-medium">
            {citation.title || citation.url}
          </SafeLink>
          <span className="ml-2 text-xs text-fg-subtle">{hostOf(citation.url)}</span>
          {citation.excerpts && citation.excerpts.length > 0 && (
            <ul className="mt-1 space-y-1">
              {citation.excerpts.map((excerpt, i) => (
                <li key={i}>
                  <blockquote className="border-l-2 border-line-strong pl-2 text-xs text-fg-muted italic">{excerpt}</blockquote>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function hostOf(url: string): string {
  const safe = safeHttpUrl(url);
  return safe ? new URL(safe).host : "";
}
