/**
 * Placeholder lines of an edition's commentary. new-edition writes the
 * commentary with lines that start with PLACEHOLDER_PREFIX, for the author
 * to replace; publish rejects an edition while any of them is left.
 */

/** Start of every placeholder line that new-edition writes. */
export const PLACEHOLDER_PREFIX = 'TODO:';

/** A placeholder line of a file: its 1-based line number and its text. */
export interface PlaceholderLine {
  line: number;
  text: string;
}

/**
 * Finds the lines of an edition.md that start with PLACEHOLDER_PREFIX,
 * after any indentation, a list marker or a block quote marker. Returns
 * them in file order, numbered from 1 as editors number lines.
 */
export function findPlaceholderLines(text: string): PlaceholderLine[] {
  const placeholders: PlaceholderLine[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const content = line.replace(/^[\s>*+-]*/, '');
    if (content.startsWith(PLACEHOLDER_PREFIX)) placeholders.push({ line: index + 1, text: line.trim() });
  });
  return placeholders;
}
