import type { RuleContext } from './engine/context.js';

/**
 * A document-wide analysis worked out once: the first rule that asks computes it, the others read it.
 * Keyed by the rule context, which lives for one document's run.
 */
export function perDocument<T>(compute: (ctx: RuleContext) => T): (ctx: RuleContext) => T {
  const results = new WeakMap<RuleContext, T>();
  return (ctx) => {
    let result = results.get(ctx);
    if (result === undefined && !results.has(ctx)) {
      result = compute(ctx);
      results.set(ctx, result);
    }
    return result as T;
  };
}

/**
 * `compute` remembered for up to `max` texts, then forgotten all at once: for answers that depend on a
 * short text alone (a heading's topics, a candidate name), asked again and again within and across documents.
 */
export function rememberedByText<V>(compute: (text: string) => V, max = 2000): (text: string) => V {
  let results = new Map<string, V>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined && !results.has(text)) {
      if (results.size >= max) results = new Map();
      result = compute(text);
      results.set(text, result);
    }
    return result as V;
  };
}
