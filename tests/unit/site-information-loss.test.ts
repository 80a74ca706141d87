import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { informationLossByTable, withheldPercentage } from '../../src/lib/policy/information-loss.ts';
import { readVettedFolder } from '../../src/lib/vetted/read-vetted-folder.ts';
import { CONFIDENTIAL } from '../../src/vetted/format.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/vetted/', import.meta.url));

describe('information loss by table', () => {
  const editions = readVettedFolder(FIXTURE);

  it('matches the [c] counts of the CSVs', () => {
    for (const edition of editions) {
      for (const loss of informationLossByTable(edition)) {
        const dataset = edition.datasets.find((candidate) => candidate.definition.id === loss.datasetId)!;
        const column = dataset.definition.measures.find((measure) => measure.label === loss.measureLabel)!.column;
        const csv = readFileSync(join(FIXTURE, edition.id, dataset.csvName), 'utf8').trim().split('\n');
        const index = csv[0].split(',').indexOf(column);
        const withheld = csv.slice(1).filter((line) => line.split(',')[index] === CONFIDENTIAL).length;

        expect(loss.figures, `${edition.id} ${loss.datasetId}`).toBe(csv.length - 1);
        expect(loss.withheld, `${edition.id} ${loss.datasetId} ${column}`).toBe(withheld);
      }
    }
  });

  it('finds some withheld figures in the fixture', () => {
    const all = editions.flatMap(informationLossByTable);
    expect(all.reduce((sum, loss) => sum + loss.withheld, 0)).toBeGreaterThan(0);
  });

  it('gives the share with one decimal place', () => {
    expect(withheldPercentage({ datasetId: 'x', title: 'X', measureLabel: 'Assets', figures: 8, withheld: 1 })).toBe('12.5%');
    expect(withheldPercentage({ datasetId: 'x', title: 'X', measureLabel: 'Assets', figures: 0, withheld: 0 })).toBe('0.0%');
  });
});
