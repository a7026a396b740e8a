"use client";

import type { MetadataPair } from "../../lib/upload/draft";
import { INPUT } from "../ui/button-styles";
import { HINT, SMALL_BUTTON } from "./field-styles";

let nextPairId = 0;

/** Optional key/value metadata stored with the group. */
export function MetadataEditor({ pairs, onChange }: { pairs: MetadataPair[]; onChange: (pairs: MetadataPair[]) => void }) {
  const set = (id: string, patch: Partial<MetadataPair>) => onChange(pairs.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  return (
    <fieldset>
      <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Metadata (optional)</legend>
      <p className={HINT}>Stored with the group, for your own bookkeeping (team, project, source of the list…).</p>
      {pairs.length > 0 && (
        <ul className="mt-2 space-y-2">
          {pairs.map((pair, i) => (
            <li key={pair.id} className="flex items-center gap-2">
              <input aria-label={`Metadata key ${i + 1}`} value={pair.key} placeholder="key" onChange={(e) => set(pair.id, { key: e.target.value })} className={`${INPUT} w-40`} />
              <input aria-label={`Metadata value ${i + 1}`} value={pair.value} placeholder="value" onChange={(e) => set(pair.id, { value: e.target.value })} className={`${INPUT} min-w-0 flex-1`} />
              <button type="button" className={SMALL_BUTTON} aria-label={`Remove metadata ${pair.key || i + 1}`} onClick={() => onChange(pairs.filter((p) => p.id !== pair.id))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className={`${SMALL_BUTTON} mt-2`} onClick={() => onChange([...pairs, { id: `m${Date.now().toString(36)}${nextPairId++}`, key: "", value: "" }])}>
        + Add metadata
      </button>
    </fieldset>
  );
}
