import { getCollection } from 'astro:content';
import { buildUnitTree, type UnitTree } from '../lib/unit-tree.ts';
import { sortByName } from '../lib/text.ts';
import type { Author, Unit } from '../schemas/unit.ts';

/** The site's units and authors, looked up by the pages. */
export interface Registry {
  units: UnitTree<Unit>;
  authors: ReadonlyMap<string, Author>;
  /** Units sorted by name (Intl.Collator('vi')) */
  unitsByName: Unit[];
  authorsByName: Author[];
}

let registry: Promise<Registry> | undefined;

/** Units and authors, loaded once per build. */
export function getRegistry(): Promise<Registry> {
  registry ??= (async () => {
    const [units, authors] = await Promise.all([getCollection('units'), getCollection('authors')]);
    const unitList = units.map((entry) => entry.data);
    const authorList = authors.map((entry) => entry.data);
    return {
      units: buildUnitTree(unitList),
      authors: new Map(authorList.map((author) => [author.id, author])),
      unitsByName: sortByName(unitList, (unit) => unit.name),
      authorsByName: sortByName(authorList, (author) => author.name),
    };
  })();
  return registry;
}
