import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditProtection, protect } from '../../policy/engine/protect.ts';
import { loadPolicy } from '../../policy/schema.ts';
import { failingKeys } from './policy-fixtures.ts';
import { buildHierarchyProblem, hierarchySpec } from './policy-hierarchy.ts';

const policy = loadPolicy();

describe('protect() on random hierarchical tables', () => {
  it('leaves nothing for the audit to find', async () => {
    await fc.assert(
      fc.asyncProperty(hierarchySpec, async (spec) => {
        const problem = buildHierarchyProblem(spec);
        const before = structuredClone(problem);
        const result = await protect([problem], policy);

        // Audited on its own, from the published pattern alone.
        const entries = await auditProtection(problem, result.suppressed.keys(), policy);
        expect(failingKeys(entries)).toEqual([]);

        // Every primary-sensitive cell is withheld under its rule.
        for (const entry of entries.filter((item) => !item.derived)) {
          expect(result.suppressed.get(entry.key)).toBe(entry.rule);
        }

        // Only cells are withheld, and every published cell keeps its value.
        const keys = new Set(problem.cells.map((cell) => cell.key));
        for (const key of result.suppressed.keys()) expect(keys.has(key)).toBe(true);
        expect(problem).toEqual(before);

        const counted = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
        expect(counted).toBe(result.suppressed.size);
      }),
      { numRuns: 40, seed: 20250101 },
    );
  });
});
