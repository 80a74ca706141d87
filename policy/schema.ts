import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

/** Location of the policy the build enforces and the site publishes. */
export const POLICY_PATH = new URL('./policy.yaml', import.meta.url);

const measureKinds = z.array(z.enum(['frequency', 'magnitude'])).min(1);

const percent = z.number().gt(0).lt(100);

export const policySchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
  title: z.string().min(1),
  effective_from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date'),
  owner: z.string().min(1),
  contributor_unit: z.literal('enterprise_group'),
  purpose: z.string().min(1),
  rules: z.strictObject({
    threshold: z.strictObject({
      description: z.string().min(1),
      min_contributors: z.number().int().min(2),
      protection_level_percent: percent,
      applies_to: measureKinds,
    }),
    p_percent: z.strictObject({
      description: z.string().min(1),
      p: percent,
      applies_to: measureKinds,
    }),
    dominance: z.strictObject({
      description: z.string().min(1),
      n: z.number().int().min(1),
      k: percent,
      applies_to: measureKinds,
    }),
  }),
  secondary_suppression: z.strictObject({
    description: z.string().min(1),
    time_differencing: z.boolean(),
    stock_orderings: z.boolean(),
  }),
  shorthand: z.record(z.string(), z.string()),
});

export type Policy = z.infer<typeof policySchema>;

/** Reads and validates a policy file; throws naming the file and the field that is wrong. */
export function loadPolicy(path: string | URL = POLICY_PATH): Policy {
  const file = path instanceof URL ? fileURLToPath(path) : path;
  const text = readFileSync(file, 'utf8');
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new Error(`Policy file ${file} is not valid YAML: ${(error as Error).message}`);
  }

  const result = policySchema.safeParse(document);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Policy file ${file} is invalid:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}
