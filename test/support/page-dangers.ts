import type { HTMLElement } from 'node-html-parser';

/** Elements that have no place in a bản tin's page unless the site itself puts them there (below). */
const FORBIDDEN = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'input', 'button', 'textarea', 'select', 'link', 'style', 'meta', 'svg', 'math', 'bgsound', 'xml', 'video', 'audio', 'source', 'portal'];
/** Attributes a browser follows as a URL (fetching it, running it, or submitting to it). */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'srcset', 'cite', 'longdesc', 'dynsrc', 'lowsrc', 'ping'];

const RUNNING_SCHEMES = ['javascript', 'data', 'vbscript', 'livescript'];

/** As a browser reads a URL: leading controls and spaces dropped, tabs and line breaks ignored anywhere. */
const scheme = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();

/** The site's own elements of those kinds: its scripts, its search box and buttons, its icons, its meta tags. */
function isSiteOwn(element: HTMLElement): boolean {
  const tag = element.tagName.toLowerCase();
  if (tag === 'script') {
    const src = element.getAttribute('src');
    if (element.getAttribute('type') === 'application/ld+json') return !src && isJson(element.textContent);
    return !!src && src.startsWith('/_astro/') && element.textContent.trim() === '';
  }
  // Frames, objects, embeds and <base> have no place anywhere; the page's own controls and icons live outside the body.
  if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal'].includes(tag) || element.closest('.prose') !== null) return false;
  if (tag === 'meta') return element.getAttribute('http-equiv')?.toLowerCase() !== 'refresh';
  if (tag === 'form') return element.id === 'tim-kiem-nhanh' && element.getAttribute('action') === '/tim-kiem/';
  return !element.getAttribute('formaction') && element.querySelectorAll('script, foreignObject').length === 0;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * What in a built page could run script, load from or send to another site, or take the reader elsewhere: script
 * elements but the site's own, `on…` attributes, `javascript:`/`data:`/`vbscript:` URLs, frames, objects, embeds,
 * `<base>`, forms, meta refreshes, `style` with `url(`. One line per finding; none on a safe page.
 */
export function pageDangers(page: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of page.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if ((tag === 'script' || FORBIDDEN.includes(tag)) && !isSiteOwn(element)) found.push(`<${tag}> ${element.outerHTML.slice(0, 120)}`);
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) found.push(`<${tag} ${attribute}="${value}">`);
      else if (URL_ATTRIBUTES.includes(attribute) && RUNNING_SCHEMES.includes(scheme(value) ?? '')) found.push(`<${tag} ${attribute}="${value}">`);
      else if (attribute === 'style' && /url\s*\(|expression\s*\(|\\/i.test(value)) found.push(`<${tag} style="${value}">`);
    }
  }
  return found;
}
