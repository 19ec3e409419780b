/** Decisions about HTML written inside Markdown, kept free of any Markdown library. */

/** Elements never allowed from Markdown: they run code or embed other documents. */
export const FORBIDDEN_ELEMENTS = ['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link', 'style', 'form'];

/** `onclick`, `onerror`, … */
export const isEventHandlerAttribute = (name: string) => /^on/i.test(name);

/** URLs that execute instead of navigate (`javascript:`, `vbscript:`, `data:text/html`), ignoring obfuscating whitespace. */
export function isDangerousUrl(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(?:javascript|vbscript):/.test(compact) || /^data:(?!image\/(?:png|gif|jpe?g|webp|avif);)/.test(compact);
}

/** Links that leave the site. */
export const isExternalUrl = (url: string) => /^(?:https?:)?\/\//i.test(url.trim());

/** Assigns ASCII ids to headings, unique within one document (`Đảng ủy` → `dang-uy`, then `dang-uy-2`). */
export function createIdAllocator(slugify: (text: string) => string) {
  const used = new Map<string, number>();
  return (text: string): string => {
    const base = slugify(text) || 'muc';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
