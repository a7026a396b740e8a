"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { IdbJournal } from "../../lib/upload/idb-journal";
import type { UploadRecord } from "../../lib/upload/journal-types";
import { Button } from "../ui/button";
import { LINK } from "../ui/text-link";
import { Card } from "../ui/card";

// A "preparing" upload older than this was interrupted while its rows were written: nothing was sent.
const STALE_PREPARING_MS = 10 * 60_000;

/** Uploads this browser started and did not finish: resume them (exactly where they stopped) or discard them. */
export function UnfinishedUploads() {
  const [uploads, setUploads] = useState<UploadRecord[]>([]);

  useEffect(() => {
    let live = true;
    const journal = new IdbJournal();
    journal
      .listUploads()
      .then(async (all) => {
        const now = Date.now();
        for (const u of all) if (u.state === "preparing" && now - u.updatedAtMs > STALE_PREPARING_MS) await journal.deleteUpload(u.id);
        if (live)
          setUploads(
            all
              .filter((u) => u.state === "ready" || u.state === "cancelled" || u.state === "failed")
              .sort((a, b) => b.createdAtMs - a.createdAtMs),
          );
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  if (uploads.length === 0) return null;
  const discard = async (id: string) => {
    await new IdbJournal().deleteUpload(id);
    setUploads((list) => list.filter((u) => u.id !== id));
  };
  return (
    <Card tone="warning" aria-label="Unfinished uploads" className="text-sm" data-testid="unfinished-uploads">
      <h2 className="font-medium text-warning-strong">Unfinished {uploads.length === 1 ? "upload" : "uploads"} in this browser</h2>
      <ul className="mt-2 space-y-1">
        {uploads.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="unfinished-upload">
            <span>
              {u.label} · {u.totalRows.toLocaleString("en-US")} rows ·{" "}
              {u.state === "failed" ? "some rows failed" : "stopped before the end"}
            </span>
            <Link href={`/groups/new?upload=${u.id}`} className={LINK}>
              Resume
            </Link>
            <Button type="button" variant="ghost" size="sm" onClick={() => void discard(u.id)}>
              Discard the rest
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
