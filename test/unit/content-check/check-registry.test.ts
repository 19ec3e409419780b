import { describe, expect, it } from 'vitest';
import { checkAuthors, checkSiteConfig, checkUnits } from '../../../src/content-check/check-registry.ts';
import { formatDiagnostic } from '../../../src/content-check/diagnostic.ts';

const encode = (text: string) => new TextEncoder().encode(text);

describe('units and authors', () => {
  it('reads a valid registry', () => {
    const units = checkUnits('content/units.yaml', encode('- id: a\n  name: Văn phòng\n- id: b\n  name: Chi bộ\n  parent: a\n'));
    expect(units.diagnostics).toEqual([]);
    expect(units.entries.map((u) => u.id)).toEqual(['a', 'b']);
  });

  it('names line and field of a bad entry, a duplicate id and an unknown parent', () => {
    const units = checkUnits(
      'content/units.yaml',
      encode('- id: a\n  name: A\n- id: a\n  name: B\n- id: Bad Id\n  name: C\n- id: c\n  name: D\n  parent: zz\n'),
    );
    expect(units.diagnostics.map(formatDiagnostic)).toEqual([
      'content/units.yaml:3: id: "a" is used by two entries',
      'content/units.yaml:5: id: entry 3: must be lowercase ASCII letters, digits and hyphens (e.g. nhat-thy)',
      'content/units.yaml: parent: unit "c": parent "zz" is not a known unit id',
    ]);
  });

  it('wants a list', () => {
    expect(checkAuthors('content/authors.yaml', encode('nhat-thy: Nhật Thy\n')).diagnostics.map(formatDiagnostic)).toEqual([
      'content/authors.yaml:1: must be a YAML list of entries, each starting with "- id: …"',
    ]);
  });
});

describe('site configuration', () => {
  const config = {
    name: 'Bản tin',
    organisation: 'Văn phòng',
    url: 'https://bantin.example.vn/',
    description: 'Mô tả',
    logo: '/logo.svg',
    navUnits: ['a'],
  };

  it('accepts a complete configuration', () => {
    expect(checkSiteConfig('src/site.config.ts', config, new Set(['a']))).toEqual([]);
  });

  it('names the field at fault', () => {
    const out = checkSiteConfig('src/site.config.ts', { ...config, url: 'bantin', navUnits: ['x'], timeZone: 'Mars/Base' }, new Set(['a']));
    expect(out.map(formatDiagnostic)).toEqual(['src/site.config.ts: url: must be the http(s) address the site is published at']);
    const refs = checkSiteConfig('src/site.config.ts', { ...config, navUnits: ['x'], timeZone: 'Mars/Base' }, new Set(['a']));
    expect(refs.map(formatDiagnostic)).toEqual([
      'src/site.config.ts: navUnits: "x" is not a unit in content/units.yaml',
      'src/site.config.ts: timeZone: "Mars/Base" is not a time zone',
    ]);
  });
});
