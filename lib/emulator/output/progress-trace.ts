// The reasoning trace a running run replays on its events stream: plan, searches, reads, stats.
import type { TaskRunProgressMessageEvent, TaskRunProgressStatsEvent } from "../../parallel/types";
import type { GenContext } from "./gen-context";
import { HOSTILE_URL, pickHostile } from "./hostile-payloads";
import { describeInput } from "./input-facts";
import { createRng } from "./prng";
import { SOURCE_DOMAINS, SOURCE_KINDS } from "./word-lists";

export type ProgressTraceEvent = Omit<TaskRunProgressMessageEvent, "timestamp"> | TaskRunProgressStatsEvent;

export interface ProgressStep {
  /** Fraction of the run's duration at which the event is emitted, in [0, 1). */
  at: number;
  event: ProgressTraceEvent;
}

type MessageType = TaskRunProgressMessageEvent["type"];

const MIN_STEPS = 4;
const MAX_STEPS = 10;
const MAX_STATS = 4;
const SAMPLE_SIZE = 3;
const SEARCH_ANGLES = ["overview", "latest news", "leadership", "annual report", "market share", "funding history"];
const LATER_TYPES: MessageType[] = [
  "task_run.progress_msg.search",
  "task_run.progress_msg.result",
  "task_run.progress_msg.tool_call",
  "task_run.progress_msg.exec_status",
];

export function buildProgressTrace(args: { seed: string; hostile?: boolean; input: string | Record<string, unknown> }): ProgressStep[] {
  const ctx: GenContext = {
    rng: createRng(`progress:${args.seed}`),
    facts: describeInput(args.input),
    hostile: args.hostile ?? false,
    depth: 0,
  };
  const { rng } = ctx;
  const total = rng.int(MIN_STEPS, MAX_STEPS);
  const statsSlots = chooseSlots(ctx, total - 1, rng.int(2, Math.min(MAX_STATS, total - 2)));
  const steps: ProgressStep[] = [{ at: 0, event: message(ctx, "task_run.progress_msg.plan") }];
  const sources = { considered: 0, read: 0, meter: 0, urls: [] as string[] };
  for (let slot = 0; slot < total - 1; slot++) {
    const at = (slot + 1 + rng.float(0, 0.8)) / total;
    const event = statsSlots.has(slot) ? stats(ctx, at, sources) : message(ctx, rng.pick(LATER_TYPES));
    steps.push({ at, event });
  }
  return steps;
}

/** `count` distinct slot indexes out of `slots`. */
function chooseSlots(ctx: GenContext, slots: number, count: number): Set<number> {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(ctx.rng.int(0, slots - 1));
  return chosen;
}

function message(ctx: GenContext, type: MessageType): ProgressTraceEvent {
  const { rng, facts } = ctx;
  const domain = rng.pick(SOURCE_DOMAINS);
  let text: string;
  switch (type) {
    case "task_run.progress_msg.plan":
      text = `Planning research on ${facts.subject}: find authoritative sources, gather recent coverage, then cross-check key facts.`;
      break;
    case "task_run.progress_msg.search":
      text = `Searching the web for "${facts.subject} ${rng.pick(SEARCH_ANGLES)}"`;
      break;
    case "task_run.progress_msg.result":
      text = `Found ${rng.int(3, 18)} relevant results, including a ${rng.pick(SOURCE_KINDS)} on ${domain}`;
      break;
    case "task_run.progress_msg.tool_call":
      text = `Fetching https://${domain}/articles/${facts.slug}`;
      break;
    default:
      text = `Cross-checking ${rng.int(2, 9)} sources about ${facts.subject} for consistency`;
  }
  if (ctx.hostile && (type === "task_run.progress_msg.plan" || rng.chance(0.5))) text += ` ${pickHostile(rng)}`;
  return { type, message: text };
}

function stats(
  ctx: GenContext,
  at: number,
  sources: { considered: number; read: number; meter: number; urls: string[] },
): TaskRunProgressStatsEvent {
  const { rng, facts } = ctx;
  sources.considered += rng.int(6, 30);
  sources.read = Math.min(sources.considered, sources.read + rng.int(2, 8));
  sources.meter = Math.min(99, Math.max(sources.meter + 1, Math.round(at * 100)));
  const fresh =
    ctx.hostile && sources.urls.length === 0 ? HOSTILE_URL : `https://${rng.pick(SOURCE_DOMAINS)}/articles/${facts.slug}-${sources.read}`;
  sources.urls = [fresh, ...sources.urls].slice(0, SAMPLE_SIZE);
  return {
    type: "task_run.progress_stats",
    source_stats: {
      num_sources_considered: sources.considered,
      num_sources_read: sources.read,
      sources_read_sample: [...sources.urls],
    },
    progress_meter: sources.meter,
  };
}
