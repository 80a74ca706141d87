import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPolicy, POLICY_PATH } from '../../policy/schema.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

/** Writes the published policy with one edit into a temporary file and returns its path. */
function editedPolicy(edit: (text: string) => string): string {
  const file = join(temporaryFolder('fmar-policy-'), 'policy.yaml');
  writeFileSync(file, edit(readFileSync(POLICY_PATH, 'utf8')));
  return file;
}

describe('policy file', () => {
  it('names the field of an invalid value', () => {
    const file = editedPolicy((text) => text.replace('min_contributors: 3', 'min_contributors: -3'));

    expect(() => loadPolicy(file)).toThrow(`Policy file ${file} is invalid:`);
    expect(() => loadPolicy(file)).toThrow('rules.threshold.min_contributors');
  });

  it('names the file by its path when given a URL', () => {
    const file = editedPolicy((text) => `${text}\n  : [`);

    expect(() => loadPolicy(pathToFileURL(file))).toThrow(`Policy file ${file} is not valid YAML`);
  });
});
