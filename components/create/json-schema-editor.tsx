"use client";

import { CodeField } from "./code-field";

/** The output schema as JSON, kept in step with the builder; its problems are shown beneath. */
export function JsonSchemaEditor({ text, onChange, problem }: { text: string; onChange: (text: string) => void; problem: string | null }) {
  return (
    <CodeField
      id="json-schema"
      label="JSON schema"
      testId="json-schema-editor"
      text={text}
      onChange={onChange}
      rows={16}
      problem={problem}
    />
  );
}
