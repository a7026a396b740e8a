"use client";

import { HINT } from "../ui/input";
import { CodeField } from "./code-field";

/** Rows pasted from a spreadsheet, or typed: one input per line. */
export function PasteInput({ text, onChange }: { text: string; onChange: (text: string) => void }) {
  return (
    <CodeField
      id="paste-rows"
      label="Paste or type rows"
      testId="paste-input"
      text={text}
      onChange={onChange}
      rows={8}
      placeholder={"company,website\nAcme Corp,acme.example\nGlobex,globex.example"}
      hint={
        <p className={HINT}>
          Cells copied from a spreadsheet arrive as tab-separated rows. CSV, JSON and JSON Lines work too. To type questions, untick
          &quot;First row is a header&quot; and write one per line.
        </p>
      }
    />
  );
}
