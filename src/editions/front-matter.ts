/**
 * The front matter of an edition's commentary (reports/YYYY-qN/edition.md):
 * a YAML block between two `---` lines at the top of the file, then the
 * commentary in Markdown.
 */
import { isMap, parseDocument } from 'yaml';
import { z } from 'zod';
import { EDITION_PATTERN } from '../vetted/format.ts';
import { isoDateSchema } from './iso-date.ts';

export const EDITION_STATUSES = ['draft', 'published'] as const;

export const editionFrontMatterSchema = z.strictObject({
  /** Quarter the edition reports, which is also its folder name. */
  period: z.string().regex(EDITION_PATTERN, { message: 'expected a quarter written YYYY-qN, such as 2026-q3' }),
  /** Day the edition is (or was) released. The feed and the release calendar show it. */
  release_date: isoDateSchema,
  /** draft until `fmar-reports publish` freezes the edition's data. */
  status: z.enum(EDITION_STATUSES),
  /** Statistician responsible for the edition, named on its page. */
  lead_statistician: z.string().trim().min(1),
  /** Email address for questions about the edition. */
  contact: z.email(),
  /** Short notes shown under the commentary, such as a correction or a change of method. */
  notes: z.array(z.string().trim().min(1)).default([]),
  /** One-sentence summary of the edition for the archive page, the feed and link previews. */
  summary: z.string().trim().min(1).optional(),
});

export type EditionFrontMatter = z.infer<typeof editionFrontMatterSchema>;
export type EditionStatus = EditionFrontMatter['status'];

/** An edition.md file, split into its validated front matter and its Markdown body. */
export interface EditionCommentary {
  frontMatter: EditionFrontMatter;
  /** The commentary in Markdown, after the front matter. */
  markdown: string;
}

const FRONT_MATTER_PATTERN = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Parses the text of an edition.md file. Throws an error that names `source`
 * and every invalid field when the front matter is missing or invalid.
 */
export function parseEditionCommentary(text: string, source: string): EditionCommentary {
  const { yamlText, markdown } = splitFrontMatter(text, source);

  const document = parseDocument(yamlText);
  if (document.errors.length > 0) {
    throw new Error(`${source}: invalid YAML in the front matter (${document.errors[0].message})`);
  }
  return { frontMatter: validateFrontMatter(document.toJS(), source), markdown };
}

/** Validates front matter fields. Throws naming `source` and every invalid field. */
export function validateFrontMatter(value: unknown, source: string): EditionFrontMatter {
  const result = editionFrontMatterSchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(front matter)'}: ${issue.message}`);
    throw new Error(`${source}: invalid front matter:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

/**
 * Returns the text of an edition.md file with one front matter field set,
 * keeping the other fields, their order and their comments as they were.
 */
export function setFrontMatterField(text: string, source: string, field: keyof EditionFrontMatter, value: string): string {
  const { yamlText, markdown } = splitFrontMatter(text, source);
  const document = parseDocument(yamlText);
  if (!isMap(document.contents)) throw new Error(`${source}: the front matter is not a YAML mapping`);

  document.set(field, value);
  return `---\n${String(document).replace(/\n$/, '')}\n---\n${markdown}`;
}

/** Formats front matter and a Markdown body as the text of an edition.md file. */
export function formatEditionCommentary(frontMatter: EditionFrontMatter, markdown: string): string {
  const lines = [
    `period: ${frontMatter.period}`,
    `release_date: ${frontMatter.release_date}`,
    `status: ${frontMatter.status}`,
    `lead_statistician: ${JSON.stringify(frontMatter.lead_statistician)}`,
    `contact: ${frontMatter.contact}`,
    frontMatter.notes.length === 0 ? 'notes: []' : `notes:\n${frontMatter.notes.map((note) => `  - ${JSON.stringify(note)}`).join('\n')}`,
    ...(frontMatter.summary ? [`summary: ${JSON.stringify(frontMatter.summary)}`] : []),
  ];
  return `---\n${lines.join('\n')}\n---\n${markdown}`;
}

function splitFrontMatter(text: string, source: string): { yamlText: string; markdown: string } {
  const match = FRONT_MATTER_PATTERN.exec(text.replace(/^\uFEFF/, ''));
  if (!match) {
    throw new Error(`${source}: missing front matter; the file must start with a YAML block between two lines of three dashes (---)`);
  }
  return { yamlText: match[1], markdown: match[2] };
}
