import type { Context } from 'hono';
import type { z } from 'zod';
import { parseWith } from '../store/event-filter.ts';
import { badRequest } from './api-error.ts';

/** The query string as one value per name; a name given twice is refused rather than half-read. */
export function singleQuery(c: Context): Record<string, string> {
  const all = c.req.queries();
  const single: Record<string, string> = {};
  for (const [name, values] of Object.entries(all)) {
    if (values.length > 1) throw badRequest(name, 'given more than once');
    single[name] = values[0]!;
  }
  return single;
}

/** Splits off the named parameters, so that each part goes to the schema that owns it. */
export function takeKeys(query: Record<string, string>, keys: readonly string[]): [Record<string, string>, Record<string, string>] {
  const picked: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) (keys.includes(name) ? picked : rest)[name] = value;
  return [picked, rest];
}

/** Parses against a schema or answers 400 naming the first bad field. */
export function parseOrReject<S extends z.ZodTypeAny>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const parsed = parseWith(schema, input);
  if (!parsed.ok) throw badRequest(prefix + parsed.field, parsed.message);
  return parsed.value;
}

/** A request's JSON body parsed against a schema: a body that is not JSON, or a bad field ("body.reason"), is a 400. */
export async function jsonBody<S extends z.ZodTypeAny>(c: Context, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw badRequest('body', 'expected a JSON object');
  }
  return parseOrReject(schema, json, 'body.');
}
