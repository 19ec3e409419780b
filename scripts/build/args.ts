/**
 * The command line of `npm run build`, read as every command's is (scripts/cli/args.ts): `--help` in Vietnamese,
 * and a mistyped option answered in Vietnamese with the help (exit 2), never Node's English trace. Pure: build.ts
 * prints and exits.
 */
import { helpText, parseCommandLine, type Command } from '../cli/args.ts';

const BUILD = {
  name: 'npm run build',
  summary:
    'dựng site tĩnh từ content/ vào một thư mục mới bên cạnh bản đang xuất bản, kiểm tra nội dung, dựng trang,\n' +
    'bản PDF các số báo và chỉ mục tìm kiếm, rồi mới thay bản cũ. Bản thay ra được giữ ở <thư mục>.previous/ tới lần\n' +
    'dựng sau; dựng lỗi thì <thư mục>/ giữ nguyên. Cuối cùng in bản tóm tắt: trang thêm, đổi, bớt so với bản trước,\n' +
    'các bài lên mạng hay gỡ xuống, thời gian từng bước. Toàn bộ nhật ký ghi ở <thư mục>.log.',
  usage: '[-- --outDir <thư mục>] [--verbose]',
  options: {
    outDir: { type: 'string', default: 'dist', value: '<thư mục>', help: 'thư mục xuất bản (mặc định dist)' },
    verbose: { type: 'boolean', short: 'v', default: false, help: 'in cả từng dòng của Astro và từng cảnh báo (mặc định: một dòng tiến độ và bản tóm tắt)' },
  },
  examples: ['npm run build', 'npm run build -- --outDir /srv/ban-tin --verbose'],
  notes: 'Biến môi trường: SOURCE_DATE_EPOCH (giây) dựng như ở thời điểm đó, cho bài hẹn giờ và bản dựng lặp lại được.',
} satisfies Command;

export const BUILD_USAGE = helpText(BUILD);

export interface BuildArgs {
  outDir: string;
  verbose: boolean;
}

export type ReadArgs = { ok: true; args: BuildArgs } | { ok: false; code: 0 | 2; text: string };

export function readBuildArgs(argv: string[]): ReadArgs {
  const read = parseCommandLine(BUILD, argv);
  if (!read.ok) return read;
  const outDir = read.values.outDir ?? 'dist';
  if (outDir.trim() === '') return { ok: false, code: 2, text: `--outDir: cần tên một thư mục.\n\n${BUILD_USAGE}` };
  return { ok: true, args: { outDir, verbose: read.values.verbose ?? false } };
}
