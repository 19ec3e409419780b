/**
 * The share picture of a page without a photo of its own, 1200 x 630 as Facebook and Zalo show a link: the
 * bulletin's logo and name at the top, what the page belongs to in large type (a unit, the documents of a kind, an
 * edition), the site's address at the foot. Described as the element tree satori lays out (its subset of CSS:
 * flexbox only); pure data, rendered by render-card.ts.
 */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card says. */
export interface CardText {
  /** The small line above the title: `Tin của đơn vị`, `Văn bản`, the organisation */
  eyebrow: string;
  /** The large text: a unit's name, a kind of document, the bulletin's name */
  title: string;
}

export interface CardFrame {
  siteName: string;
  /** The site's address as readers type it: `bantin.example.vn` */
  host: string;
  /** The logo as a data: URL (a PNG) */
  logo: string;
  accent: string;
  paper: string;
  ink: string;
  muted: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string; [key: string]: unknown } };

const el = (type: string, style: Record<string, unknown>, children?: Node[] | string, props: Record<string, unknown> = {}): Node => ({
  type,
  props: { ...props, style, ...(children === undefined ? {} : { children }) },
});

/** A title's size by its length: one or two lines of large type, up to three of smaller. */
export function titleSize(title: string): number {
  const length = [...title].length;
  return length <= 24 ? 84 : length <= 48 ? 68 : length <= 80 ? 56 : 46;
}

export function cardLayout(text: CardText, frame: CardFrame): Node {
  // Each typeface is two fonts, its Latin subset and its Vietnamese one (render-card.ts).
  const sans = "'Noto Sans', 'Noto Sans Vietnamese'";
  const serif = "'Noto Serif', 'Noto Serif Vietnamese'";
  return el('div', { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: frame.paper, color: frame.ink, fontFamily: serif }, [
    el('div', { display: 'flex', height: 16, background: frame.accent }),
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 72px 40px' }, [
      el('div', { display: 'flex', alignItems: 'center' }, [
        el('img', { width: 96, height: 96 }, undefined, { src: frame.logo, width: 96, height: 96 }),
        el('div', { display: 'flex', marginLeft: 28, fontSize: 44, fontWeight: 700, lineHeight: 1.25 }, frame.siteName),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', borderTop: `3px solid ${frame.ink}`, marginTop: 36, paddingTop: 24 }, [
        el('div', { display: 'flex', fontFamily: sans, fontSize: 30, fontWeight: 700, color: frame.accent, textTransform: 'uppercase', letterSpacing: 1 }, text.eyebrow),
        el('div', { display: 'flex', marginTop: 12, fontSize: titleSize(text.title), fontWeight: 700, lineHeight: 1.3 }, text.title),
      ]),
      el('div', { display: 'flex', fontFamily: sans, fontSize: 28, color: frame.muted }, frame.host),
    ]),
  ]);
}
