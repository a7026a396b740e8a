import { z } from "zod";
import { groupIdSchema } from "./group";

// /api/alerts/…: alert rules, their destinations and what they fired. Shared by the routes and the browser.

export const MAX_ALERT_BODY_BYTES = 4_096;
export const MAX_DESTINATIONS_PER_RULE = 10;
/** Above this a stall rule never fires in practice: a typo, not a plan. */
export const MAX_STALL_MINUTES = 7 * 24 * 60;
export const MAX_SPEND_THRESHOLD_USD = 10_000_000;
export const ALERT_HISTORY_LIMIT = 100;

export const ALERT_RULE_KINDS = ["finished", "failure_rate", "stalled", "spend"] as const;
export type AlertRuleKind = (typeof ALERT_RULE_KINDS)[number];

export const ALERT_DESTINATION_KINDS = ["webhook", "slack", "email", "browser"] as const;
export type AlertDestinationKind = (typeof ALERT_DESTINATION_KINDS)[number];

const idSchema = z.string().uuid("must be an id from this console");

const finishedSchema = z.strictObject({ kind: z.literal("finished") });
const failureRateSchema = z.strictObject({
  kind: z.literal("failure_rate"),
  /** Fires when failed runs are more than this share of the terminal ones. */
  percent: z.number({ error: "must be a number of percent" }).min(0, "must be at least 0").max(100, "must be at most 100"),
  /** …once at least this many runs are terminal. */
  minTerminalRuns: z.number({ error: "must be a whole number of runs" }).int("must be a whole number").min(1, "must be at least 1"),
});
const stalledSchema = z.strictObject({
  kind: z.literal("stalled"),
  /** Fires when an active group has had no run reach a terminal status for this long. */
  minutes: z
    .number({ error: "must be a number of minutes" })
    .positive("must be more than 0")
    .max(MAX_STALL_MINUTES, `must be at most ${MAX_STALL_MINUTES} (a week)`),
});
const spendSchema = z.strictObject({
  kind: z.literal("spend"),
  /** Fires when the console's settled spend on the group is above this. */
  usd: z
    .number({ error: "must be a number of USD" })
    .min(0, "must not be negative")
    .max(MAX_SPEND_THRESHOLD_USD, `must be at most ${MAX_SPEND_THRESHOLD_USD}`),
});

/** What a rule watches for, with its thresholds. */
export const alertConditionSchema = z.discriminatedUnion("kind", [finishedSchema, failureRateSchema, stalledSchema, spendSchema], {
  error: `must be one of ${ALERT_RULE_KINDS.join(", ")}`,
});
export type AlertCondition = z.infer<typeof alertConditionSchema>;

/** POST /api/alerts/rules; `groupId` null makes it a team-wide default. */
export const createAlertRuleBodySchema = z.strictObject({
  groupId: groupIdSchema.nullable(),
  condition: alertConditionSchema,
  destinationIds: z
    .array(idSchema)
    .min(1, "must name at least one destination")
    .max(MAX_DESTINATIONS_PER_RULE, `must name at most ${MAX_DESTINATIONS_PER_RULE} destinations`),
});
export type CreateAlertRuleBody = z.infer<typeof createAlertRuleBodySchema>;

/** PATCH /api/alerts/rules/{id}: a rule keeps its group and kind; thresholds and destinations change. */
export const updateAlertRuleBodySchema = createAlertRuleBodySchema.omit({ groupId: true });
export type UpdateAlertRuleBody = z.infer<typeof updateAlertRuleBodySchema>;

export const alertIdParamsSchema = z.object({ id: idSchema });

export const alertRulesQuerySchema = z.object({ groupId: groupIdSchema.optional() });
export type AlertRulesQuery = z.infer<typeof alertRulesQuerySchema>;

export const alertHistoryQuerySchema = z.object({ groupId: groupIdSchema.optional() });

/** GET /api/alerts/feed: firings for browser notifications after `after` (ms since epoch). */
export const alertFeedQuerySchema = z.object({
  after: z.coerce.number({ error: "must be a time in milliseconds" }).int("must be whole milliseconds").min(0, "must not be negative"),
});

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/** POST /api/alerts/destinations. */
export const createAlertDestinationBodySchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("webhook"), name: z.string().trim().min(1, "must not be empty").max(100), url: httpUrl }),
    z.strictObject({ kind: z.literal("slack"), name: z.string().trim().min(1, "must not be empty").max(100), url: httpUrl }),
    z.strictObject({
      kind: z.literal("email"),
      name: z.string().trim().min(1, "must not be empty").max(100),
      email: z.email({ error: "must be an email address" }),
    }),
    z.strictObject({ kind: z.literal("browser"), name: z.string().trim().min(1, "must not be empty").max(100) }),
  ],
  { error: `must be one of ${ALERT_DESTINATION_KINDS.join(", ")}` },
);
export type CreateAlertDestinationBody = z.infer<typeof createAlertDestinationBodySchema>;

export interface AlertDestinationView {
  id: string;
  kind: AlertDestinationKind;
  name: string;
  /** The URL or email address; null for browser notifications. */
  target: string | null;
  createdAt: string;
}

/** The answer to creating a webhook destination: the only time its signing secret is seen. */
export interface CreatedAlertDestination {
  destination: AlertDestinationView;
  secret: string | null;
}

export interface AlertRuleView {
  id: string;
  /** null: a team-wide default, applied to every group without its own rule of the same kind. */
  groupId: string | null;
  condition: AlertCondition;
  destinationIds: string[];
  createdAt: string;
  createdBy: string | null;
}

export type AlertDeliveryState = "pending" | "sent" | "failed";

export interface AlertDeliveryView {
  destinationName: string;
  destinationKind: AlertDestinationKind;
  state: AlertDeliveryState;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

export interface AlertFiringView {
  id: string;
  ruleId: string;
  groupId: string;
  groupName: string | null;
  kind: AlertRuleKind;
  message: string;
  firedAt: string;
  deliveries: AlertDeliveryView[];
}

/** GET /api/alerts/feed. */
export interface AlertFeedView {
  firings: { id: string; groupId: string; message: string; firedAtMs: number }[];
  /** Pass as `after` next time. */
  cursor: number;
}

/** POST /api/alerts/destinations/{id}/test. */
export interface AlertTestResult {
  ok: boolean;
  detail: string;
}

export function alertRulesUrl(query: AlertRulesQuery = {}): string {
  return query.groupId ? `/api/alerts/rules?groupId=${encodeURIComponent(query.groupId)}` : "/api/alerts/rules";
}

export function alertHistoryUrl(groupId?: string): string {
  return groupId ? `/api/alerts/history?groupId=${encodeURIComponent(groupId)}` : "/api/alerts/history";
}

/** How a rule reads in a list, an email subject or a notification. */
export function describeCondition(condition: AlertCondition): string {
  switch (condition.kind) {
    case "finished":
      return "Group finished";
    case "failure_rate":
      return `Failure rate above ${condition.percent}% (once ${condition.minTerminalRuns} runs are terminal)`;
    case "stalled":
      return `No progress for ${condition.minutes} min while active`;
    case "spend":
      return `Spend above $${condition.usd}`;
  }
}
