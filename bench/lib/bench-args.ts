// `npm run bench` options: --quick, --only B1,B3 (or --only=B1,B3), --soak-minutes 5 (or =5).

export interface BenchArgs {
  quick: boolean;
  only: Set<string> | null;
  /** B10's churn time from --soak-minutes, or null for its default. */
  soakMs: number | null;
}

const VALUE_OPTIONS = ["--only", "--soak-minutes"];
const KNOWN = new Set(["--quick", ...VALUE_OPTIONS]);
const MAX_SOAK_MINUTES = 24 * 60;

function valueOf(argv: string[], name: string): string | null {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at === -1) return null;
  const value = argv[at].includes("=") ? argv[at].slice(argv[at].indexOf("=") + 1) : argv[at + 1];
  if (!value || value.startsWith("--")) throw new Error(`${name} needs a value, e.g. ${name === "--only" ? "--only B1,B3" : `${name} 5`}`);
  return value;
}

export function parseBenchArgs(argv: string[], knownFigures: string[]): BenchArgs {
  const stray = argv.filter((a, i) => a.startsWith("--") && !KNOWN.has(a.split("=")[0]) && !(i > 0 && VALUE_OPTIONS.includes(argv[i - 1])));
  if (stray.length > 0) throw new Error(`unknown option ${stray.join(" ")}; use --quick, --only B1,B3 and --soak-minutes 5`);

  const onlyList = valueOf(argv, "--only");
  let only: Set<string> | null = null;
  if (onlyList !== null) {
    only = new Set(onlyList.split(",").map((id) => id.trim().toUpperCase()));
    const unknown = [...only].filter((id) => !knownFigures.includes(id));
    if (unknown.length > 0) throw new Error(`unknown figure ${unknown.join(", ")}; known: ${knownFigures.join(", ")}`);
  }

  const soakMinutes = valueOf(argv, "--soak-minutes");
  let soakMs: number | null = null;
  if (soakMinutes !== null) {
    const minutes = Number(soakMinutes);
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_SOAK_MINUTES) {
      throw new Error(`--soak-minutes must be a number of minutes above 0 and at most ${MAX_SOAK_MINUTES}, got "${soakMinutes}"`);
    }
    soakMs = Math.round(minutes * 60_000);
  }
  return { quick: argv.includes("--quick"), only, soakMs };
}
