"use client";

import { HINT, LABEL, Textarea } from "../ui/input";

/** Rows pasted from a spreadsheet, or typed: one input per line. */
export function PasteInput({ text, onChange }: { text: string; onChange: (text: string) => void }) {
  return (
    <div>
      <label htmlFor="paste-rows" className={LABEL}>
        Paste or type rows
      </label>
      <Textarea
        id="paste-rows"
        data-testid="paste-input"
        value={text}
        onChange={(e) => onChange(e.target.value)}
        rows={8}
        spellCheck={false}
        placeholder={"company,website\nAcme Corp,acme.example\nGlobex,globex.example"}
        className="mt-1 w-full font-mono text-xs"
      />
      <p className={HINT}>
        Cells copied from a spreadsheet arrive as tab-separated rows. CSV, JSON and JSON Lines work too. To type questions, untick
        &quot;First row is a header&quot; and write one per line.
      </p>
    </div>
  );
}
