/**
 * The share pictures the build draws (src/pictures/): one for the site, one per unit with articles, one per kind
 * of document. Zalo and Facebook print a page's title beside its picture, so a picture per unit says enough; a card
 * per article would cost about 75 ms of CPU each (12 minutes at 10,000 articles). A card's file name carries a
 * digest of everything drawn on it, so a changed card gets a new address and is not served stale from a cache.
 *
 * Another kind of page (an edition) adds its cards to `all` and shares with `image(card)`.
 */
import { readFile } from 'node:fs/promises';
import { getImage } from 'astro:assets';
import { digest } from '../node/digest.ts';
import { absoluteUrl } from '../lib/paths.ts';
import { slugify } from '../lib/slug.ts';
import { THEME } from '../lib/theme.ts';
import { coverShareSize, SHARE_SIZE, type ShareImage } from '../lib/share-image.ts';
import { CARD_SIZE, type CardFrame, type CardText } from '../pictures/card-layout.ts';
import { CARD_FONT_FILES, logoDataUrl } from '../pictures/render-card.ts';
import { ui } from '../i18n/vi.ts';
import type { Article } from './articles.ts';
import { getDocuments } from './documents.ts';
import { getListings } from './listings.ts';
import { getRegistry } from './registry.ts';
import { paths, site } from './site.ts';
import { readLogo } from './site-logo.ts';

/** Raised when the cards' drawing changes (card-layout.ts, render-card.ts): every card is drawn again. */
const CARD_VERSION = 2;

export interface ShareCard extends CardText {
  /** Its file under /anh-chia-se/: `don-vi-van-phong-chinh-phu-<digest>.png` */
  file: string;
  alt: string;
  /** Of its text and frame: the endpoint's cache key */
  digest: string;
}

export interface ShareCards {
  /** The home page's and every page's without a picture of its own */
  site: ShareCard;
  unit(id: string): ShareCard;
  documentKind(kind: string): ShareCard;
  all: ShareCard[];
  /** What every card shares: logo, name, address, colours; and its digest, part of every page's cache key */
  frame(): Promise<CardFrame>;
  frameDigest: string;
}

let cards: Promise<ShareCards> | undefined;

export function getShareCards(): Promise<ShareCards> {
  cards ??= (async () => {
    const [registry, listings, documents] = await Promise.all([getRegistry(), getListings(), getDocuments()]);
    const logo = await readLogo();
    const fonts = await Promise.all(CARD_FONT_FILES.map((file) => readFile(file, 'base64')));
    const host = new URL(site.url).host;
    const frameDigest = digest(CARD_VERSION, site.name, host, THEME, logo.toString('base64'), fonts);
    let frame: Promise<CardFrame> | undefined;
    const card = (key: string, text: CardText, alt: string): ShareCard => {
      const cardDigest = digest(frameDigest, text);
      return { ...text, alt, digest: cardDigest, file: `${key}-${cardDigest.slice(0, 10)}.png` };
    };
    const siteCard = card('trang', { eyebrow: site.organisation, title: site.name }, ui.shareCardAlt(site.name, site.organisation));
    const unitCards = new Map(
      [...listings.byUnit.keys()].map((id) => {
        const unit = registry.units.byId.get(id)!;
        return [id, card(`don-vi-${id}`, { eyebrow: ui.shareCardUnit, title: unit.name }, ui.shareCardAlt(site.name, unit.name))];
      }),
    );
    const kindCards = new Map(
      documents.facets.kind.map((kind) => [
        kind.slug,
        card(`van-ban-${kind.slug}`, { eyebrow: ui.documents, title: kind.name }, ui.shareCardAlt(site.name, `${ui.documents}: ${kind.name}`)),
      ]),
    );
    return {
      site: siteCard,
      unit: (id) => unitCards.get(id) ?? siteCard,
      documentKind: (kind) => kindCards.get(slugify(kind)) ?? siteCard,
      all: [siteCard, ...unitCards.values(), ...kindCards.values()],
      frameDigest,
      frame: () => (frame ??= logoDataUrl(logo).then((logoUrl) => ({ siteName: site.name, host, logo: logoUrl, ...THEME }))),
    };
  })();
  return cards;
}

/** A card as the page's share picture. */
export const cardImage = (card: ShareCard): ShareImage => ({
  url: absoluteUrl(paths.shareCard(card.file), site.url),
  ...CARD_SIZE,
  alt: card.alt,
  type: 'image/png',
});

/**
 * An article's share picture: its cover cropped to 1200 x 630 (a JPEG, never enlarged), else its unit's card. A
 * cover too small for a large preview shares the card too.
 */
export async function articleShareImage(article: Article): Promise<ShareImage> {
  const size = article.cover && coverShareSize(article.cover.src.width, article.cover.src.height);
  if (!article.cover || !size) return cardImage((await getShareCards()).unit(article.unit.id));
  const image = await getImage({ src: article.cover.src, ...size, fit: 'cover', position: 'attention', format: 'jpg' });
  return { url: absoluteUrl(image.src, site.url), ...size, alt: article.cover.alt, type: 'image/jpeg' };
}

export { SHARE_SIZE };
