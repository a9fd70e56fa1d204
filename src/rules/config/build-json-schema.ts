/**
 * Writes schema/kempt.config.schema.json, the JSON Schema editors use to complete and check a
 * kempt.config.yaml. Generated from the zod schema, so the two cannot disagree; json-schema.test.ts
 * fails when the committed file is stale.
 *
 *   node src/rules/config/build-json-schema.ts
 */

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { configInputSchema } from './schema.ts';
import { isUnknownKeyMarker } from './zod-kit.ts';

export const JSON_SCHEMA_PATH = fileURLToPath(
  new URL('../../../schema/kempt.config.schema.json', import.meta.url),
);

const NOTHING = '__kempt_nothing__';

/** The JSON Schema of the config as written (input side: shortcuts allowed, defaults optional). */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configInputSchema, {
    // draft-07 is what yaml-language-server and most editors implement fully.
    target: 'draft-7',
    io: 'input',
    // Shared parts (rule types used by many fields) become definitions; see inlineSingleUse.
    reused: 'ref',
    unrepresentable: 'any',
    override: (ctx) => {
      if (isUnknownKeyMarker(ctx.zodSchema)) ctx.jsonSchema[NOTHING] = true;
    },
  }) as Record<string, unknown>;
  const schema = {
    ...generated,
    $id: 'https://kempt.dev/schema/kempt.config.schema.json',
    title: 'kempt config',
    description:
      'Rules and automations that keep CRM contact data clean at every entry point (kempt.config.yaml).',
  };
  return closeObjects(inlineSingleUse(schema)) as Record<string, unknown>;
}

type Json = Record<string, unknown>;

/**
 * zod turns every schema it meets twice into a definition, including wrappers used once; inlining
 * those keeps the file readable and lets editors show descriptions where the setting is.
 */
function inlineSingleUse(schema: Json): Json {
  const definitions = (schema.definitions ?? {}) as Record<string, Json>;
  const uses = new Map<string, number>();
  JSON.stringify(schema, (key, value) => {
    if (key === '$ref' && typeof value === 'string') uses.set(value, (uses.get(value) ?? 0) + 1);
    return value;
  });
  const kept = Object.keys(definitions).filter((name) => (uses.get(`#/definitions/${name}`) ?? 0) > 1);
  const expand = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(expand);
    if (typeof node !== 'object' || node === null) return node;
    const ref = (node as Json).$ref;
    if (typeof ref === 'string' && Object.keys(node).length === 1) {
      const name = ref.replace('#/definitions/', '');
      if (!kept.includes(name) && definitions[name] !== undefined) return expand(definitions[name]);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, expand(v)]));
  };
  const { definitions: _, ...rest } = schema;
  const out = expand(rest) as Json;
  if (kept.length > 0)
    out.definitions = Object.fromEntries(kept.map((name) => [name, expand(definitions[name])]));
  return out;
}

/** `additionalProperties: false` where the zod schema reports unknown keys itself. */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const isNothing = typeof value === 'object' && value !== null && NOTHING in value;
    out[key] = key === 'additionalProperties' && isNothing ? false : closeObjects(value);
  }
  return out;
}

export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}

if (import.meta.main) {
  writeFileSync(JSON_SCHEMA_PATH, jsonSchemaText());
  console.log(`wrote ${JSON_SCHEMA_PATH}`);
}
