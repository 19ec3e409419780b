/**
 * What a document's fields must agree on beyond each field's own form: the number with the kind and the year of
 * issue, the day it takes effect with the day of issue, the status with `replacedBy`. The content check and the
 * web editor say the same words.
 */
import { findKind } from './document-kinds.ts';
import { checkNumber } from './document-number.ts';

export interface RuleProblem {
  field: string;
  message: string;
}

/** The number against its kind (a name or a spelling of one) and, for numbers that carry a year, the day of issue. */
export function numberProblem(number: string, kindText: string, issued: string | undefined): string | undefined {
  const kind = findKind(kindText);
  if (!kind) return undefined;
  const checked = checkNumber(number, kind);
  if (!checked.ok) return `"${number}": ${checked.reason}`;
  const year = checked.number.year;
  if (year !== undefined && issued && String(year) !== issued.slice(0, 4)) {
    return `"${number}": năm ${year} trong số ký hiệu khác năm ban hành ${issued.slice(0, 4)} (issued)`;
  }
  return undefined;
}

/** A document whose fields each passed the schema. */
export interface DocumentFacts {
  number: string;
  kind: string;
  issued: string;
  effective?: string | undefined;
  status?: string | undefined;
  replacedBy?: string | undefined;
}

/** The problems between the fields of a document; `rawStatus` is `status` as written, before the schema read it. */
export function documentRuleProblems(data: DocumentFacts, rawStatus: unknown): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const number = numberProblem(data.number, data.kind, data.issued);
  if (number) problems.push({ field: 'number', message: number });
  if (data.effective && data.effective < data.issued) {
    problems.push({ field: 'effective', message: `${data.effective} sớm hơn ngày ban hành ${data.issued} (issued); văn bản không thể có hiệu lực trước khi ban hành` });
  }
  if (data.status !== 'bi-thay-the' && data.replacedBy && rawStatus !== undefined) {
    problems.push({ field: 'status', message: `văn bản có replacedBy (bị thay thế) nhưng status ghi "${String(rawStatus)}"; hãy bỏ status hoặc ghi "bị thay thế"` });
  }
  if (data.status === 'bi-thay-the' && !data.replacedBy) {
    problems.push({ field: 'status', message: 'văn bản bị thay thế cần ghi replacedBy: mã (tên tệp) của văn bản thay thế nó' });
  }
  return problems;
}
