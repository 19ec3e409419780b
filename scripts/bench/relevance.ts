/** How well the judged queries were answered, query by query and per query type. */
import type { JudgedQuery, QueryType } from './judged-queries.ts';
import type { SearchCost } from './search-cost.ts';

export interface JudgedResult {
  query: JudgedQuery;
  cost: SearchCost;
  /** phrase queries: of the first min(10, R) results, the share holding the phrase (R: how many articles hold it) */
  rPrecision?: number | undefined;
  /** remembered titles and document numbers: 1 / the rank of the page meant among the first 10, 0 if absent */
  reciprocalRank?: number | undefined;
}

export interface TypeSummary {
  type: QueryType;
  queries: number;
  /** mean and lowest R-precision at 10 (phrase types) */
  rPrecision?: { mean: number; min: number } | undefined;
  /** mean reciprocal rank (titles, documents) */
  mrr?: number | undefined;
  /** largest first-results bytes and milliseconds, and largest bytes and milliseconds until final */
  firstKiB: number;
  firstMs: number;
  wholeKiB: number;
  wholeMs: number;
}

export const TYPE_NAMES: Record<QueryType, string> = {
  'phrase-tones': 'words of 2–4 syllables, with tone marks',
  'phrase-plain': 'words of 2–4 syllables, without tone marks',
  quoted: 'phrases in quotes',
  name: "people's names",
  title: 'remembered titles',
  document: 'document numbers',
};

/** Score one query's results. */
export function judge(query: JudgedQuery, cost: SearchCost): JudgedResult {
  if (query.relevant) {
    const relevant = new Set(query.relevant);
    const depth = Math.min(10, relevant.size);
    const hits = cost.top.slice(0, depth).filter((url) => relevant.has(url)).length;
    return { query, cost, rPrecision: depth ? hits / depth : undefined };
  }
  const list = query.type === 'document' ? cost.documents : cost.top;
  const rank = list.slice(0, 10).indexOf(query.target!) + 1;
  return { query, cost, reciprocalRank: rank ? 1 / rank : 0 };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function summarise(results: readonly JudgedResult[]): TypeSummary[] {
  const types = [...new Set(results.map((r) => r.query.type))];
  return types.map((type) => {
    const of = results.filter((r) => r.query.type === type);
    const rp = of.map((r) => r.rPrecision).filter((v): v is number => v !== undefined);
    const rr = of.map((r) => r.reciprocalRank).filter((v): v is number => v !== undefined);
    return {
      type,
      queries: of.length,
      rPrecision: rp.length ? { mean: mean(rp), min: Math.min(...rp) } : undefined,
      mrr: rr.length ? mean(rr) : undefined,
      firstKiB: Math.max(...of.map((r) => r.cost.bytes)) / 1024,
      firstMs: Math.max(...of.map((r) => r.cost.ms)),
      wholeKiB: Math.max(...of.map((r) => r.cost.completeBytes)) / 1024,
      wholeMs: Math.max(...of.map((r) => r.cost.completeMs)),
    };
  });
}
