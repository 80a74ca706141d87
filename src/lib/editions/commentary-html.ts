import { Marked, type Tokens } from 'marked';

/** Level of the commentary's top headings on the edition page, below its "Commentary" heading (h2). */
const TOP_HEADING_LEVEL = 3;

/**
 * Renders an edition's Markdown commentary to HTML with GitHub-flavoured
 * Markdown. Headings are shifted so that the commentary's highest heading
 * becomes an h3, whatever level the author chose, and the page keeps one h1
 * and an unbroken outline.
 * NOTE: HTML written in the Markdown passes through unchanged. The
 * commentary is trusted input, committed by the publisher, not user content.
 */
export function renderCommentary(markdown: string): string {
  const marked = new Marked({ gfm: true, async: false });
  const levels = marked.lexer(markdown).filter((token): token is Tokens.Heading => token.type === 'heading').map((token) => token.depth);
  const shift = levels.length === 0 ? 0 : TOP_HEADING_LEVEL - Math.min(...levels);

  marked.use({
    walkTokens(token) {
      if (token.type === 'heading') token.depth = Math.min(6, Math.max(TOP_HEADING_LEVEL, token.depth + shift));
    },
  });
  return marked.parse(markdown) as string;
}
