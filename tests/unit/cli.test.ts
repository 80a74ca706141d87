import { describe, expect, it } from 'vitest';
import { main, type Output } from '../../src/cli/main.ts';

function capture(): Output & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (line) => lines.out.push(line), err: (line) => lines.err.push(line) };
}

describe('fmar-reports command', () => {
  it('prints usage for help', async () => {
    const output = capture();
    expect(await main(['help'], output)).toBe(0);
    expect(output.lines.out.join('\n')).toMatch(/Usage: fmar-reports <command>/);
  });

  it('exits with 2 on an unknown command', async () => {
    const output = capture();
    expect(await main(['deploy'], output)).toBe(2);
    expect(output.lines.err.join('\n')).toMatch(/Unknown command "deploy"/);
  });

  it('rejects publish without an edition', async () => {
    const output = capture();
    expect(await main(['publish'], output)).toBe(2);
    expect(output.lines.err.join('\n')).toMatch(/publish needs --edition YYYY-qN/);
  });

  it('exits with 2 on an unknown option', async () => {
    const output = capture();
    expect(await main(['build', '--warehouse', 'x.duckdb', '--colour'], output)).toBe(2);
    expect(output.lines.err.join('\n')).toMatch(/--colour/);
  });

  it('rejects sample without a warehouse', async () => {
    const output = capture();
    expect(await main(['sample'], output)).toBe(2);
    expect(output.lines.err.join('\n')).toMatch(/sample needs --warehouse FILE/);
  });

  it('rejects a sample as-of date that does not exist', async () => {
    const output = capture();
    expect(await main(['sample', '--warehouse', '/tmp/never.duckdb', '--as-of', '2026-02-30'], output)).toBe(2);
    expect(output.lines.err.join('\n')).toMatch(/--as-of must be a date written YYYY-MM-DD, not "2026-02-30"/);
  });

  it('rejects an import from an unknown source', async () => {
    const output = capture();
    expect(await main(['import', 'ukpn', 'file.csv'], output)).toBe(2);
    expect(output.lines.err.join('\n')).toMatch(/Unknown import source "ukpn"/);
  });

  it('exits with 1 and names a missing warehouse file', async () => {
    const output = capture();
    expect(await main(['build', '--warehouse', '/nonexistent/w.duckdb', '--out', '/tmp/fmar-never'], output)).toBe(1);
    expect(output.lines.err.join('\n')).toMatch(/Warehouse file not found: \/nonexistent\/w\.duckdb/);
  });

  it('rejects an edition that is not a quarter', async () => {
    const output = capture();
    expect(await main(['build', '--warehouse', '/nonexistent/w.duckdb', '--edition', '2024-Q5'], output)).toBe(1);
    expect(output.lines.err.join('\n')).toMatch(/Invalid quarter "2024-Q5": expected the form 2024-q1/);
  });
});
