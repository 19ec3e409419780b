/**
 * Decap's "required fields" notice names no field (its message has no place for them): once it shows, this fills
 * in the labels of the fields Decap has marked as missing in the form ("Chưa điền Tiêu đề."), and keeps them in
 * step while the notice stays.
 */
import { missingFieldsMessage, MISSING_FIELDS_NOTICE, requiredFieldLabel } from '../../i18n/cms-locale.ts';

const NAMED = 'bantinMissing';

/** The labels of the fields marked missing in the form, in its order, each once. */
function missingLabels(root: ParentNode): string[] {
  const labels = [...root.querySelectorAll('[class*="ControlErrorsList"] li')].map((item) => requiredFieldLabel(item.textContent ?? ''));
  return [...new Set(labels.filter((label): label is string => label !== undefined))];
}

function nameFields() {
  for (const body of document.querySelectorAll<HTMLElement>('.Toastify__toast-body')) {
    // The notice's own text node sits in the toast body's innermost element.
    const holder = [...body.querySelectorAll<HTMLElement>('div'), body].find((element) => element.childElementCount === 0 && element.textContent);
    if (!holder || (holder.textContent !== MISSING_FIELDS_NOTICE && !holder.dataset[NAMED])) continue;
    const labels = missingLabels(document);
    if (labels.length === 0) continue;
    const message = missingFieldsMessage(labels);
    holder.dataset[NAMED] = '1';
    if (holder.textContent !== message) holder.textContent = message;
  }
}

export function watchMissingFields() {
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      nameFields();
    });
  }).observe(document.body, { childList: true, subtree: true });
}
