/**
 * npm run dev [-- --port <cổng>] [--host <địa chỉ>]: the site while writing (`astro dev`), after the configuration's
 * check, so a mistake in it is one line rather than Astro's trace.
 */
import { readArgs, type Command } from './cli/args.ts';
import { siteConfigOrExit } from './cli/site-config.ts';
import { runAstroServer, SERVER_OPTIONS } from './cli/run-astro.ts';

const DEV = {
  name: 'npm run dev',
  summary:
    'chạy trang trên máy này trong khi viết bài, tải lại sau mỗi thay đổi; hiện cả bản nháp và bài hẹn giờ (có đánh\n' +
    'dấu); tìm kiếm dùng chỉ mục của lần npm run build gần nhất. Bấm Ctrl-C để dừng.',
  usage: '[-- --port <cổng>] [--host <địa chỉ>]',
  options: SERVER_OPTIONS,
  examples: ['npm run dev', 'npm run dev -- --port 3000'],
} satisfies Command;

const { values } = readArgs(DEV);
await siteConfigOrExit();
runAstroServer('dev', values);
