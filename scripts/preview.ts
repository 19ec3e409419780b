/**
 * npm run preview [-- --port <cổng>] [--host <địa chỉ>]: the last build, from dist/ (`astro preview`), after the
 * configuration's check.
 */
import { readArgs, type Command } from './cli/args.ts';
import { siteConfigOrExit } from './cli/site-config.ts';
import { runAstroServer, SERVER_OPTIONS } from './cli/run-astro.ts';

const PREVIEW = {
  name: 'npm run preview',
  summary: 'xem trên máy này bản dựng gần nhất (thư mục dist/, sau npm run build), như người đọc sẽ thấy. Bấm Ctrl-C để dừng.',
  usage: '[-- --port <cổng>] [--host <địa chỉ>]',
  options: SERVER_OPTIONS,
  examples: ['npm run preview', 'npm run preview -- --port 8080'],
} satisfies Command;

const { values } = readArgs(PREVIEW);
await siteConfigOrExit();
runAstroServer('preview', values);
