import { emptyHistogram, type ConfidenceHistogram } from "./confidence-histogram";
import {
  ABSENT_VALUE,
  alignFields,
  EMPTY_VALUE,
  fieldNamesOf,
  levelOfChar,
  packFields,
  VALUE_DIGEST_CHARS,
  type PackedFields,
} from "./field-digest";
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

/** Rows of one schema (field names) in which every field is compared, counted whole. */
interface SchemaTally {
  rows: number;
  /** Rows in which every field agrees and none is empty. */
  agreedRows: number;
  /** Per group: how many rows had each confidence string (one character per field). */
  levels: Array<Map<string, number>>;
}

export interface FieldFiguresAccumulator {
  /** One matched row: each group's output fields, null for a run without output (not compared). */
  add(row: ReadonlyArray<OutputFields | null>): void;
  /** The same, from each output's packed fields (as a run's digest stores them, see run-digest.ts). */
  addPacked(row: ReadonlyArray<PackedFields | null>): void;
  result(): FieldFigures[];
}

export function createFieldFigures(groupCount: number): FieldFiguresAccumulator {
  const newTally = (): Tally => ({
    compared: 0,
    agreed: 0,
    groups: Array.from({ length: groupCount }, () => ({ confidence: emptyHistogram(), empty: 0 })),
  });
  const tallies = new Map<string, Tally>();
  const tallyOf = (field: string): Tally => {
    let tally = tallies.get(field);
    if (!tally) tallies.set(field, (tally = newTally()));
    return tally;
  };
  const schemas = new Map<string, SchemaTally>();

  // B9 feeds 100,000 rows of 5 fields: a row whose outputs share a schema and name no field only a
  // basis has is counted whole (its confidence strings per group, whether everything agreed), and
  // compared field by field only when its values differ or one is empty.
  const addPacked = (row: ReadonlyArray<PackedFields | null>) => {
    if (row.length !== groupCount || row.includes(null)) return;
    const given = row as readonly PackedFields[];
    const outputs = given.every((packed) => packed.names === given[0].names) ? given : alignFields(given);
    if (outputs.some((packed) => packed.values.includes(ABSENT_VALUE[0]))) return addFieldByField(outputs, true);
    const names = outputs[0].names;
    let schema = schemas.get(names);
    if (!schema) {
      schema = { rows: 0, agreedRows: 0, levels: Array.from({ length: groupCount }, () => new Map<string, number>()) };
      schemas.set(names, schema);
    }
    schema.rows += 1;
    outputs.forEach((packed, index) => schema.levels[index].set(packed.levels, (schema.levels[index].get(packed.levels) ?? 0) + 1));
    const first = outputs[0].values;
    if (!first.includes(EMPTY_VALUE[0]) && outputs.every((packed) => packed.values === first)) schema.agreedRows += 1;
    else addFieldByField(outputs, false);
  };

  /** Agreement and empty answers of one row per field (and its confidence levels unless its schema counted them). */
  const addFieldByField = (outputs: readonly PackedFields[], withLevels: boolean) => {
    fieldNamesOf(outputs[0].names).forEach((field, index) => {
      const start = index * VALUE_DIGEST_CHARS;
      const values = outputs.map((packed) => packed.values.slice(start, start + VALUE_DIGEST_CHARS));
      // A field only a basis names, in every output, is not an answer to compare.
      if (values.every((value) => value === ABSENT_VALUE)) return;
      const tally = tallyOf(field);
      const empty = values.map((value) => value === EMPTY_VALUE || value === ABSENT_VALUE);
      if (empty.every((isEmpty, at) => (isEmpty ? empty[0] : values[at] === values[0]))) tally.agreed += 1;
      empty.forEach((isEmpty, at) => {
        if (isEmpty) tally.groups[at].empty += 1;
      });
      if (!withLevels) return;
      tally.compared += 1;
      outputs.forEach((packed, at) => (tally.groups[at].confidence[levelOfChar(packed.levels[index])] += 1));
    });
  };

  /** The per-field tallies with the whole-row counts of each schema added in. */
  const merged = (): Map<string, Tally> => {
    const all = new Map<string, Tally>();
    const copyOf = (field: string): Tally => {
      let tally = all.get(field);
      if (!tally) {
        const own = tallies.get(field) ?? newTally();
        tally = { ...own, groups: own.groups.map((group) => ({ confidence: { ...group.confidence }, empty: group.empty })) };
        all.set(field, tally);
      }
      return tally;
    };
    for (const field of tallies.keys()) copyOf(field);
    for (const [names, schema] of schemas) {
      fieldNamesOf(names).forEach((field, index) => {
        const tally = copyOf(field);
        tally.compared += schema.rows;
        tally.agreed += schema.agreedRows;
        schema.levels.forEach((counts, at) => {
          for (const [levels, rows] of counts) tally.groups[at].confidence[levelOfChar(levels[index])] += rows;
        });
      });
    }
    return all;
  };

  return {
    add(row) {
      addPacked(row.map((fields) => (fields === null ? null : packFields(fields))));
    },
    addPacked,
    result() {
      return [...merged().entries()]
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
