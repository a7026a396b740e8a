"use client";

import { useEffect } from "react";
import type { AlertFeedView } from "../contracts/alerts";
import { fetchJson } from "./fetch-json";

/** How often an open console asks for alerts to show as browser notifications. */
export const ALERT_FEED_POLL_MS = 5_000;

/**
 * While `enabled` (the member allowed notifications), polls the alert feed and shows each new alert
 * with a browser destination as a Notification. It starts from now: alerts from before the page
 * opened are in the history, not re-announced.
 */
export function useAlertNotifications(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let cursor = 0;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const feed = await fetchJson<AlertFeedView>(`/api/alerts/feed?after=${cursor}`);
        if (stopped) return;
        for (const firing of feed.firings) new Notification("Task Group Console alert", { body: firing.message, tag: firing.id });
        cursor = feed.cursor;
      } catch {
        // The console is restarting or the network dropped: the next poll asks from the same cursor.
      }
      if (!stopped) timer = setTimeout(() => void poll(), ALERT_FEED_POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [enabled]);
}
