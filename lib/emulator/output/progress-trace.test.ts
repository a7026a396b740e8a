import { describe, expect, it } from "vitest";
import { componentValidator, expectSchema } from "@/lib/testing/contract";
import { PROGRESS_MESSAGE_TYPES, type TaskRunProgressStatsEvent } from "../../parallel/types";
import { HOSTILE_TEXT_PAYLOADS, HOSTILE_URL } from "./hostile-payloads";
import { buildProgressTrace, type ProgressStep } from "./progress-trace";

const INPUT = { company: "Acme" };

function statsOf(steps: ProgressStep[]): TaskRunProgressStatsEvent[] {
  return steps.map((s) => s.event).filter((e): e is TaskRunProgressStatsEvent => e.type === "task_run.progress_stats");
}

describe("buildProgressTrace", () => {
  it("starts with a plan, then 4-10 ordered steps in [0, 1) that match the contract", () => {
    const isMessage = componentValidator("TaskRunProgressMessageEvent");
    for (let i = 0; i < 200; i++) {
      const steps = buildProgressTrace({ seed: `trace-${i}`, input: INPUT });
      expect(steps.length).toBeGreaterThanOrEqual(4);
      expect(steps.length).toBeLessThanOrEqual(10);
      expect(steps[0]).toMatchObject({ at: 0, event: { type: "task_run.progress_msg.plan" } });
      expect(steps.slice(1).some((s) => s.event.type !== "task_run.progress_stats")).toBe(true);
      for (let j = 0; j < steps.length; j++) {
        const { at, event } = steps[j];
        expect(at >= 0 && at < 1).toBe(true);
        if (j > 0) expect(at).toBeGreaterThan(steps[j - 1].at);
        if (event.type === "task_run.progress_stats") expectSchema("TaskRunProgressStatsEvent", event);
        else {
          expect(PROGRESS_MESSAGE_TYPES).toContain(event.type);
          expect(isMessage({ ...event, timestamp: "2025-01-01T00:00:00Z" })).toBe(true);
          expect(event.message.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it("reports 2-4 stats events with growing progress and source counts", () => {
    for (let i = 0; i < 200; i++) {
      const stats = statsOf(buildProgressTrace({ seed: `stats-${i}`, input: INPUT }));
      expect(stats.length).toBeGreaterThanOrEqual(2);
      expect(stats.length).toBeLessThanOrEqual(4);
      for (let j = 0; j < stats.length; j++) {
        const { progress_meter, source_stats } = stats[j];
        expect(progress_meter >= 0 && progress_meter <= 100).toBe(true);
        expect(source_stats.num_sources_read!).toBeLessThanOrEqual(source_stats.num_sources_considered!);
        expect(source_stats.sources_read_sample!.length).toBeGreaterThan(0);
        for (const url of source_stats.sources_read_sample!) expect(url).toMatch(/^https:\/\//);
        if (j === 0) continue;
        const before = stats[j - 1];
        expect(progress_meter).toBeGreaterThan(before.progress_meter);
        expect(source_stats.num_sources_considered!).toBeGreaterThan(before.source_stats.num_sources_considered!);
        expect(source_stats.num_sources_read!).toBeGreaterThanOrEqual(before.source_stats.num_sources_read!);
      }
    }
  });

  it("uses a mix of message kinds across runs and mentions the input", () => {
    const types = new Set<string>();
    for (let i = 0; i < 50; i++) for (const s of buildProgressTrace({ seed: `mix-${i}`, input: INPUT })) types.add(s.event.type);
    expect(types).toEqual(new Set([...PROGRESS_MESSAGE_TYPES, "task_run.progress_stats"]));
    const plan = buildProgressTrace({ seed: "plan", input: INPUT })[0].event;
    expect("message" in plan && plan.message).toContain("Acme");
  });

  it("is deterministic from the seed", () => {
    const a = buildProgressTrace({ seed: "same", input: INPUT });
    expect(buildProgressTrace({ seed: "same", input: INPUT })).toEqual(a);
    expect(buildProgressTrace({ seed: "other", input: INPUT })).not.toEqual(a);
  });

  it("plants payloads in messages and a javascript: source URL only in hostile mode", () => {
    for (let i = 0; i < 50; i++) {
      const hostile = JSON.stringify(buildProgressTrace({ seed: `h-${i}`, input: INPUT, hostile: true }));
      expect(HOSTILE_TEXT_PAYLOADS.some((p) => hostile.includes(JSON.stringify(p).slice(1, -1)))).toBe(true);
      expect(hostile).toContain(HOSTILE_URL);
      const clean = JSON.stringify(buildProgressTrace({ seed: `h-${i}`, input: INPUT }));
      expect(clean).not.toMatch(/javascript:|<script|<iframe|onerror/);
    }
  });
});
