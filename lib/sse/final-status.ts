/** Whether an event's data is a group's final status: the group is no longer active, and its events stream ends. */
export function isFinalStatus(data: unknown): boolean {
  const event = data as { type?: unknown; status?: { is_active?: unknown } } | null | undefined;
  return event?.type === "task_group_status" && event.status?.is_active === false;
}
