import type { InputFacts } from "./input-facts";
import type { Rng } from "./prng";
import type { Schema } from "./schema-normalize";

/** Everything a compiled generator reads at call time; the schema-derived part is baked into the closure. */
export interface GenContext {
  rng: Rng;
  facts: InputFacts;
  hostile: boolean;
  /** Nesting depth, so recursive $refs stop growing. */
  depth: number;
}

export type Gen<T = unknown> = (ctx: GenContext) => T;

/** The property a value is for, used to choose plausible content. */
export interface FieldHint {
  name: string;
  description: string;
}

/**
 * Shared by every node of one compiled root, so $ref cycles and depth limits work. Containers compile
 * their children through `planChild`, which keeps plan-containers from importing plan-schema back.
 */
export interface PlanScope {
  root: Schema;
  planChild: (input: unknown, hint: FieldHint) => Gen;
}
