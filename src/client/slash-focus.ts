/** `/` moves focus to the header search box, unless the reader is typing somewhere. */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
  const box = document.querySelector<HTMLInputElement>('#tim-kiem-q') ?? document.querySelector<HTMLInputElement>('#o-tim-kiem');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
