import type { RunWebhook } from "./types";

/** The webhook the console asks for on the runs it creates, when it has a public webhook URL (CONSOLE_WEBHOOK_URL). */
export function consoleRunWebhook(url: string): RunWebhook {
  return { url, event_types: ["task_run.status"] };
}
