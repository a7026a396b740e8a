"use client";

import type { MetadataPair } from "../../lib/upload/draft";
import { Button } from "../ui/button";
import { HINT, Input } from "../ui/input";

let nextPairId = 0;

const PARTS = ["key", "value"] as const;
const PART_WIDTH: Record<(typeof PARTS)[number], string> = { key: "w-40", value: "min-w-0 flex-1" };

/** Optional key/value metadata stored with the group. */
export function MetadataEditor({ pairs, onChange }: { pairs: MetadataPair[]; onChange: (pairs: MetadataPair[]) => void }) {
  const set = (id: string, patch: Partial<MetadataPair>) => onChange(pairs.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  return (
    <fieldset>
      <legend className="text-sm font-medium text-fg">Metadata (optional)</legend>
      <p className={HINT}>Stored with the group, for your own bookkeeping (team, project, source of the list…).</p>
      {pairs.length > 0 && (
        <ul className="mt-2 space-y-2">
          {pairs.map((pair, i) => (
            <li key={pair.id} className="flex items-center gap-2">
              {PARTS.map((part) => (
                <Input
                  key={part}
                  aria-label={`Metadata ${part} ${i + 1}`}
                  value={pair[part]}
                  placeholder={part}
                  onChange={(e) => set(pair.id, { [part]: e.target.value })}
                  className={PART_WIDTH[part]}
                />
              ))}
              <Button
                type="button"
                variant="ghost"
                size="sm"
                aria-label={`Remove metadata ${pair.key || i + 1}`}
                onClick={() => onChange(pairs.filter((p) => p.id !== pair.id))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button
        type="button"
        variant="ghost"
        size="sm"
        className="mt-2"
        onClick={() => onChange([...pairs, { id: `m${Date.now().toString(36)}${nextPairId++}`, key: "", value: "" }])}
      >
        + Add metadata
      </Button>
    </fieldset>
  );
}
