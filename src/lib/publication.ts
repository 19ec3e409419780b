/** Whether an article is out: drafts and articles dated in the future are not, until they are. */
export type PublicationState = 'published' | 'draft' | 'scheduled';

export function publicationState(article: { draft: boolean; date: Date }, now: Date): PublicationState {
  if (article.draft) return 'draft';
  return article.date.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/**
 * The instant a build publishes as of: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) when
 * given, so two builds of one commit agree, else the clock.
 */
export function buildInstant(sourceDateEpoch: string | undefined, clock: () => number = Date.now): Date {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    const seconds = Number(sourceDateEpoch);
    if (!Number.isFinite(seconds)) throw new Error(`SOURCE_DATE_EPOCH=${sourceDateEpoch} is not a number of seconds`);
    return new Date(seconds * 1000);
  }
  return new Date(clock());
}
