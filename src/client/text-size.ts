import { readTextSize, stepTextSize, TEXT_SIZE_KEY } from '../lib/text-size-steps.ts';

/** The header's A− / A / A+ control: the reader's text size, remembered on this device. */
const root = document.documentElement;
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();
let size = readTextSize(storage?.getItem(TEXT_SIZE_KEY) ?? null);

function apply() {
  root.style.fontSize = size === 100 ? '' : `${size}%`;
  storage?.setItem(TEXT_SIZE_KEY, String(size));
  document.querySelectorAll<HTMLElement>('[data-text-size-value]').forEach((el) => (el.textContent = `${size}%`));
}

apply();
const control = document.querySelector<HTMLElement>('.text-size');
if (control) {
  control.hidden = false;
  control.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-step]');
    if (!button) return;
    const step = button.dataset.step;
    size = step === '0' ? 100 : stepTextSize(size, step === '1' ? 1 : -1);
    apply();
  });
}
