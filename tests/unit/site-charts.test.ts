import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { drawLatestQuarterBars } from '../../src/lib/charts/latest-quarter-bars.ts';
import { drawQuarterlyTrend } from '../../src/lib/charts/quarterly-trend.ts';
import { primaryMeasure } from '../../src/lib/vetted/dataset-queries.ts';
import type { PublishedDataset } from '../../src/lib/vetted/published-dataset.ts';
import { readVettedFolder } from '../../src/lib/vetted/read-vetted-folder.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/vetted/', import.meta.url));
const latest = readVettedFolder(FIXTURE).at(-1)!;
const capacity = latest.datasets.find((dataset) => dataset.definition.id === 'capacity-by-technology')!;
const measure = primaryMeasure(capacity.definition);

function parseSvg(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg')!;
}

/** Returns a copy of the dataset with its total row withheld in one quarter. */
function withWithheldTotal(dataset: PublishedDataset, quarter: string): PublishedDataset {
  const totalId = dataset.definition.dimension.total.id;
  return {
    ...dataset,
    rows: dataset.rows.map((row) =>
      row.quarter === quarter && row.memberId === totalId ? { ...row, values: { ...row.values, [measure.column]: '[c]' } } : row,
    ),
  };
}

describe('bar chart by member', () => {
  const chart = drawLatestQuarterBars(capacity, latest.id, measure);

  it('draws no bar for a withheld member', () => {
    for (const svg of Object.values(chart.svg)) {
      const root = parseSvg(svg);
      const published = capacity.rows.filter(
        (row) => row.quarter === latest.id && !row.memberId.startsWith('all') && row.values[measure.column] !== '[c]',
      );
      expect(root.querySelectorAll('rect')).toHaveLength(published.length);
      const texts = [...root.querySelectorAll('text')].map((text) => text.textContent);
      expect(texts.filter((text) => text === '[c] withheld')).toHaveLength(2);
    }
  });

  it('is an accessible image without g labels', () => {
    const root = parseSvg(chart.svg.wide);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('capacity-by-technology-by-member-title');
    expect(root.getAttribute('aria-describedby')).toBe('capacity-by-technology-by-member-description');
    expect(root.querySelectorAll('[aria-label]')).toHaveLength(0);
  });

  it('names the withheld members in its description', () => {
    expect(chart.title).toBe('Registered capacity by asset category at 31 December 2025');
    expect(chart.description).toContain('2 of 10 figures are withheld [c] and have no bar: Hydro, Other.');
    expect(chart.hasWithheld).toBe(true);
  });

  it('names at most three withheld members', () => {
    const withheldIds = new Set(capacity.rows.filter((row) => row.quarter === latest.id && row.memberId !== 'all').slice(0, 6).map((row) => row.memberId));
    const dataset = {
      ...capacity,
      rows: capacity.rows.map((row) =>
        row.quarter === latest.id && withheldIds.has(row.memberId) ? { ...row, values: { ...row.values, [measure.column]: '[c]' as const } } : row,
      ),
    };
    const description = drawLatestQuarterBars(dataset, latest.id, measure).description;

    // Hydro and Other are withheld in the fixture already, so 7 of the 10 are.
    expect(description).toContain('7 of 10 figures are withheld [c] and have no bar: Battery storage (BESS), Solar PV, Wind and 4 others.');
  });

  it('is the same on every run', () => {
    expect(drawLatestQuarterBars(capacity, latest.id, measure)).toEqual(chart);
  });
});

describe('trend chart of the total', () => {
  it('draws a line through every published quarter', () => {
    const chart = drawQuarterlyTrend(capacity, measure);
    const root = parseSvg(chart.svg.wide);

    expect(root.querySelectorAll('circle')).toHaveLength(8);
    expect(chart.hasWithheld).toBe(false);
    expect(chart.description).toContain('It went from 7,464.5 MW at 31 March 2024 to 9,753.1 MW at 31 December 2025.');
  });

  it('leaves a gap and a [c] for a withheld total', () => {
    const chart = drawQuarterlyTrend(withWithheldTotal(capacity, '2025-q2'), measure);
    const root = parseSvg(chart.svg.wide);

    const line = root.querySelector('g[stroke="#1d70b8"] path')!;
    expect(line.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(root.querySelectorAll('circle')).toHaveLength(7);
    expect([...root.querySelectorAll('text')].some((text) => text.textContent === '[c]')).toBe(true);
    expect(chart.description).toContain('The figures at 30 June 2025 are withheld [c] and leave a gap in the line.');
  });

  it('labels at most four quarters when narrow', () => {
    const root = parseSvg(drawQuarterlyTrend(capacity, measure).svg.narrow);
    const tickLabels = [...root.querySelectorAll('text')].filter((text) => /to/.test(text.textContent ?? ''));
    expect(tickLabels.length).toBeLessThanOrEqual(4);
    expect(tickLabels.at(-1)?.textContent).toContain('Oct to Dec');
  });
});
