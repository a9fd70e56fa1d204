import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema, JSON_SCHEMA_PATH } from './build-json-schema.ts';

describe('schema/kempt.config.schema.json', () => {
  it('is what build-json-schema.ts generates (run it after changing the schema)', () => {
    expect(JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8'))).toEqual(buildJsonSchema());
  });

  it('closes every object the config schema closes, so editors flag unknown keys', () => {
    const text = JSON.stringify(buildJsonSchema());
    expect(text).not.toContain('__kempt_nothing__');
    expect(text.match(/"additionalProperties":false/g)?.length).toBeGreaterThan(50);
  });

  it('offers the finding codes of each field for field_check', () => {
    const text = JSON.stringify(buildJsonSchema());
    for (const code of ['email.disposable', 'phone.fake', 'name.all_caps', 'job_title.unknown'])
      expect(text).toContain(`"${code}"`);
  });
});
