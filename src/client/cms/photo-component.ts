/**
 * The body's photo, as the site shows it: Decap's "image" editor component replaced by one that asks for the alt
 * text, the caption and the credit, writes `![mô tả](./anh/x.jpg "Chú thích. Ảnh: Gia Huy")` and previews it as the
 * site's figure with its caption and credit.
 */
import { PHOTO_PARAGRAPH, photoFromMatch, photoMarkdown, photoTitle, splitCredit } from '../../lib/photo-caption.ts';
import { PHOTO_FOLDER } from '../../cms/cms-config.ts';
import { cmsUi } from '../../i18n/cms.ts';
import { escapeHtml } from '../../lib/text.ts';
import type { EditorComponent } from './decap.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const photoComponent: EditorComponent = {
  id: 'image',
  label: cmsUi.photo.label,
  fields: [
    { name: 'src', label: cmsUi.photo.image, widget: 'image', choose_url: false, media_library: { allow_multiple: false }, media_folder: PHOTO_FOLDER.media, public_folder: PHOTO_FOLDER.public },
    { name: 'alt', label: cmsUi.photo.alt, widget: 'string' },
    { name: 'caption', label: cmsUi.photo.caption, widget: 'string' },
    { name: 'credit', label: cmsUi.photo.credit, widget: 'string' },
  ],
  pattern: PHOTO_PARAGRAPH,
  fromBlock: (match) => ({ ...photoFromMatch(match) }),
  toBlock: (data) => photoMarkdown({ src: text(data.src), alt: text(data.alt), caption: text(data.caption), credit: text(data.credit) }),
  toPreview(data, getAsset, fields) {
    const field = fields?.find((f) => f.get('widget') === 'image');
    const src = data.src ? String(getAsset(text(data.src), field) ?? '') : '';
    const { caption, credit } = splitCredit(photoTitle(text(data.caption), text(data.credit)));
    const figcaption = caption || credit ? `<figcaption>${escapeHtml(credit ? `${caption} ` : caption)}${credit ? `<span class="credit">${escapeHtml(credit)}</span>` : ''}</figcaption>` : '';
    return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(text(data.alt))}">${figcaption}</figure>`;
  },
};
