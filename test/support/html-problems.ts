import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { listFiles } from './dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's minified output: attribute quoting and void-element style are the compiler's, not ours.
    'void-style': 'off',
    'attr-quotes': 'off',
    'no-trailing-whitespace': 'off',
    // Long Vietnamese headlines are not "redundant" titles.
    'long-title': 'off',
  },
});

/** Every HTML problem of every page of a built site, as `file:line:column rule: message`. */
export async function htmlProblems(dist: string): Promise<string[]> {
  const problems: string[] = [];
  for (const file of (await listFiles(dist)).filter((f) => f.endsWith('.html'))) {
    const report = await validator.validateString(await readFile(join(dist, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return problems;
}
