// A small JSON reader that keeps where every value is, so a problem in a hand-edited curation
// file can be shown at its line and column; and the one writer all curation files go through.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonProperty {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export type JsonNode =
  | { type: 'object'; start: number; end: number; properties: JsonProperty[] }
  | { type: 'array'; start: number; end: number; items: JsonNode[] }
  | { type: 'string'; start: number; end: number; value: string }
  | { type: 'number'; start: number; end: number; value: number }
  | { type: 'boolean'; start: number; end: number; value: boolean }
  | { type: 'null'; start: number; end: number; value: null };

/** Something wrong in a curation file, at UTF-16 offsets into it; `line` and `column` are 1-based. */
export interface Problem {
  message: string;
  severity: 'error' | 'warning';
  start: number;
  end: number;
  line: number;
  column: number;
}

export type JsonParse = { ok: true; node: JsonNode } | { ok: false; problem: Problem };

export function problemAt(text: string, start: number, end: number, message: string, severity: Problem['severity'] = 'error'): Problem {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < start && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { message, severity, start, end: Math.max(end, start), line, column: start - lineStart + 1 };
}

class SyntaxProblem extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

/** Parses strict JSON (RFC 8259; a leading byte-order mark is allowed), keeping offsets. */
export function parseJson(text: string): JsonParse {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (message: string, at = i): never => {
    throw new SyntaxProblem(at, message);
  };
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  };
  const describe = (at: number) => (at >= text.length ? 'end of file' : `'${text[at]}'`);
  const str = (): string => {
    const start = i++;
    let out = '';
    let run = i;
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(run, i++);
        return out;
      }
      if (c < 32) fail('control character in string (a line break must be written \\n)');
      if (c === 92) {
        out += text.slice(run, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail(`invalid escape '\\${e ?? ''}'`);
        run = i;
      } else i++;
    }
  };
  const value = (): JsonNode => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const properties: JsonProperty[] = [];
      const seen = new Set<string>();
      ws();
      if (text[i] === '}') return { type: 'object', start, end: ++i, properties };
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
        const keyStart = i;
        const key = str();
        const keyEnd = i;
        if (seen.has(key)) fail(`duplicate property '${key}'`, keyStart);
        seen.add(key);
        ws();
        if (text[i] !== ':') fail(`expected ':' after property name, found ${describe(i)}`);
        i++;
        properties.push({ key, keyStart, keyEnd, value: value() });
        ws();
        if (text[i] === ',') {
          const comma = i++;
          ws();
          if (text[i] === '}') fail('trailing comma before }', comma);
          continue;
        }
        if (text[i] === '}') return { type: 'object', start, end: ++i, properties };
        fail(`expected ',' or '}', found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') return { type: 'array', start, end: ++i, items };
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ',') {
          const comma = i++;
          ws();
          if (text[i] === ']') fail('trailing comma before ]', comma);
          continue;
        }
        if (text[i] === ']') return { type: 'array', start, end: ++i, items };
        fail(`expected ',' or ']', found ${describe(i)}`);
      }
    }
    if (c === '"') {
      const v = str();
      return { type: 'string', start, end: i, value: v };
    }
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (num && num[0]) {
      i += num[0].length;
      return { type: 'number', start, end: i, value: Number(num[0]) };
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v === null ? { type: 'null', start, end: i, value: null } : { type: 'boolean', start, end: i, value: v };
      }
    }
    return fail(`expected a value, found ${describe(i)}`);
  };
  try {
    const node = value();
    ws();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the document`);
    return { ok: true, node };
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    return { ok: false, problem: problemAt(text, e.at, Math.min(e.at + 1, text.length), e.message) };
  }
}

export function toValue(node: JsonNode): JsonValue {
  switch (node.type) {
    case 'object': {
      const out: { [key: string]: JsonValue } = {};
      for (const p of node.properties) out[p.key] = toValue(p.value);
      return out;
    }
    case 'array':
      return node.items.map(toValue);
    default:
      return node.value;
  }
}

/** The property node of an object node, or undefined. */
export function propertyOf(node: JsonNode, key: string): JsonNode | undefined {
  return node.type === 'object' ? node.properties.find((p) => p.key === key)?.value : undefined;
}

/** JSON with keys sorted, two-space indent and a final newline: the same data always gives the same bytes. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort(compareKeys)) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** Code-unit order, so "@context" and "$schema" come first and the order never depends on locale. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
