/**
 * The operator-name normaliser: it turns the spellings that REPD uses for one
 * company into one key, and recognises placeholders that name no company.
 *
 * It is conservative on purpose, so it removes only what cannot tell two
 * companies apart. That is case, accents, punctuation, spacing, "&" against
 * "and", a leading "The" and legal-form suffixes (Ltd, Limited, plc, LLP,
 * UK). It also removes notes on former names such as "(formerly Dong
 * Energy)", and a bracketed abbreviation of the words before it, such as
 * "(SSE)" after "Scottish and Southern Energy". Other bracketed text, such as a site or a client, stays part of
 * the name. A note on a former name after a comma, as in "Infinis, previously
 * Broadview Energy", goes too. Names that differ in any other way get different keys; the alias
 * table joins the ones known to be one company.
 */

const LEGAL_SUFFIXES = new Set(['ltd', 'limited', 'plc', 'llp', 'uk']);
const ACRONYM_STOP_WORDS = new Set(['and', '&', 'of', 'the', 'for']);
const FORMER_NAME_WORDS = String.raw`(?:formerly|previously|previoulsy|prev\.?)`;
const FORMER_NAME_NOTE = new RegExp(String.raw`^\s*${FORMER_NAME_WORDS}\s`, 'i');
const TRAILING_FORMER_NAME_NOTE = new RegExp(String.raw`\s*[,;]\s*${FORMER_NAME_WORDS}\s.*$`, 'is');
const UNDECOMPOSED_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ø', 'o'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ß', 'ss'],
  ['ł', 'l'],
  ['đ', 'd'],
]);
const APOSTROPHES = /['’`\uFFFD]/g;

/**
 * Operator texts that name no company. Each site with one of them is its own
 * contributor, so they are never merged into one organisation. Matched after
 * removing case, spaces and punctuation, so "N/A" and "n.a." both match.
 */
const PLACEHOLDERS = new Set([
  '',
  'privatedeveloper',
  'privateclient',
  'privateindividual',
  'private',
  'unknown',
  'notknown',
  'na',
  'notapplicable',
  'notavailable',
  'none',
  'tbc',
  'tba',
  'redacted',
  'withheld',
  'confidential',
  'undisclosed',
  'notdisclosed',
]);

const PLACEHOLDER_WORDS = /redacted|withheld|confidential|undisclosed/;

/** Returns true when the operator text names no company (blank, "Private Developer", "Unknown", "N/A", redacted). */
export function isPlaceholderOperator(operator: string): boolean {
  const compact = operator.toLowerCase().replace(/[^a-z0-9]/g, '');
  return PLACEHOLDERS.has(compact) || PLACEHOLDER_WORDS.test(compact);
}

/**
 * Returns the normalised key of an operator name. A joint operation written
 * "A / B" keeps each party, normalised, in alphabetical order, so "B/ A" gives
 * the same key. That key differs from the keys of A and of B.
 */
export function normaliseOperatorName(operator: string): string {
  const withoutNotes = removeBracketNotes(operator.normalize('NFKC')).replace(TRAILING_FORMER_NAME_NOTE, '');
  const parties = withoutNotes.split('/').map(normaliseParty).filter((party) => party !== '');
  return [...new Set(parties)].sort().join(' / ');
}

function normaliseParty(party: string): string {
  const words = party
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđ]/g, (letter) => UNDECOMPOSED_LETTERS.get(letter) ?? letter)
    .replace(APOSTROPHES, '')
    .replace(/[&+]/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');

  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();

  return words.join(' ');
}

/**
 * Removes bracketed notes that do not tell companies apart: former names,
 * a lone legal form such as "(UK)" or "(Ltd)", and an abbreviation of the
 * words before it. Brackets may nest, as in "(formerly Kronos Solar (KS SPV39))".
 */
function removeBracketNotes(name: string): string {
  let result = '';
  let position = 0;

  while (position < name.length) {
    const open = name.indexOf('(', position);
    if (open < 0) break;

    const close = matchingBracket(name, open);
    if (close < 0) break;

    result += name.slice(position, open);
    const inner = name.slice(open + 1, close);
    result += isRemovableNote(inner, result) ? ' ' : name.slice(open, close + 1);
    position = close + 1;
  }

  return result + name.slice(position);
}

function matchingBracket(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '(') depth += 1;
    if (text[index] === ')') depth -= 1;
    if (depth === 0) return index;
  }
  return -1;
}

function isRemovableNote(inner: string, textBefore: string): boolean {
  if (FORMER_NAME_NOTE.test(inner)) return true;
  if (LEGAL_SUFFIXES.has(inner.trim().toLowerCase())) return true;

  const party = textBefore.split('/').at(-1) ?? '';
  return isAbbreviationOf(inner.trim(), party);
}

/**
 * Returns true when `abbreviation` is written in capitals and spells the
 * initials of every word in `words`, with or without the stop words and the
 * legal suffixes, optionally followed by an L for Limited. "NextEnergy" counts
 * as two words, so "NextEnergy Solar Fund (NESF)" matches.
 */
export function isAbbreviationOf(abbreviation: string, words: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(abbreviation)) return false;

  const allWords = splitWords(words);
  const withoutSuffixes = allWords.filter((word) => !LEGAL_SUFFIXES.has(word.toLowerCase()));
  const variants = [allWords, withoutSuffixes].flatMap((list) => [
    list,
    list.filter((word) => !ACRONYM_STOP_WORDS.has(word.toLowerCase())),
  ]);

  return variants.some((list) => {
    if (list.length < 2) return false;
    const initials = list.map((word) => word[0].toUpperCase()).join('');
    return abbreviation === initials || abbreviation === `${initials}L`;
  });
}

/** Splits on spaces, hyphens and dots, and splits camel case ("NextEnergy" into "Next", "Energy"). */
function splitWords(text: string): string[] {
  return text.match(/&|[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+/g) ?? [];
}
