/**
 * The command line of `npm run build`: `--help` in Vietnamese, and a mistyped option answered in Vietnamese with the
 * usage (exit 2), never Node's English trace. Pure: build.ts prints and exits.
 */
import { parseArgs } from 'node:util';

export const BUILD_USAGE = `Cách dùng: npm run build [-- --outDir <thư mục>] [--verbose]

Dựng site tĩnh từ content/ vào một thư mục mới bên cạnh bản đang xuất bản, kiểm tra nội dung, dựng trang,
bản PDF các số báo và chỉ mục tìm kiếm, rồi mới thay bản cũ. Bản thay ra được giữ ở <thư mục>.previous/ tới lần
dựng sau; dựng lỗi thì <thư mục>/ giữ nguyên. Cuối cùng in bản tóm tắt: trang thêm, đổi, bớt so với bản trước,
các bài lên mạng hay gỡ xuống, thời gian từng bước. Toàn bộ nhật ký ghi ở <thư mục>.log.

  --outDir <thư mục>  thư mục xuất bản (mặc định dist)
  -v, --verbose       in cả từng dòng của Astro và từng cảnh báo (mặc định: một dòng tiến độ và bản tóm tắt)
  -h, --help          in hướng dẫn này

Biến môi trường: SOURCE_DATE_EPOCH (giây) dựng như ở thời điểm đó, cho bài hẹn giờ và bản dựng lặp lại được.

Ví dụ: npm run build -- --outDir /srv/ban-tin --verbose`;

export interface BuildArgs {
  outDir: string;
  verbose: boolean;
}

export type ReadArgs = { ok: true; args: BuildArgs } | { ok: false; code: 0 | 2; text: string };

export function readBuildArgs(argv: string[]): ReadArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        outDir: { type: 'string', default: 'dist' },
        verbose: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    // Node explains a mistyped command line in English: name the argument and show the usage.
    const arg = /'(.+?)(?: <value>)?'/.exec(error instanceof Error ? error.message : '')?.[1];
    return { ok: false, code: 2, text: `Không hiểu tham số${arg ? ` "${arg}"` : ''}: tên tham số viết sai, hoặc thiếu giá trị đi sau.\n\n${BUILD_USAGE}` };
  }
  if (values.help) return { ok: false, code: 0, text: BUILD_USAGE };
  if (values.outDir.trim() === '') return { ok: false, code: 2, text: `--outDir: cần tên một thư mục.\n\n${BUILD_USAGE}` };
  return { ok: true, args: { outDir: values.outDir, verbose: values.verbose } };
}
