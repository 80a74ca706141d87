/**
 * The answer's table, notes and CSV download. The download holds exactly
 * the table's rows and columns; only its numbers lack thousands separators.
 */
import type { Answer, AnswerRow } from '../../lib/explore/answer.ts';
import { formatCsv } from '../../lib/explore/csv-text.ts';
import type { ExploreDataset } from '../../lib/explore/metadata.ts';
import { WITHHELD_MARK } from '../../lib/explore/withheld.ts';
import { createElement } from './dom.ts';

const TABLE_ID = 'explore-answer-table';

/** Draws the answer's table in a focusable region that scrolls sideways, with its caption above. */
export function drawAnswerTable(answer: Answer): HTMLElement[] {
  const captionId = `${TABLE_ID}-caption`;

  const head = createElement('thead', {}, [
    createElement(
      'tr',
      {},
      answer.headings.map((heading, index) => createElement('th', { scope: 'col', class: index >= answer.valueColumn ? 'numeric' : undefined }, [heading])),
    ),
  ]);
  const body = createElement(
    'tbody',
    {},
    answer.rows.map((row) => createElement('tr', {}, row.cells.map((text, index) => drawCell(answer, row, text, index)))),
  );

  return [
    createElement('p', { class: 'table-caption', 'aria-hidden': 'true' }, [answer.caption]),
    createElement('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': captionId, tabindex: 0 }, [
      createElement('table', { class: 'data-table', id: TABLE_ID }, [
        createElement('caption', { class: 'visually-hidden', id: captionId }, [answer.caption]),
        head,
        body,
      ]),
    ]),
  ];
}

function drawCell(answer: Answer, row: AnswerRow, text: string, index: number): HTMLElement {
  if (index === 0 && answer.valueColumn > 0) return createElement('th', { scope: 'row' }, [text]);
  if (index < answer.valueColumn) return createElement('td', {}, [text]);

  const isValue = index === answer.valueColumn;
  const classes = ['numeric'];
  if (isValue && row.value.kind !== 'exact') classes.push('incomplete');
  if (isValue && row.value.kind === 'withheld') classes.push('withheld');
  return createElement('td', { class: classes.join(' ') }, [text]);
}

/**
 * Draws the notes the reader needs: the answer's own notes, then, when it
 * covers withheld figures, which ones they are and why they are withheld.
 */
export function drawAnswerNotes(answer: Answer, policyPath: string): HTMLElement[] {
  const notes: HTMLElement[] = answer.notes.map((note) => createElement('p', {}, [note]));
  if (answer.withheldCells.length === 0) return notes.length > 0 ? [createElement('div', { class: 'inset' }, notes)] : [];

  const count = answer.withheldCells.length;
  notes.push(
    createElement('p', {}, [
      `${WITHHELD_MARK} means confidential: the figure is withheld to protect the identity or commercial position of providers, and some other figures are withheld so that it cannot be worked out from the totals. `,
      createElement('a', { href: policyPath }, ['Read the anonymisation policy']),
      '.',
    ]),
    createElement('details', { class: 'explore-withheld' }, [
      createElement('summary', {}, [`Withheld figures in this answer (${count})`]),
      createElement('ul', { id: 'explore-withheld-list' }, answer.withheldCells.map((cell) => createElement('li', {}, [cell.label]))),
    ]),
  );
  return [createElement('div', { class: 'inset' }, notes)];
}

/** Draws the link that downloads the table as CSV, through a data: URL that makes no request. */
export function drawAnswerDownload(answer: Answer, dataset: ExploreDataset): HTMLElement {
  const csv = formatCsv([answer.headings, ...answer.rows.map((row) => row.csvCells)]);
  const fileName = `${dataset.id}-explore.csv`;
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  return createElement('p', { class: 'download' }, [
    createElement('a', { href, download: fileName, id: 'explore-answer-download' }, ['Download this table (CSV)']),
  ]);
}
