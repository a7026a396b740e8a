import type { AlertRuleKind } from "../contracts/alerts";

/**
 * The rules that apply to one group: its own, plus each team-wide default (groupId null) of a kind
 * the group has no rule of. A group's own "failure rate" rule replaces the team's, so a noisy group
 * can be given a higher threshold without silencing the team's other defaults.
 */
export function rulesForGroup<R extends { groupId: string | null; kind: AlertRuleKind }>(rules: readonly R[], groupId: string): R[] {
  const own = rules.filter((rule) => rule.groupId === groupId);
  const ownKinds = new Set(own.map((rule) => rule.kind));
  return [...own, ...rules.filter((rule) => rule.groupId === null && !ownKinds.has(rule.kind))];
}
