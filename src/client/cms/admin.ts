/**
 * The web editor at /admin/: loads Decap CMS's prebuilt bundle (served from the site, never a CDN) and the
 * configuration generated from the content model (config.json), teaches Decap bantin's files (custom formats that
 * write what `npm run new` writes), its photos and its article page, then starts it.
 */
import { articleFrontmatter, articleFromFile, articlePathFields, articleProblems, articleToFile, registryFromFile, registryToFile } from '../../cms/cms-files.ts';
import { editionFromFile, editionFrontmatter, editionProblems, editionToFile } from '../../cms/cms-edition-files.ts';
import { documentFrontmatter, documentFromFile, documentPathFields, documentProblems, documentToFile } from '../../cms/cms-document-files.ts';
import { pageFrontmatter, pageFromFile, pagePathFields, pageProblems, pageToFile } from '../../cms/cms-page-files.ts';
import { ADMIN_FILES } from '../../cms/admin-page.ts';
import { FORMATS } from '../../cms/cms-config.ts';
import { cmsUi } from '../../i18n/cms.ts';
import { decapViAdditions, mergePhrases } from '../../i18n/cms-locale.ts';
import { photoComponent } from './photo-component.ts';
import { dateWidget } from './date-widget.ts';
import { documentNumberWidget } from './document-number-widget.ts';
import { watchMissingFields } from './missing-fields.ts';
import { articlePreview } from './preview.ts';
import type { DecapCms, DecapWindow, ImmutableMap } from './decap.ts';

interface AdminConfig {
  timeZone: string;
  config: Record<string, unknown>;
}

/** Where the editor is served (`/admin/`, or `/ban-tin/admin/` under a sub-path): this script's own folder. */
const base = new URL('./', (document.currentScript as HTMLScriptElement).src).pathname;
const win = window as unknown as Window & DecapWindow;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

function register(CMS: DecapCms, timeZone: string) {
  CMS.registerLocale('vi', mergePhrases((CMS.getLocale('vi') ?? {}) as never, decapViAdditions as never) as Record<string, unknown>);
  CMS.registerCustomFormat(FORMATS.article, 'md', { fromFile: (text) => articleFromFile(text, timeZone), toFile: (data) => articleToFile(data, timeZone) });
  CMS.registerCustomFormat(FORMATS.edition, 'md', { fromFile: editionFromFile, toFile: editionToFile });
  CMS.registerCustomFormat(FORMATS.units, 'yaml', { fromFile: registryFromFile, toFile: (data) => registryToFile('units', data) });
  CMS.registerCustomFormat(FORMATS.authors, 'yaml', { fromFile: registryFromFile, toFile: (data) => registryToFile('authors', data) });
  CMS.registerCustomFormat(FORMATS.document, 'md', { fromFile: documentFromFile, toFile: documentToFile });
  CMS.registerCustomFormat(FORMATS.page, 'md', { fromFile: pageFromFile, toFile: (data) => pageToFile(data, timeZone) });
  CMS.registerWidget(dateWidget(win.h!, win.createClass!, timeZone));
  const text = CMS.getWidget('string')!;
  CMS.registerWidget(documentNumberWidget(win.h!, win.createClass!, text.control, text.preview));
  CMS.registerEventListener({ name: 'preSave', handler: ({ entry }) => beforeSave(entry, timeZone) });
  CMS.registerEditorComponent(photoComponent);
  CMS.registerPreviewTemplate('articles', articlePreview(win.h!, win.createClass!, timeZone));
  CMS.registerPreviewStyle(`${base}${ADMIN_FILES.previewStyle}`);
}

/**
 * Refuse what the build would refuse, in the content check's words; name a new file as `npm run new` would (an
 * article after its year and title, a document after its number, a page after its title).
 */
function beforeSave(entry: ImmutableMap, timeZone: string): ImmutableMap | undefined {
  const collection = entry.get('collection');
  let data = entry.get('data') as ImmutableMap;
  const plain = data.toJS();
  const rules: Record<string, { problems: () => string[]; path: () => Record<string, string> | undefined; unnamed: () => string }> = {
    articles: { problems: () => articleProblems(articleFrontmatter(plain, timeZone)), path: () => articlePathFields(plain, timeZone), unnamed: () => '' },
    documents: { problems: () => documentProblems(documentFrontmatter(plain)), path: () => documentPathFields(plain), unnamed: () => cmsUi.checks.documentWithoutNumber },
    pages: { problems: () => pageProblems(pageFrontmatter(plain, timeZone)), path: () => pagePathFields(plain), unnamed: () => cmsUi.checks.reservedPage(String(plain.title ?? '')) },
    editions: { problems: () => editionProblems(editionFrontmatter(plain)), path: () => undefined, unnamed: () => '' },
  };
  const rule = typeof collection === 'string' ? rules[collection] : undefined;
  if (!rule) return undefined;
  const problems = rule.problems();
  if (problems.length) throw new Error(problems.join('; '));
  if (entry.get('newRecord')) {
    const fields = rule.path();
    if (!fields && rule.unnamed()) throw new Error(rule.unnamed());
    for (const [key, value] of Object.entries(fields ?? {})) data = data.set(key, value);
  }
  return data;
}

async function start() {
  // Decap starts itself when its bundle loads unless told not to: bantin's formats must be registered first.
  win.CMS_MANUAL_INIT = true;
  const [settings] = await Promise.all([
    fetch(`${base}${ADMIN_FILES.config}`).then((response) => response.json() as Promise<AdminConfig>),
    loadScript(`${base}${ADMIN_FILES.decapDir}/decap-cms.js`),
  ]);
  const CMS = win.CMS;
  if (!CMS) throw new Error('Decap CMS did not start');
  register(CMS, settings.timeZone);
  watchMissingFields();
  CMS.init({ config: settings.config });
}

start().catch((error: unknown) => {
  console.error(error);
  const message = document.createElement('p');
  message.textContent = cmsUi.loadFailed;
  document.body.append(message);
});
