/** The lock (see lockForTransaction) of a group's run cache: storing a batch and forgetting the group take it. */
export function runCacheLockKey(groupId: string): string {
  return `run-cache:${groupId}`;
}
