import type { ReactNode } from "react";

/** An absolute http(s) URL, or null: anything else (javascript:, data:, relative) is never a link. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export interface SafeLinkProps {
  href: string | null | undefined;
  children?: ReactNode;
  className?: string;
}

/**
 * A link to upstream-provided content: opened in a new tab without access to this page or a
 * referrer, and only for http(s); any other URL is shown as plain text.
 */
export function SafeLink({ href, children, className = "" }: SafeLinkProps) {
  const url = safeHttpUrl(href);
  if (!url) {
    return (
      <span className={className} data-testid="unsafe-link" title={href ? `Not opened: ${href}` : undefined}>
        {children ?? href}
      </span>
    );
  }
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className={`break-words text-accent underline decoration-accent/50 underline-offset-2 hover:decoration-current focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus ${className}`}
    >
      {children ?? url}
    </a>
  );
}
