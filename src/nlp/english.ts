import { createRequire } from 'node:module';

interface CompromiseDoc {
  compute(method: string): CompromiseDoc;
  json(): Array<{ terms: Array<{ normal: string; root?: string }> }>;
}
type Compromise = (text: string) => CompromiseDoc;

const require = createRequire(import.meta.url);
let nlp: Compromise | undefined;

/**
 * Dictionary forms of English words ("deleted" → "delete", "rights" → "right"),
 * from compromise's tagger, which sees each word in its sentence. Loaded only
 * when an English statement is scanned: it costs ~170 ms to start.
 */
export function englishRoots(sentences: readonly string[]): Map<string, string> {
  nlp ??= require('compromise/three') as Compromise;
  const roots = new Map<string, string>();
  for (const sentence of nlp(sentences.join('\n')).compute('root').json()) {
    for (const term of sentence.terms) {
      if (term.root && term.normal && term.root !== term.normal) roots.set(term.normal, term.root);
    }
  }
  return roots;
}
