"use client";

import Markdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { SafeLink } from "./safe-link";

interface HastNode {
  type: string;
  value?: string;
  children?: HastNode[];
}

/**
 * HTML inside the Markdown is shown as the literal text it is. Without this the sanitizer would
 * drop it silently; either way it never becomes markup (no rehype-raw here).
 */
function rehypeRawAsText() {
  const visit = (node: HastNode) => {
    node.children?.forEach((child, index, siblings) => {
      if (child.type === "raw") siblings[index] = { type: "text", value: child.value ?? "" };
      else visit(child);
    });
  };
  return (tree: HastNode) => visit(tree);
}

const components: Components = {
  // Links only to http(s), in a new tab without opener or referrer; anything else is text.
  a: ({ href, children }) => <SafeLink href={href}>{children}</SafeLink>,
  // Images are not loaded (tracking pixels, hostile hosts): their alt text stands in.
  img: ({ alt }) => <span className="text-fg-subtle italic">[image{alt ? `: ${alt}` : ""}]</span>,
};

// No typography plugin: the few elements Markdown produces get their looks here.
const PROSE = [
  "space-y-3 text-sm leading-relaxed break-words",
  "[&_h1]:text-xl [&_h1]:font-semibold [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:text-base [&_h3]:font-semibold [&_h4]:font-semibold",
  "[&_ul]:list-disc [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:pl-5 [&_li]:my-0.5",
  "[&_blockquote]:border-l-2 [&_blockquote]:border-line-strong [&_blockquote]:pl-3 [&_blockquote]:text-fg-muted",
  "[&_code]:rounded [&_code]:bg-surface-hover [&_code]:px-1 [&_code]:font-mono [&_code]:text-xs",
  "[&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-surface-hover [&_pre]:p-3",
  "[&_table]:w-auto [&_table]:border-collapse [&_td]:border [&_td]:border-line-strong [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-line-strong [&_th]:bg-surface-muted [&_th]:px-2 [&_th]:py-1 [&_th]:text-left",
].join(" ");

/** A text output's Markdown: GitHub flavour, sanitized with the default schema, never raw HTML. */
export function MarkdownOutput({ markdown }: { markdown: string }) {
  return (
    <div data-testid="markdown-output" className={PROSE}>
      <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeRawAsText, rehypeSanitize]} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
