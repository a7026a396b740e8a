// Strings matching a JSON Schema `pattern`, for the regex subset schemas usually use:
// literals, classes, \d \w \s, groups, alternation and quantifiers. Lookarounds and
// backreferences are not supported; callers check the result and fall back.
import type { Rng } from "./prng";

type Node =
  | { t: "lit"; s: string }
  | { t: "set"; chars: string }
  | { t: "seq"; items: Node[] }
  | { t: "alt"; options: Node[] }
  | { t: "rep"; node: Node; min: number; max: number };

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const DIGITS = "0123456789";
const WORD = `${LOWER}${UPPER}${DIGITS}_`;
const PRINTABLE = `${LOWER}${UPPER}${DIGITS} -_.`;
const MAX_RANGE_CHARS = 96;
const OPEN_REPEAT_EXTRA = 2;

const ESCAPES: Record<string, string> = { d: DIGITS, w: WORD, s: " ", D: LOWER, W: "-", S: LOWER, n: "\n", t: "\t", r: "\r" };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alt();
    if (this.i < this.src.length) throw new Error("unbalanced pattern");
    return node;
  }

  private alt(): Node {
    const options = [this.seq()];
    while (this.src[this.i] === "|") {
      this.i++;
      options.push(this.seq());
    }
    return options.length === 1 ? options[0] : { t: "alt", options };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { t: "seq", items };
  }

  private atom(): Node {
    const c = this.src[this.i++];
    if (c === "^" || c === "$") return { t: "lit", s: "" };
    if (c === ".") return { t: "set", chars: LOWER };
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    if (c === "(") {
      if (this.src[this.i] === "?") {
        if (this.src.startsWith("?:", this.i)) this.i += 2;
        else if (this.src[this.i + 1] === "<" && /[A-Za-z]/.test(this.src[this.i + 2] ?? "")) this.i = this.src.indexOf(">", this.i) + 1;
        else throw new Error("lookaround not supported");
      }
      const inner = this.alt();
      if (this.src[this.i++] !== ")") throw new Error("unclosed group");
      return inner;
    }
    if ("*+?".includes(c)) throw new Error("dangling quantifier");
    return { t: "lit", s: c };
  }

  private escape(): Node {
    const c = this.src[this.i++];
    if (c === undefined) throw new Error("trailing backslash");
    if (c === "b" || c === "B") return { t: "lit", s: "" };
    if (/[1-9]/.test(c)) throw new Error("backreference not supported");
    if (ESCAPES[c]) return ESCAPES[c].length === 1 ? { t: "lit", s: ESCAPES[c] } : { t: "set", chars: ESCAPES[c] };
    if (c === "u" || c === "x") {
      const braced = this.src[this.i] === "{";
      const end = braced ? this.src.indexOf("}", this.i) : this.i + (c === "u" ? 4 : 2);
      const code = parseInt(this.src.slice(braced ? this.i + 1 : this.i, end), 16);
      this.i = braced ? end + 1 : end;
      return { t: "lit", s: String.fromCodePoint(code) };
    }
    return { t: "lit", s: c };
  }

  private charClass(): Node {
    const negated = this.src[this.i] === "^";
    if (negated) this.i++;
    let chars = "";
    while (this.i < this.src.length && this.src[this.i] !== "]") {
      let c = this.src[this.i++];
      if (c === "\\") {
        const e = this.src[this.i++];
        if (ESCAPES[e]) {
          chars += ESCAPES[e];
          continue;
        }
        c = e;
      }
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
        let to = this.src[this.i + 1];
        this.i += 2;
        if (to === "\\") to = this.src[this.i++];
        chars += expandRange(c, to);
      } else chars += c;
    }
    if (this.src[this.i++] !== "]") throw new Error("unclosed class");
    if (negated) chars = [...PRINTABLE].filter((ch) => !chars.includes(ch)).join("");
    if (!chars) throw new Error("empty class");
    return { t: "set", chars };
  }

  private quantified(node: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === "*") [min, max] = [0, OPEN_REPEAT_EXTRA];
    else if (c === "+") [min, max] = [1, 1 + OPEN_REPEAT_EXTRA];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{" && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.i))) {
      const close = this.src.indexOf("}", this.i);
      const [lo, hi] = this.src.slice(this.i + 1, close).split(",");
      min = Number(lo);
      max = hi === undefined ? min : hi === "" ? min + OPEN_REPEAT_EXTRA : Number(hi);
      this.i = close;
    } else return node;
    this.i++;
    if (this.src[this.i] === "?") this.i++;
    return { t: "rep", node, min, max };
  }
}

function expandRange(from: string, to: string): string {
  const start = from.codePointAt(0) ?? 0;
  const end = to.codePointAt(0) ?? 0;
  let out = "";
  for (let code = Math.max(start, start <= 0x20 && end > 0x20 ? 0x21 : start); code <= end && out.length < MAX_RANGE_CHARS; code++) {
    out += String.fromCodePoint(code);
  }
  return out;
}

function sample(node: Node, rng: Rng): string {
  switch (node.t) {
    case "lit":
      return node.s;
    case "set":
      return node.chars[Math.floor(rng.next() * node.chars.length)];
    case "seq": {
      let out = "";
      for (const item of node.items) out += sample(item, rng);
      return out;
    }
    case "alt":
      return sample(rng.pick(node.options), rng);
    case "rep": {
      let out = "";
      for (let n = rng.int(node.min, node.max); n > 0; n--) out += sample(node.node, rng);
      return out;
    }
  }
}

/** A sampler for the pattern, or undefined when it uses syntax outside the supported subset. */
export function compilePattern(pattern: string): ((rng: Rng) => string) | undefined {
  try {
    const node = new Parser(pattern).parse();
    return (rng) => sample(node, rng);
  } catch {
    return undefined;
  }
}
