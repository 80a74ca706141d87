import { describe, expect, it } from 'vitest';
import { readDuckDBMessage } from '../../src/lib/explore/duckdb-error.ts';
import { checkReadOnly, TOKEN_TYPES, type ScriptTokens } from '../../src/lib/explore/read-only-sql.ts';

const { identifier, numericConstant, operator, keyword } = TOKEN_TYPES;

/**
 * Tokenizes simple SQL the way DuckDB-WASM's tokenizer does for these cases:
 * words, numbers and single-character operators, each token running to the
 * next one's start, with no token for a comment.
 */
function tokenize(sql: string): ScriptTokens {
  const tokens: ScriptTokens = { offsets: [], types: [] };
  const pattern = /--[^\n]*|[A-Za-z_][A-Za-z0-9_]*|\d+|[^\s\w]/g;
  for (const match of sql.matchAll(pattern)) {
    if (match[0].startsWith('--')) continue;
    tokens.offsets.push(match.index);
    tokens.types.push(tokenType(match[0]));
  }
  return tokens;
}

const KEYWORDS = new Set(['SELECT', 'FROM', 'WITH', 'AS', 'DROP', 'TABLE', 'DELETE', 'COMMIT', 'DESCRIBE', 'SET', 'INSERT', 'INTO', 'VALUES', 'BEGIN', 'UPDATE', 'WHERE']);

function tokenType(word: string): number {
  if (/^\d/.test(word)) return numericConstant;
  if (!/^\w/.test(word)) return operator;
  return KEYWORDS.has(word.toUpperCase()) ? keyword : identifier;
}

function check(sql: string): string | undefined {
  return checkReadOnly(sql, tokenize(sql));
}

describe('checkReadOnly', () => {
  it('accepts statements that read', () => {
    for (const sql of ['SELECT 1', 'select * from t;', 'WITH x AS (SELECT 1) SELECT * FROM x', 'FROM t', 'DESCRIBE t', '(SELECT 1)', '-- note\nSELECT 1 -- end']) {
      expect(check(sql), sql).toBeUndefined();
    }
  });

  it('rejects statements that write', () => {
    expect(check('DROP TABLE t')).toContain('cannot start with DROP');
    expect(check('insert into t values (1)')).toContain('cannot start with INSERT');
    expect(check('-- SELECT\nDELETE FROM t')).toContain('cannot start with DELETE');
    expect(check('SET threads = 1')).toContain('cannot start with SET');
  });

  it('rejects a write inside a WITH query', () => {
    expect(check('WITH t AS (SELECT 1) DELETE FROM x WHERE a = 1')).toBe('Only queries that read data can run here, so a statement cannot contain DELETE.');
    expect(check('with t as (select 1) update x set a = 2')).toBe('Only queries that read data can run here, so a statement cannot contain UPDATE.');
    expect(check('WITH t AS (SELECT 1) INSERT INTO x SELECT * FROM t')).toMatch(/cannot contain INSERT/);
  });

  it('leaves a misspelt keyword to DuckDB', () => {
    expect(check('SELEC 1')).toBeUndefined();
  });

  it('rejects more than one statement', () => {
    expect(check('SELECT 1; COMMIT')).toBe('Run one statement at a time: this has 2.');
  });

  it('asks for a query when empty', () => {
    expect(check('  -- nothing\n')).toBe('Write a query first.');
  });
});

describe('readDuckDBMessage', () => {
  it('turns the JSON error object into text', () => {
    const json = '{"exception_type":"Parser","exception_message":"syntax error at or near \\"SELEC\\"","error_subtype":"SYNTAX_ERROR"}';

    expect(readDuckDBMessage(json)).toBe('Parser Error: syntax error at or near "SELEC"');
  });

  it('keeps a text message', () => {
    expect(readDuckDBMessage('Binder Error: Referenced column "x" not found')).toBe('Binder Error: Referenced column "x" not found');
    expect(readDuckDBMessage('{not json')).toBe('{not json');
  });
});
