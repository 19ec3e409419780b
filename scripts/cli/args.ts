/**
 * The command line of every bantin command, read one way: `--help` / `-h` prints the command's help in Vietnamese
 * (exit 0); an option it does not know, or one missing its value, is told in Vietnamese above the help (exit 2).
 * Node's parseArgs reads the line; its English messages never reach the editor.
 */
import { parseArgs } from 'node:util';

export interface OptionHelp {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
  /** What follows the option in the help, e.g. `<mã đơn vị>` */
  value?: string;
  /** One line (or a few) saying what it does */
  help: string;
}

export interface Command {
  /** `npm run new` */
  name: string;
  /** What the command does, one or two sentences */
  summary: string;
  /** Everything after the command name on the usage line, e.g. `-- --title "<tiêu đề>" [--draft]` */
  usage: string;
  options: Record<string, OptionHelp>;
  /** Options that must be given (told as `Thiếu --title.` above the help when they are not) */
  required?: string[];
  /** What the names without a dash are, e.g. `<tệp>...  các tệp cần nhập`; without it, none are accepted */
  positionals?: { value: string; help: string };
  examples: string[];
  /** Anything else worth a line at the end */
  notes?: string;
}

const HELP: OptionHelp = { type: 'boolean', short: 'h', help: 'in hướng dẫn này' };

/** The command's help: what it does, its usage, options, examples. */
export function helpText(command: Command): string {
  const rows: [string, string][] = Object.entries({ ...command.options, help: HELP }).map(([name, option]) => [
    `${option.short ? `-${option.short}, ` : ''}--${name}${option.value ? ` ${option.value}` : ''}`,
    option.help,
  ]);
  if (command.positionals) rows.unshift([command.positionals.value, command.positionals.help]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  const table = rows.map(([left, right]) => `  ${left.padEnd(width)}${right.split('\n').join(`\n  ${' '.repeat(width)}`)}`);
  return [
    `${command.name}: ${command.summary}`,
    '',
    `Cách dùng: ${command.name}${command.usage ? ` ${command.usage}` : ''}`,
    '',
    'Tùy chọn:',
    ...table,
    '',
    'Ví dụ:',
    ...command.examples.map((example) => `  ${example}`),
    ...(command.notes ? ['', command.notes] : []),
  ].join('\n');
}

/** The closest option name to a mistyped one (`--titel` → `title`), when it is close. */
function nearest(name: string, options: string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length]!;
  };
  const [best] = options.map((option) => ({ option, d: distance(name, option) })).sort((a, b) => a.d - b.d);
  return best && best.d < name.length && best.d <= Math.max(2, Math.floor(name.length / 3)) ? best.option : undefined;
}

/** What was wrong with the command line, in Vietnamese, from Node's error code and the argument it names. */
function explain(error: unknown, command: Command): string {
  const { code, message } = error as { code?: string; message?: string };
  const arg = /'(.+?)(?: <value>)?'/.exec(message ?? '')?.[1];
  const name = arg?.replace(/^-+/, '').split('=')[0];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const guess = name && nearest(name, Object.keys(command.options));
      return `Lệnh này không có tùy chọn "${arg}".${guess ? ` Có phải ý bạn là --${guess}?` : ''}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = name ? command.options[name] : undefined;
      if (option?.type === 'boolean') return `Tùy chọn --${name} không nhận giá trị đi sau.`;
      return `Tùy chọn ${arg ?? ''} cần một giá trị đi sau${option?.value ? `, ví dụ --${name} ${option.value}` : ''}.`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Không hiểu "${arg}": lệnh này chỉ nhận các tùy chọn bắt đầu bằng --; một giá trị có dấu cách phải đặt trong dấu ngoặc kép.`;
    default:
      return 'Không hiểu dòng lệnh.';
  }
}

/** A mistake on the command line, as told: the reason, then the help. */
const usageText = (command: Command, reason: string) => `${reason}\n\n${helpText(command)}`;

/** A mistake the command cannot go on with (the line itself was right): the message, and exit 1. */
export function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A mistake on the command line: the reason, then the help, and exit 2 (the shell's "wrong usage"). */
export function usageError(command: Command, reason: string): never {
  console.error(usageText(command, reason));
  process.exit(2);
}

type Values<C extends Command> = { [K in keyof C['options']]?: C['options'][K]['type'] extends 'boolean' ? boolean : string };

/**
 * What a command line asks of `command`, without printing or exiting: its values and names without a dash, or the
 * text to print and the exit code (0 for `--help`, 2 for a mistake).
 */
export function parseCommandLine<const C extends Command>(
  command: C,
  args: string[],
): { ok: true; values: Values<C>; positionals: string[] } | { ok: false; code: 0 | 2; text: string } {
  const options = Object.fromEntries(
    Object.entries({ ...command.options, help: HELP }).map(([name, { type, short, default: value }]) => [
      name,
      { type, ...(short ? { short } : {}), ...(value === undefined ? {} : { default: value }) },
    ]),
  );
  // Asked for help, the editor gets it, whatever else the line holds.
  if (args.some((arg) => arg === '--help' || arg === '-h')) return { ok: false, code: 0, text: helpText(command) };
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: Boolean(command.positionals), strict: true });
  } catch (error) {
    return { ok: false, code: 2, text: usageText(command, explain(error, command)) };
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const missing = (command.required ?? []).filter((name) => typeof values[name] !== 'string' || !(values[name] as string).trim());
  if (missing.length) return { ok: false, code: 2, text: usageText(command, `Thiếu ${missing.map((name) => `--${name}`).join(', ')}.`) };
  return { ok: true, values: parsed.values as Values<C>, positionals: parsed.positionals };
}

/** Read `args` (the process's by default) for `command`: its values and names without a dash, or help / exit 2. */
export function readArgs<const C extends Command>(command: C, args: string[] = process.argv.slice(2)): { values: Values<C>; positionals: string[] } {
  const read = parseCommandLine(command, args);
  if (read.ok) return read;
  (read.code === 0 ? console.log : console.error)(read.text);
  return process.exit(read.code);
}
