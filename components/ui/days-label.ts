/** "1 day", "7 days": how an expiry choice reads. */
export function daysLabel(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}
