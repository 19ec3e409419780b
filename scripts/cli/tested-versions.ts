/**
 * The versions of the framework packages bantin is tested with, kept here and nowhere else. The build leans on
 * internals of these packages (README, "Framework internals we rely on"), which may change in any release, so
 * `npm run check` and `npm run build` warn, once, when an installed one is outside them. Widen a range only after
 * `npm test`, `npm run check` and a benchmark build pass with the new version (the README says how).
 *
 * Pagefind is not here: the build no longer uses it (only the benchmark's yardstick site does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Oldest and newest version tested, both included. */
export interface TestedRange {
  from: string;
  to: string;
}

export const TESTED_VERSIONS: Readonly<Record<string, TestedRange>> = {
  astro: { from: '7.3.5', to: '7.4.8' },
  '@astrojs/mdx': { from: '8.0.2', to: '8.1.4' },
  '@astrojs/markdown-satteri': { from: '0.4.2', to: '0.4.10' },
  satteri: { from: '0.10.5', to: '0.11.7' },
};

export interface UntestedVersion {
  name: string;
  version: string;
  tested: TestedRange;
}

/** `1.2.3` as numbers; a pre-release (`7.5.0-beta.1`) or anything else is none. */
function release(version: string): number[] | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? match.slice(1).map(Number) : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Whether `version` lies in `range` (a pre-release only when it is one of its ends). */
export function isTested(version: string, range: TestedRange): boolean {
  if (version === range.from || version === range.to) return true;
  const [v, from, to] = [release(version), release(range.from), release(range.to)];
  return !!v && !!from && !!to && compare(v, from) >= 0 && compare(v, to) <= 0;
}

/** The version of the package `name` installed for the project in `root`, if it is installed. */
export function installedVersion(root: string, name: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** The framework packages installed in `root` outside the versions tested. */
export function untestedVersions(root: string, tested = TESTED_VERSIONS): UntestedVersion[] {
  return Object.entries(tested).flatMap(([name, range]) => {
    const version = installedVersion(root, name);
    return version && !isTested(version, range) ? [{ name, version, tested: range }] : [];
  });
}

const rangeText = ({ from, to }: TestedRange) => (from === to ? from : `${from} đến ${to}`);

/** The one warning for `untested` (none when the list is empty). */
export function untestedVersionsWarning(untested: readonly UntestedVersion[]): string | undefined {
  if (untested.length === 0) return undefined;
  const list = untested.map((u) => `${u.name} ${u.version} (đã thử: ${rangeText(u.tested)})`).join(', ');
  return (
    `Cảnh báo: bantin chưa được thử với ${list}. Bản dựng dựa vào vài chi tiết nội bộ của các gói này; nếu chúng đã ` +
    'đổi, bản dựng có thể chậm đi hoặc hỏng. Hãy chạy npm test trước khi xuất bản (README, mục "Framework internals we rely on").'
  );
}
