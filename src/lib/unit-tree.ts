/** The hierarchy of units (a ministry, its party committee, the party cells below it). */

export interface UnitNode {
  id: string;
  name: string;
  parent?: string | undefined;
}

export interface UnitTree<U extends UnitNode> {
  byId: ReadonlyMap<string, U>;
  /** Direct children of a unit, in registry order. */
  children(id: string): U[];
  /** The unit's ancestors, the top-level unit first (the unit itself excluded). */
  ancestors(id: string): U[];
  roots: U[];
}

/** A unit whose parent does not exist, or whose chain of parents loops back to itself. */
export class UnitTreeError extends Error {
  /** the unit whose `parent` is wrong */
  readonly unitId: string;
  constructor(message: string, unitId: string) {
    super(message);
    this.unitId = unitId;
  }
}

/** Build the tree once; fails on a parent that does not exist or on a cycle. */
export function buildUnitTree<U extends UnitNode>(units: readonly U[]): UnitTree<U> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const childrenOf = new Map<string, U[]>();
  for (const unit of units) {
    if (unit.parent === undefined) continue;
    if (!byId.has(unit.parent)) {
      throw new UnitTreeError(`đơn vị "${unit.id}" có cấp trên "${unit.parent}", nhưng không có đơn vị nào mang mã này`, unit.id);
    }
    const list = childrenOf.get(unit.parent) ?? [];
    list.push(unit);
    childrenOf.set(unit.parent, list);
  }
  const ancestorsOf = new Map<string, U[]>();
  const ancestors = (id: string): U[] => {
    const cached = ancestorsOf.get(id);
    if (cached) return cached;
    const chain: U[] = [];
    const seen = new Set([id]);
    let current = byId.get(id)?.parent;
    while (current !== undefined) {
      if (seen.has(current)) {
        throw new UnitTreeError(`đơn vị "${id}": chuỗi cấp trên tạo thành vòng lặp qua "${current}"; một đơn vị không thể là cấp trên của chính nó`, id);
      }
      seen.add(current);
      const unit = byId.get(current)!;
      chain.unshift(unit);
      current = unit.parent;
    }
    ancestorsOf.set(id, chain);
    return chain;
  };
  for (const unit of units) ancestors(unit.id);
  return {
    byId,
    children: (id) => childrenOf.get(id) ?? [],
    ancestors,
    roots: units.filter((unit) => unit.parent === undefined),
  };
}
