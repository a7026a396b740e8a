"use client";

import { useState, type ReactNode } from "react";

/** Children shown per object or array before "Show all": long arrays stay cheap to render. */
const MAX_CHILDREN = 100;
/** Levels open at first; deeper ones start collapsed. */
const OPEN_DEPTH = 2;

/** A JSON value as a collapsible tree, every string shown as text (never markup). */
export function JsonTree({ value, label }: { value: unknown; label?: string }) {
  return (
    <div className="font-mono text-xs leading-relaxed" data-testid="json-tree">
      <JsonNode value={value} name={label} depth={0} />
    </div>
  );
}

function JsonNode({ value, name, depth }: { value: unknown; name?: string; depth: number }) {
  const key = name !== undefined ? <span className="text-fg-soft">{name}: </span> : null;
  if (value === null || typeof value !== "object") {
    return (
      <div className="break-words whitespace-pre-wrap">
        {key}
        <Scalar value={value} />
      </div>
    );
  }
  return <Branch value={value as Record<string, unknown> | unknown[]} name={key} depth={depth} />;
}

function Branch({ value, name, depth }: { value: Record<string, unknown> | unknown[]; name: ReactNode; depth: number }) {
  const [showAll, setShowAll] = useState(false);
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return (
      <div>
        {name}
        <span className="text-fg-subtle">{`${open}${close}`}</span>
      </div>
    );
  }
  const shown = showAll ? entries : entries.slice(0, MAX_CHILDREN);
  const summary = Array.isArray(value)
    ? `${entries.length} ${entries.length === 1 ? "item" : "items"}`
    : `${entries.length} ${entries.length === 1 ? "key" : "keys"}`;
  return (
    <details open={depth < OPEN_DEPTH} className="group">
      <summary className="cursor-pointer list-none rounded-sm focus-visible:outline-2 focus-visible:outline-focus [&::-webkit-details-marker]:hidden">
        <span aria-hidden className="inline-block w-3 text-fg-subtle transition-transform group-open:rotate-90">
          ▸
        </span>
        {name}
        <span className="text-fg-subtle">
          {open} <span className="italic">{summary}</span> {close}
        </span>
      </summary>
      <div className="ml-3 border-l border-line pl-3">
        {shown.map(([k, v]) => (
          <JsonNode key={k} name={k} value={v} depth={depth + 1} />
        ))}
        {!showAll && entries.length > MAX_CHILDREN && (
          <button type="button" onClick={() => setShowAll(true)} className="text-accent hover:underline">
            Show all {entries.length.toLocaleString("en-US")}
          </button>
        )}
      </div>
    </details>
  );
}

function Scalar({ value }: { value: unknown }) {
  if (typeof value === "string") return <span className="text-success">&quot;{value}&quot;</span>;
  if (typeof value === "number") return <span className="text-accent">{value}</span>;
  if (typeof value === "boolean") return <span className="text-literal">{String(value)}</span>;
  return <span className="text-fg-subtle">null</span>;
}
