import { nfc, squashSpaces } from '../../src/lib/text.ts';

/** Lines that are only scraping debris: a lone `.` or `;`, the portal's "Top" link. */
const JUNK = /^(?:[.;]|Top)$/;

/** The meaningful lines of a dump: NFC, spaces squashed (no-break spaces too), blank and junk lines gone. */
export function dumpLines(text: string): string[] {
  return nfc(text.replace(/^\ufeff/, ''))
    .split(/\r\n|\r|\n/)
    .map(squashSpaces)
    .filter((line) => line !== '' && !JUNK.test(line));
}
