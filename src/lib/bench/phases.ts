/** Where a build's time went, read from Astro's log lines and the moment each was printed. */
export interface BuildPhases {
  /** content layer: reading, validating and rendering the Markdown */
  contentSeconds: number | undefined;
  /** generating static routes: every page rendered and written */
  pagesSeconds: number | undefined;
  /** after the pages until the build exits: sitemap, search index, publishing dist/ */
  afterPagesSeconds: number | undefined;
}

export interface TimedLine {
  /** seconds since the build started */
  at: number;
  text: string;
}

/** The phases of one `astro build` run; a phase whose lines are missing is undefined. */
export function buildPhases(lines: readonly TimedLine[], totalSeconds: number): BuildPhases {
  const at = (pattern: RegExp, from = 0) => {
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line.text));
    return index < 0 ? undefined : { index, at: lines[index]!.at };
  };
  const syncStart = at(/\[content\] Syncing content/);
  const syncEnd = at(/\[content\] Synced content/);
  const pagesStart = at(/generating static routes/);
  const pagesEnd = pagesStart && at(/Completed in/, pagesStart.index + 1);
  return {
    contentSeconds: syncStart && syncEnd ? syncEnd.at - syncStart.at : undefined,
    pagesSeconds: pagesStart && pagesEnd ? pagesEnd.at - pagesStart.at : undefined,
    afterPagesSeconds: pagesEnd ? totalSeconds - pagesEnd.at : undefined,
  };
}
