/**
 * The web editor at /admin/: loads Decap CMS's prebuilt bundle (served from the site, never a CDN) and the
 * configuration generated from the content model (config.json), teaches Decap bantin's files (custom formats that
 * write what `npm run new` writes), its photos and its article page, then starts it.
 */
import { articleFrontmatter, articleFromFile, articlePathFields, articleProblems, articleToFile, registryFromFile, registryToFile } from '../../editing/cms-files.ts';
import { editionFromFile, editionFrontmatter, editionProblems, editionToFile } from '../../editing/cms-edition-files.ts';
import { ADMIN_FILES } from '../../editing/admin-page.ts';
import { FORMATS } from '../../editing/cms-config.ts';
import { cmsUi } from '../../i18n/cms.ts';
import { decapViAdditions, mergePhrases } from '../../i18n/cms-locale.ts';
import { photoComponent } from './photo-component.ts';
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
  CMS.registerCustomFormat(FORMATS.article, 'md', { fromFile: articleFromFile, toFile: (data) => articleToFile(data, timeZone) });
  CMS.registerCustomFormat(FORMATS.edition, 'md', { fromFile: editionFromFile, toFile: editionToFile });
  CMS.registerCustomFormat(FORMATS.units, 'yaml', { fromFile: registryFromFile, toFile: (data) => registryToFile('units', data) });
  CMS.registerCustomFormat(FORMATS.authors, 'yaml', { fromFile: registryFromFile, toFile: (data) => registryToFile('authors', data) });
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      if (entry.get('collection') === 'editions') {
        const problems = editionProblems(editionFrontmatter((entry.get('data') as ImmutableMap).toJS()));
        if (problems.length) throw new Error(problems.join('; '));
        return undefined;
      }
      if (entry.get('collection') !== 'articles') return undefined;
      let data = entry.get('data') as ImmutableMap;
      const plain = data.toJS();
      // Refuse what the build would refuse, in the content check's words.
      const problems = articleProblems(articleFrontmatter(plain, timeZone));
      if (problems.length) throw new Error(problems.join('; '));
      if (entry.get('newRecord')) {
        for (const [key, value] of Object.entries(articlePathFields(plain, timeZone) ?? {})) data = data.set(key, value);
      }
      return data;
    },
  });
  CMS.registerEditorComponent(photoComponent);
  CMS.registerPreviewTemplate('articles', articlePreview(win.h!, win.createClass!, timeZone));
  CMS.registerPreviewStyle(`${base}${ADMIN_FILES.previewStyle}`);
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
  CMS.init({ config: settings.config });
}

start().catch((error: unknown) => {
  console.error(error);
  const message = document.createElement('p');
  message.textContent = cmsUi.loadFailed;
  document.body.append(message);
});
