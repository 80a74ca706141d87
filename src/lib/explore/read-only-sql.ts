/**
 * The check that keeps the SQL box to reading: a statement must start with a
 * keyword that reads data and contain no keyword that writes. The page also
 * runs every statement inside a transaction that it rolls back, so a write
 * that passed this check would still change nothing.
 */

/** Token types of DuckDB's tokenizer, as DuckDB-WASM's `tokenize` returns them. */
export const TOKEN_TYPES = { identifier: 0, numericConstant: 1, stringConstant: 2, operator: 3, keyword: 4, comment: 5 } as const;

/** Tokens of a script, as DuckDB-WASM's `tokenize` returns them: start offsets and types. */
export interface ScriptTokens {
  offsets: number[];
  types: number[];
}

/** Keywords that may start a statement in the SQL box, because statements that start with them only read. */
export const READING_KEYWORDS = ['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SHOW', 'SUMMARIZE', 'EXPLAIN', 'PIVOT', 'UNPIVOT'] as const;

/**
 * Keywords of statements that change data, settings or the database, which
 * the SQL box rejects wherever they appear, as in WITH … DELETE. A column
 * or table with such a name can still be read when its name is quoted.
 */
export const WRITING_KEYWORDS = [
  'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'CREATE', 'DROP', 'ALTER', 'TRUNCATE', 'COPY', 'ATTACH', 'DETACH', 'INSTALL',
  'LOAD', 'SET', 'RESET', 'PRAGMA', 'CALL', 'CHECKPOINT', 'VACUUM', 'EXPORT', 'IMPORT', 'BEGIN', 'COMMIT', 'ROLLBACK',
] as const;

/**
 * Checks a script of SQL against the read-only rule. Returns the reason it
 * cannot run, or undefined when it may: it must hold exactly one statement,
 * a statement that starts with a keyword must start with one of
 * READING_KEYWORDS, and no keyword of WRITING_KEYWORDS may appear in it. A
 * statement that starts with anything else (a misspelt keyword, a bracket)
 * is left to DuckDB, whose parser reports what is wrong, because every
 * statement that can write starts with a keyword.
 */
export function checkReadOnly(sql: string, tokens: ScriptTokens): string | undefined {
  const statements = splitStatements(sql, tokens);
  if (statements.length === 0) return 'Write a query first.';
  if (statements.length > 1) return `Run one statement at a time: this has ${statements.length}.`;

  const first = statements[0][0];
  if (first.type === TOKEN_TYPES.keyword && !READING_KEYWORDS.some((keyword) => keyword === first.text.toUpperCase())) {
    return `Only queries that read data can run here, so a statement cannot start with ${first.text.toUpperCase()}. Start it with SELECT, WITH, FROM, DESCRIBE, SHOW or SUMMARIZE.`;
  }

  const writing = statements[0].find((token) => token.type === TOKEN_TYPES.keyword && WRITING_KEYWORDS.some((keyword) => keyword === token.text.toUpperCase()));
  if (writing) return `Only queries that read data can run here, so a statement cannot contain ${writing.text.toUpperCase()}.`;
  return undefined;
}

/**
 * Splits a script's tokens into statements at semicolons and returns the
 * first word and type of each token. DuckDB's tokenizer emits no token for
 * a comment: a token's text runs to the next token's start, comment
 * included, so only its first word is the token itself.
 */
function splitStatements(sql: string, tokens: ScriptTokens): { text: string; type: number }[][] {
  const statements: { text: string; type: number }[][] = [[]];
  tokens.offsets.forEach((offset, index) => {
    const text = sql.slice(offset, tokens.offsets[index + 1] ?? sql.length).trimEnd();
    if (tokens.types[index] === TOKEN_TYPES.operator && text.startsWith(';')) {
      statements.push([]);
      return;
    }
    const type = tokens.types[index];
    const word = type === TOKEN_TYPES.operator ? text.charAt(0) : (/^[^\s;(]+/.exec(text)?.[0] ?? text);
    statements[statements.length - 1].push({ text: word, type });
  });
  return statements.filter((statement) => statement.length > 0);
}
