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
          <span className="ml-2 text-xs text-zinc-500 dark:text-zinc-400">{hostOf(citation.url)}</span>
          {citation.excerpts && citation.excerpts.length > 0 && (
            <ul className="mt-1 space-y-1">
              {citation.excerpts.map((excerpt, i) => (
                <li key={i}>
                  <blockquote className="border-l-2 border-zinc-300 pl-2 text-xs text-zinc-600 italic dark:border-zinc-700 dark:text-zinc-400">{excerpt}</blockquote>
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
