import { openSearchBox } from './masthead.ts';

/** `/` moves focus to the page's search box (the search page's own, else the header's), unless the reader is typing somewhere. */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
  const pageBox = document.querySelector<HTMLInputElement>('#tim-kiem-q');
  if (pageBox) pageBox.focus();
  const box = pageBox ?? openSearchBox();
  if (!box) return;
  event.preventDefault();
  box.select();
});
