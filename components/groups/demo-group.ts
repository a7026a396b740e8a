import type { TaskRunInput } from "../../lib/parallel/types";

export const DEMO_GROUP_NAME = "Demo: 60 companies";

const COMPANIES = [
  "Acme",
  "Globex",
  "Initech",
  "Umbrella",
  "Stark Industries",
  "Wayne Enterprises",
  "Wonka",
  "Tyrell",
  "Cyberdyne",
  "Soylent",
  "Hooli",
  "Pied Piper",
  "Vandelay Industries",
  "Dunder Mifflin",
  "Oscorp",
  "Aperture Science",
  "Black Mesa",
  "Massive Dynamic",
  "Nakatomi",
  "Monarch Solutions",
];
const COUNTRIES: ReadonlyArray<{ country: string; suffix: string }> = [
  { country: "US", suffix: "Corp" },
  { country: "GB", suffix: "Ltd" },
  { country: "DE", suffix: "GmbH" },
];

export const DEMO_OUTPUT_SCHEMA = {
  type: "json" as const,
  json_schema: {
    type: "object",
    properties: {
      ceo: { type: "string", description: "Name of the CEO" },
      founded: { type: "integer", description: "Year the company was founded" },
      headquarters: { type: "string", description: "City and country of the headquarters" },
      employees: { type: "integer", description: "Number of employees" },
    },
    required: ["ceo", "founded", "headquarters", "employees"],
  },
};

/** Sixty company look-ups on the fast `lite` processor: enough to watch a group fill up live. */
export function demoGroupRequest(): { inputs: TaskRunInput[]; default_task_spec: { output_schema: typeof DEMO_OUTPUT_SCHEMA } } {
  const inputs = COUNTRIES.flatMap(({ country, suffix }) =>
    COMPANIES.map((name) => ({ processor: "lite", input: { company: `${name} ${suffix}`, country } })),
  );
  return { inputs, default_task_spec: { output_schema: DEMO_OUTPUT_SCHEMA } };
}
