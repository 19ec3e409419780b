/** Reader text sizes, as percentages of the browser's own: the control steps through them. */
export const TEXT_SIZES = [100, 112.5, 125, 150, 175, 200] as const;
export const TEXT_SIZE_KEY = 'bantin:co-chu';

/** The size one step up (+1) or down (-1) from `current`, staying within the list. */
export function stepTextSize(current: number, direction: 1 | -1): number {
  const index = TEXT_SIZES.findIndex((size) => size >= current);
  const at = index < 0 ? TEXT_SIZES.length - 1 : index;
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, at + direction))]!;
}

/** A stored size, if it is one of ours. */
export function readTextSize(stored: string | null): number {
  const value = Number(stored);
  return (TEXT_SIZES as readonly number[]).includes(value) ? value : 100;
}
