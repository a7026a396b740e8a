"use client";

import { useState } from "react";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { HINT, Input, LABEL } from "../ui/input";

/** Asks for the two or three groups to compare when the URL names fewer than two. */
export function ComparePicker({ initial, onPick }: { initial: readonly string[]; onPick: (groups: string) => void }) {
  const [ids, setIds] = useState<string[]>([initial[0] ?? "", initial[1] ?? "", initial[2] ?? ""]);
  const chosen = ids.map((id) => id.trim()).filter(Boolean);
  return (
    <Card as="div" className="max-w-xl">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          onPick(chosen.join(","));
        }}
      >
        <p className="text-sm text-fg-muted">Compare two or three groups run on the same inputs.</p>
        {ids.map((id, index) => (
          <label key={index} className="block text-sm">
            <span className={LABEL}>
              Group {index + 1}
              {index === 2 ? " (optional)" : ""}
            </span>
            <Input
              className="w-full font-mono"
              value={id}
              placeholder="tgrp_…"
              onChange={(event) => setIds(ids.map((old, i) => (i === index ? event.target.value : old)))}
            />
          </label>
        ))}
        <p className={HINT}>Group ids are on each group&apos;s page.</p>
        <Button type="submit" variant="primary" disabled={chosen.length < 2}>
          Compare
        </Button>
      </form>
    </Card>
  );
}
