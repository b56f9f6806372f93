import { describe, expect, it } from 'vitest';
import { RuleContext } from '../../src/engine/context.js';
import { perDocument, rememberedByText } from '../../src/memo.js';
import { docFrom } from '../helpers/doc.js';

describe('perDocument', () => {
  it('works an analysis out once per document run, and anew for the next document', () => {
    let runs = 0;
    const sentences = perDocument((ctx) => {
      runs++;
      return ctx.sentences.length;
    });
    const first = new RuleContext(docFrom('Vi behandler navn. Du kan klage til Datatilsynet.'), new Date('2026-11-22'));
    const second = new RuleContext(docFrom('Me handsamar namn og e-post.'), new Date('2026-11-22'));
    expect(sentences(first)).toBe(2);
    expect(sentences(first)).toBe(2);
    expect(runs).toBe(1);
    expect(sentences(second)).toBe(1);
    expect(runs).toBe(2);
  });

  it('remembers an answer that is undefined', () => {
    let runs = 0;
    const nothing = perDocument(() => {
      runs++;
      return undefined;
    });
    const ctx = new RuleContext(docFrom('Tekst.'), new Date('2026-11-22'));
    nothing(ctx);
    nothing(ctx);
    expect(runs).toBe(1);
  });
});

describe('rememberedByText', () => {
  it('answers a text asked again from memory, including false and undefined answers', () => {
    const asked: string[] = [];
    const long = rememberedByText((text) => {
      asked.push(text);
      return text.length > 5 ? true : text.length > 2 ? false : undefined;
    });
    for (const text of ['Formål', 'Klage', 'Om', 'Formål', 'Klage', 'Om']) long(text);
    expect(asked).toEqual(['Formål', 'Klage', 'Om']);
    expect([long('Formål'), long('Klage'), long('Om')]).toEqual([true, false, undefined]);
  });

  it('forgets everything once it holds the most texts it may, and keeps answering correctly', () => {
    let runs = 0;
    const upper = rememberedByText((text) => {
      runs++;
      return text.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(runs).toBe(2);
    expect(upper('c')).toBe('C');
    expect(upper('a')).toBe('A');
    expect(runs).toBe(4);
  });
});
