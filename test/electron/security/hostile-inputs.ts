import type { ZodType } from 'zod';
import { Text } from './api-examples';

/**
 * Hostile inputs made from a valid example by spoiling one thing at a time, by the kind of value that
 * sits there, never by asking the schema under test: wrong types, scalars as arrays and objects,
 * oversized strings and arrays, NaN, ±Infinity, negatives, numbers past any bound, unknown keys,
 * prototype keys, and for a person's text hidden direction marks, lone surrogates, controls and
 * invisible characters.
 */
type Path = (string | number)[];

export interface Spoiled {
  /** Where the example was spoiled and how, for the report. */
  what: string;
  input: unknown;
  /** An unknown key: refused, or dropped before it reaches a handler. */
  unknownKey?: { at: Path; key: string };
}

export interface Finding {
  method: string;
  problem: string;
}

/** The example as plain JSON, and where its texts are. */
export function materialise(
  x: unknown,
  at: Path = [],
  texts: Path[] = [],
): { value: unknown; texts: Path[] } {
  if (x instanceof Text) {
    texts.push(at);
    return { value: x.value, texts };
  }
  if (Array.isArray(x)) return { value: x.map((v, i) => materialise(v, [...at, i], texts).value), texts };
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = materialise(v, [...at, k], texts).value;
    return { value: out, texts };
  }
  return { value: x, texts };
}

const huge = 'x'.repeat(100_000);
const forAString = [12345, true, ['x'], { x: 'x' }, huge];
const forText = (s: string) => [`${s}\u202e`, `${s}\ud800`, `${s}\u0000`, `\u200b${s}`, `\u2066${s}\u2069`];
const forANumber = (n: number) => [String(n), NaN, Infinity, -Infinity, -1, 2 ** 60, [n], true, { n }];
const forABoolean = (b: boolean) => [String(b), 1, [b], { b }];
const forAnArray = (a: unknown[]) => ['x', { 0: a[0] }, 42, Array.from({ length: 10_000 }, () => a[0])];
const forAnObject = ['x', [], 42, true];
// Keys that must never reach a handler: they reach Object.prototype through careless merges.
const prototypeKeys = ['__proto__', 'constructor', 'prototype'];

const describeValue = (v: unknown): string => {
  if (typeof v === 'string') return v.length > 40 ? `a string of ${v.length} characters` : JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.length > 5 ? `an array of ${v.length}` : `array ${JSON.stringify(v)}`;
  return JSON.stringify(v) ?? String(v);
};

const show = (at: Path) => (at.length ? at.join('.') : 'the input');

function replaceAt(root: unknown, at: Path, value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? replaceAt(v, rest, value) : v));
  const copy = { ...(root as Record<string, unknown>) };
  copy[head as string] = replaceAt(copy[head as string], rest, value);
  return copy;
}

/** An own property named `key` (even `__proto__`), as JSON.parse would make it. */
function withOwnKey(obj: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...obj };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

function getAt(root: unknown, at: Path): unknown {
  let v = root;
  for (const k of at)
    v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[k as string];
  return v;
}

/** Every one-thing-spoiled variant of a valid example. */
export function* spoil(example: unknown): Generator<Spoiled> {
  const { value, texts } = materialise(example);
  const isText = (at: Path) => texts.some((t) => t.length === at.length && t.every((k, i) => k === at[i]));
  function* visit(v: unknown, at: Path): Generator<Spoiled> {
    const put = (bad: unknown): Spoiled => ({
      what: `${show(at)} = ${describeValue(bad)}`,
      input: replaceAt(value, at, bad),
    });
    if (typeof v === 'string') {
      for (const bad of forAString) yield put(bad);
      if (isText(at)) for (const bad of forText(v)) yield put(bad);
    } else if (typeof v === 'number') {
      for (const bad of forANumber(v)) yield put(bad);
    } else if (typeof v === 'boolean') {
      for (const bad of forABoolean(v)) yield put(bad);
    } else if (Array.isArray(v)) {
      for (const bad of forAnArray(v)) yield put(bad);
      for (let i = 0; i < v.length; i++) yield* visit(v[i], [...at, i]);
    } else if (v && typeof v === 'object') {
      for (const bad of forAnObject) yield put(bad);
      const obj = v as Record<string, unknown>;
      for (const key of ['sneaked', ...prototypeKeys]) {
        yield {
          what: `${show(at)} with an extra key ${key}`,
          input: replaceAt(value, at, withOwnKey(obj, key, { polluted: true })),
          unknownKey: { at, key },
        };
      }
      for (const [k, child] of Object.entries(obj)) yield* visit(child, [...at, k]);
    }
  }
  yield* visit(value, []);
}

/**
 * What a method table lets through: a spoiled input its schema accepts (an unknown key counts only
 * if it survives parsing), an example it refuses, a method without an example.
 */
export function hostileFindings(
  table: Readonly<Record<string, { input: ZodType }>>,
  examples: Readonly<Record<string, unknown>>,
): Finding[] {
  const findings: Finding[] = [];
  for (const [method, def] of Object.entries(table)) {
    if (!(method in examples)) {
      findings.push({ method, problem: 'has no example input in api-examples.ts' });
      continue;
    }
    // A missing body means "no arguments", as the dispatcher reads it.
    const parse = (x: unknown) => def.input.safeParse(x ?? {});
    if (!parse(materialise(examples[method]).value).success) {
      findings.push({ method, problem: 'refuses its own example input' });
      continue;
    }
    for (const s of spoil(examples[method])) {
      const r = parse(s.input);
      if (!r.success) continue;
      if (s.unknownKey) {
        const parsed = getAt(r.data, s.unknownKey.at);
        const kept = parsed !== null && typeof parsed === 'object' && Object.hasOwn(parsed, s.unknownKey.key);
        if (!kept) continue;
      }
      findings.push({ method, problem: `accepts ${s.what}` });
    }
  }
  return findings;
}
