// Checks a parsed JSON document against the subset of JSON Schema (draft-07) that Dossier's own
// schemas in schemas/ use, reporting each problem at the value it concerns.
import { problemAt, type JsonNode, type Problem } from './json';

export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  uniqueItems?: boolean;
  $ref?: string;
  oneOf?: Schema[];
  anyOf?: Schema[];
  definitions?: Record<string, Schema>;
  description?: string;
}

/** Every problem of `node` against `schema`; `root` resolves "#/definitions/..." references. */
export function validate(text: string, node: JsonNode, schema: Schema, root: Schema = schema): Problem[] {
  const out: Problem[] = [];
  check(node, schema, root, '', (n, at, message) => out.push(problemAt(text, n.start, n.end, at ? `${at}: ${message}` : message)), text);
  return out;
}

type Report = (node: { start: number; end: number }, at: string, message: string) => void;

function resolve(schema: Schema, root: Schema): Schema {
  let s = schema;
  for (let guard = 0; s.$ref && guard < 16; guard++) {
    const m = /^#\/definitions\/(.+)$/.exec(s.$ref);
    const target = m ? root.definitions?.[m[1]] : undefined;
    if (!target) throw new Error(`unsupported $ref ${s.$ref}`);
    // Siblings of $ref (a description) add nothing to validation.
    s = target;
  }
  return s;
}

function typeOf(node: JsonNode): string {
  if (node.type === 'number') return Number.isInteger(node.value) ? 'integer' : 'number';
  return node.type;
}

function plain(node: JsonNode): unknown {
  return node.type === 'object' || node.type === 'array' ? undefined : node.value;
}

function check(node: JsonNode, raw: Schema, root: Schema, at: string, report: Report, text: string): void {
  const schema = resolve(raw, root);
  if (schema.oneOf || schema.anyOf) {
    const branches = (schema.oneOf ?? schema.anyOf)!;
    const results = branches.map((b) => {
      const errs: [{ start: number; end: number }, string, string][] = [];
      check(node, b, root, at, (n, a, m) => errs.push([n, a, m]), text);
      return errs;
    });
    if (results.some((r) => r.length === 0)) return;
    // Report the branch that fits best: the one of the value's JSON type with the fewest problems.
    const sameType = results.filter((_r, i) => typeMatches(node, resolve(branches[i], root)));
    const best = (sameType.length ? sameType : results).reduce((a, b) => (b.length < a.length ? b : a));
    for (const [n, a, m] of best) report(n, a, m);
    return;
  }
  if (schema.type !== undefined && !typeMatches(node, schema)) {
    const want = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
    report(node, at, `expected ${want === 'object' ? 'an object' : want === 'array' ? 'an array' : `a ${want}`}, found ${typeOf(node) === 'integer' ? 'a number' : typeOf(node)}`);
    return;
  }
  if (schema.const !== undefined && plain(node) !== schema.const) report(node, at, `must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(plain(node))) report(node, at, `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  if (node.type === 'string') {
    if (schema.minLength !== undefined && node.value.length < schema.minLength) report(node, at, schema.minLength === 1 ? 'must not be empty' : `must have at least ${schema.minLength} characters`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(node.value)) report(node, at, `${JSON.stringify(node.value)} is not valid${schema.description ? ` (${schema.description})` : ''}`);
  }
  if (node.type === 'number' && schema.minimum !== undefined && node.value < schema.minimum) report(node, at, `must be at least ${schema.minimum}`);
  if (node.type === 'array') {
    if (schema.minItems !== undefined && node.items.length < schema.minItems) report(node, at, `must have at least ${schema.minItems} item(s)`);
    if (schema.uniqueItems) {
      const seen = new Set<string>();
      for (const item of node.items) {
        const key = text.slice(item.start, item.end);
        if (seen.has(key)) report(item, at, `duplicate item ${key}`);
        seen.add(key);
      }
    }
    if (schema.items) node.items.forEach((item, i) => check(item, schema.items!, root, `${at}[${i}]`, report, text));
  }
  if (node.type === 'object') {
    const present = new Set(node.properties.map((p) => p.key));
    for (const r of schema.required ?? []) if (!present.has(r)) report({ start: node.start, end: node.start + 1 }, at, `missing required property '${r}'`);
    for (const p of node.properties) {
      const where = at ? `${at}.${p.key}` : p.key;
      const keyNode = { start: p.keyStart, end: p.keyEnd };
      if (schema.propertyNames) {
        const pn = resolve(schema.propertyNames, root);
        if (pn.pattern && !new RegExp(pn.pattern, 'u').test(p.key)) report(keyNode, at, `'${p.key}' is not a valid key${pn.description ? ` (${pn.description})` : ''}`);
      }
      const sub = schema.properties?.[p.key];
      if (sub) check(p.value, sub, root, where, report, text);
      else if (schema.additionalProperties === false) report(keyNode, at, `unknown property '${p.key}'`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') check(p.value, schema.additionalProperties, root, where, report, text);
    }
  }
}

function typeMatches(node: JsonNode, schema: Schema): boolean {
  if (schema.type === undefined) return true;
  const t = typeOf(node);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.some((w) => w === t || (w === 'number' && t === 'integer'));
}
