import { addToHistogram, emptyHistogram, type ConfidenceHistogram } from "./confidence-histogram";
import { normaliseValue } from "./normalise-value";
import type { OutputFields } from "./output-fields";

// Per output field, over the matched rows: how often the groups agree, how sure each was, how often
// each left the field empty. Built one matched row at a time so a server can stream 100,000 rows.

export interface FieldGroupFigures {
  confidence: ConfidenceHistogram;
  /** Rows whose answer for the field is empty (absent, null, "", an empty list). */
  empty: number;
  emptyShare: number;
}

export interface FieldFigures {
  field: string;
  /** Matched rows where every group gave an output (completed runs). */
  compared: number;
  agreed: number;
  /** agreed ÷ compared; null when nothing was compared. */
  agreementRate: number | null;
  /** One per group, in the comparison's order. */
  groups: FieldGroupFigures[];
}

interface Tally {
  compared: number;
  agreed: number;
  groups: Array<{ confidence: ConfidenceHistogram; empty: number }>;
}

export interface FieldFiguresAccumulator {
  /** One matched row: each group's output fields, null for a run without output (not compared). */
  add(row: ReadonlyArray<OutputFields | null>): void;
  result(): FieldFigures[];
}

export function createFieldFigures(groupCount: number): FieldFiguresAccumulator {
  const tallies = new Map<string, Tally>();
  const tallyOf = (field: string): Tally => {
    let tally = tallies.get(field);
    if (!tally) {
      tally = {
        compared: 0,
        agreed: 0,
        groups: Array.from({ length: groupCount }, () => ({ confidence: emptyHistogram(), empty: 0 })),
      };
      tallies.set(field, tally);
    }
    return tally;
  };

  return {
    add(row) {
      const outputs = row.filter((fields): fields is OutputFields => fields !== null);
      if (outputs.length !== groupCount) return;
      const fields = new Set(outputs.flatMap((fields) => Object.keys(fields.values)));
      for (const field of fields) {
        const tally = tallyOf(field);
        const normalised = outputs.map((fields) => normaliseValue(fields.values[field]));
        tally.compared += 1;
        if (normalised.every((value) => value === normalised[0])) tally.agreed += 1;
        outputs.forEach((fields, index) => {
          const figures = tally.groups[index];
          if (normalised[index] === null) figures.empty += 1;
          addToHistogram(figures.confidence, fields.confidence[field]);
        });
      }
    },
    result() {
      return [...tallies.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([field, tally]) => ({
          field,
          compared: tally.compared,
          agreed: tally.agreed,
          agreementRate: tally.compared === 0 ? null : tally.agreed / tally.compared,
          groups: tally.groups.map((group) => ({
            confidence: group.confidence,
            empty: group.empty,
            emptyShare: tally.compared === 0 ? 0 : group.empty / tally.compared,
          })),
        }));
    },
  };
}

/** The fields on which a matched row's groups disagree. */
export function differingFields(row: ReadonlyArray<OutputFields | null>): string[] {
  const outputs = row.filter((fields): fields is OutputFields => fields !== null);
  if (outputs.length !== row.length) return [];
  const fields = new Set(outputs.flatMap((fields) => Object.keys(fields.values)));
  return [...fields].filter((field) => {
    const [first, ...rest] = outputs.map((fields) => normaliseValue(fields.values[field]));
    return rest.some((value) => value !== first);
  });
}
