import { isNegated } from '../nlp/negation.js';
import { matchAll, type TextMatch } from '../nlp/patterns.js';
import type { AnalysedDocument, LanguageCode, Localized, RuleOutcome, Section, Sentence, Span, Status, Topic } from '../types.js';
import type { SiteData } from '../web/site.js';

export interface Match extends TextMatch {
  sentence: Sentence;
}

export interface FindOptions {
  /** Only sentences in sections with one of these topics. */
  topics?: Topic[];
  /** Leave out matches that are negated in their clause ("vi deler ikke …"). */
  skipNegated?: boolean;
  /** Only headings, or only body text. */
  only?: 'headings' | 'body';
}

export interface RuleOptions {
  /** Names the organisation goes by (config), for identity checks. */
  organisationNames?: string[];
  /** The organisation's own domains (config), for contact checks. */
  domains?: string[];
  /** Pages fetched in a website scan; absent when a file is scanned. */
  site?: SiteData;
}

/** What a rule sees: the analysed document and helpers to search it sentence by sentence. */
export class RuleContext {
  readonly sentences: Sentence[];
  readonly sections: Section[];
  readonly text: string;
  readonly language: LanguageCode;

  constructor(
    readonly doc: AnalysedDocument,
    readonly asOf: Date,
    readonly options: RuleOptions = {},
  ) {
    this.sentences = doc.sentences;
    this.sections = doc.sections;
    this.text = doc.text;
    this.language = doc.language.code;
  }

  /** Every match of `pattern` sentence by sentence (a match never spans two sentences). */
  find(pattern: RegExp, opts: FindOptions = {}): Match[] {
    const out: Match[] = [];
    for (const sentence of this.sentencesWhere(opts)) {
      for (const m of matchAll(pattern, sentence.text, sentence.start)) {
        if (opts.skipNegated && this.isNegated(sentence, m)) continue;
        out.push({ ...m, sentence });
      }
    }
    return out;
  }

  /** Sentences in which `pattern` matches at least once. */
  findSentences(pattern: RegExp, opts: FindOptions = {}): Sentence[] {
    const seen = new Set<number>();
    const out: Sentence[] = [];
    for (const m of this.find(pattern, opts)) {
      if (!seen.has(m.sentence.index)) {
        seen.add(m.sentence.index);
        out.push(m.sentence);
      }
    }
    return out;
  }

  /** Matches of `pattern` over the whole normalised text (for patterns that may cross sentence boundaries). */
  findInText(pattern: RegExp): TextMatch[] {
    return matchAll(pattern, this.text);
  }

  isNegated(sentence: Sentence, span: Span): boolean {
    return isNegated(sentence, span.start, span.end);
  }

  /** A section's heading and the headings of the sections it sits under, nearest first. */
  headingChain(section: Section): string[] {
    const out: string[] = [];
    if (section.heading) out.push(section.heading);
    let level = section.level;
    for (let i = section.index - 1; i >= 0 && level > 1; i--) {
      const s = this.sections[i]!;
      if (s.heading && s.level > 0 && s.level < level) {
        out.push(s.heading);
        level = s.level;
      }
    }
    return out;
  }

  sectionOf(target: Sentence | number): Section {
    if (typeof target !== 'number') return this.sections[target.section]!;
    for (let i = this.sections.length - 1; i >= 0; i--) if (this.sections[i]!.start <= target) return this.sections[i]!;
    return this.sections[0]!;
  }

  sentencesIn(section: Section): Sentence[] {
    return this.sentences.filter((s) => s.section === section.index);
  }

  sectionsWithTopic(...topics: Topic[]): Section[] {
    return this.sections.filter((s) => s.topics.some((t) => topics.includes(t)));
  }

  /** The sentences around `sentence` in the same section: `before` ones before it and `after` ones after. */
  neighbours(sentence: Sentence, before = 1, after = 1): Sentence[] {
    const out: Sentence[] = [];
    for (let i = Math.max(0, sentence.index - before); i <= Math.min(this.sentences.length - 1, sentence.index + after); i++) {
      const s = this.sentences[i]!;
      if (s.section === sentence.section && s.index !== sentence.index) out.push(s);
    }
    return out;
  }

  isHeading(sentence: Sentence): boolean {
    return this.doc.blocks[sentence.block]?.kind === 'heading';
  }

  /** The heading of each section with one of these topics, for "searched in …" messages. */
  headingsFor(...topics: Topic[]): string[] {
    return this.sectionsWithTopic(...topics)
      .map((s) => s.heading)
      .filter((h) => h.length > 0);
  }

  /** Nynorsk documents get Nynorsk suggestions where a rule has them. */
  get isNynorsk(): boolean {
    return this.language === 'nno';
  }

  private sentencesWhere(opts: FindOptions): Sentence[] {
    let list = this.sentences;
    if (opts.topics) {
      const allowed = new Set(this.sectionsWithTopic(...opts.topics).map((s) => s.index));
      list = list.filter((s) => allowed.has(s.section));
    }
    if (opts.only === 'headings') list = list.filter((s) => this.isHeading(s));
    else if (opts.only === 'body') list = list.filter((s) => !this.isHeading(s));
    return list;
  }
}

/** Builds a rule outcome. Evidence spans are offsets in the normalised text. */
export function outcome(status: Status, message: Localized, evidence: Array<Span | Sentence> = []): RuleOutcome {
  return { status, message, evidence: evidence.map((e) => ({ start: e.start, end: e.end })) };
}

export const pass = (message: Localized, evidence: Array<Span | Sentence> = []) => outcome('pass', message, evidence);
export const warn = (message: Localized, evidence: Array<Span | Sentence> = []) => outcome('warn', message, evidence);
export const fail = (message: Localized, evidence: Array<Span | Sentence> = []) => outcome('fail', message, evidence);
export const na = (message: Localized) => outcome('na', message, []);
