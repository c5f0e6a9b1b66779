// The text being understood: lower case, split into tokens, with the spans rules have used replaced
// by a boundary ("|") so that later rules neither reuse their words nor join words across them.
export const BOUNDARY = '|';

export class Phrase {
  text: string;

  constructor(readonly raw: string) {
    this.text = raw
      .toLowerCase()
      .replace(/[\u2018\u2019`]/g, "'")
      // An opening quote only marks where a title begins; the closing one ends it, as sentence punctuation does.
      .replace(/(^|\s)["\u201c\u201d]+(?=\S)/g, '$1')
      .replace(/\bnon-/g, 'non ')
      // Sentence punctuation ends a title or a tag phrase; a comma stays a token (it separates list items).
      // A period after an abbreviation or an initial, or before a number, is part of a name ("Kaiju No. 8", "Dr. Stone").
      .replace(
        /[?!"()[\]{}]+(?=\s|$)|[?"()[\]{}]+|(?<!\b(?:no|nr|dr|mr|mrs|ms|st|vol|vs|jr|sr|ep|pt|[a-z]))\.(?=\s|$)(?! \d)|[;:](?=\s|$)/g,
        ` ${BOUNDARY} `,
      )
      .replace(/,/g, ' , ')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /**
   * Runs a global `pattern` over the text; a match whose handler returns a reason is used up (and the
   * reason kept in `reasons`), one whose handler returns undefined stays for later rules.
   */
  take(pattern: RegExp, reasons: string[], handle: (groups: string[]) => string | undefined): void {
    this.text = this.text.replace(pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args.slice(
        0,
        args.findIndex((arg) => typeof arg === 'number'),
      ) as string[];
      const reason = handle(groups.map((group) => group ?? ''));
      if (reason === undefined) return match;
      reasons.push(`"${match.trim()}": ${reason}`);
      return ` ${BOUNDARY} `;
    });
    this.text = this.text.replace(/\s+/g, ' ').trim();
  }

  /** Whether the text (what is left of it) matches. */
  has(pattern: RegExp): boolean {
    return pattern.test(this.text);
  }

  tokens(): string[] {
    return this.text ? this.text.split(' ') : [];
  }

  /** Replaces the text by these tokens, the used ones given as BOUNDARY. */
  setTokens(tokens: string[]): void {
    this.text = tokens.join(' ').replace(/\s+/g, ' ').trim();
  }
}
