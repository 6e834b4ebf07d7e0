import type { SqlValue } from 'sql.js';
import type { CapturedStatement, Params } from './db';

/**
 * The payload of a journal record: the statements of one write transaction with their
 * parameters, as JSON. Values JSON cannot carry (bytes, bigints, ±Infinity) are tagged objects;
 * a bare parameter is never an object, so a tag cannot be confused with data.
 */
type Encoded = string | number | boolean | null | { b: string } | { i: string } | { f: string };

function encodeValue(v: unknown): Encoded {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number')
    return Number.isFinite(v) && !Object.is(v, -0) ? v : { f: Object.is(v, -0) ? '-0' : String(v) };
  if (typeof v === 'bigint') return { i: v.toString() };
  if (v instanceof Uint8Array)
    return { b: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  throw new TypeError(`cannot journal a parameter of type ${typeof v}`);
}

function decodeValue(e: Encoded): SqlValue {
  if (e === null || typeof e === 'string' || typeof e === 'number') return e;
  if (typeof e === 'boolean') return e ? 1 : 0;
  if ('b' in e) return new Uint8Array(Buffer.from(e.b, 'base64'));
  if ('i' in e) return BigInt(e.i) as unknown as SqlValue;
  return Number(e.f);
}

type EncodedParams = Encoded[] | Record<string, Encoded>;
/** `[sql]`, `[sql, params]`, or `[sql, null, [params, …]]` for a batch (Db.runMany). */
type EncodedStatement = [string] | [string, EncodedParams] | [string, null, EncodedParams[]];

function encodeParams(params: Params): EncodedParams {
  if (Array.isArray(params)) return params.map(encodeValue);
  const named: Record<string, Encoded> = {};
  for (const [k, v] of Object.entries(params)) named[k] = encodeValue(v);
  return named;
}

function decodeParams(params: unknown): Params {
  if (Array.isArray(params)) return (params as Encoded[]).map(decodeValue);
  if (typeof params !== 'object' || params === null)
    throw new Error('journal payload holds malformed parameters');
  const named: Params = {};
  for (const [k, v] of Object.entries(params as Record<string, Encoded>)) named[k] = decodeValue(v);
  return named;
}

export function encodeStatements(list: CapturedStatement[]): Buffer {
  const out: EncodedStatement[] = list.map(({ sql, params, batch }) => {
    if (batch) return [sql, null, batch.map(encodeParams)];
    if (params === undefined) return [sql];
    return [sql, encodeParams(params)];
  });
  return Buffer.from(JSON.stringify(out), 'utf8');
}

export function decodeStatements(payload: Uint8Array): CapturedStatement[] {
  const raw: unknown = JSON.parse(
    Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('utf8'),
  );
  if (!Array.isArray(raw)) throw new Error('journal payload is not a statement list');
  return raw.map((item: unknown): CapturedStatement => {
    if (!Array.isArray(item) || typeof item[0] !== 'string')
      throw new Error('journal payload holds a malformed statement');
    const [sql, params, batch] = item as [string, unknown, unknown];
    if (params === null) {
      if (!Array.isArray(batch)) throw new Error('journal payload holds a malformed batch');
      return { sql, batch: batch.map(decodeParams) };
    }
    if (params === undefined) return { sql };
    return { sql, params: decodeParams(params) };
  });
}
