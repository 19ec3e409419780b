/**
 * The header on phones: the search box and the text sizes wait behind a button each (CSS hides them below 40rem),
 * and the menu, one line that scrolls sideways, shows the reader's section. Without this script the search button
 * is a link to the search page; on wider screens everything is shown and these buttons are not.
 */
const masthead = document.querySelector<HTMLElement>('.masthead');
const searchLink = masthead?.querySelector<HTMLAnchorElement>('[data-search-toggle]');
const searchForm = masthead?.querySelector<HTMLFormElement>('.masthead__search');
const searchBox = searchForm?.querySelector<HTMLInputElement>('input[type="search"]');

/** Show the header's search box (on phones it is hidden until asked for) and put the cursor in it. */
export function openSearchBox(): HTMLInputElement | undefined {
  if (!masthead || !searchBox) return undefined;
  masthead.classList.add('masthead--search-open');
  searchLink?.setAttribute('aria-expanded', 'true');
  searchBox.focus();
  return searchBox;
}

function closeSearchBox() {
  masthead?.classList.remove('masthead--search-open');
  searchLink?.setAttribute('aria-expanded', 'false');
}

if (masthead && searchLink && searchForm && searchBox) {
  // A button that opens the box in place, where this script runs; a link to the search page where it does not.
  searchLink.setAttribute('role', 'button');
  searchLink.setAttribute('aria-controls', searchForm.id);
  searchLink.setAttribute('aria-expanded', 'false');
  searchLink.addEventListener('click', (event) => {
    event.preventDefault();
    if (masthead.classList.contains('masthead--search-open')) closeSearchBox();
    else openSearchBox();
  });
  // A link with the button role answers Space too.
  searchLink.addEventListener('keydown', (event) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    searchLink.click();
  });
  searchForm.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !masthead.classList.contains('masthead--search-open')) return;
    closeSearchBox();
    searchLink.focus();
  });
}

const sizeToggle = masthead?.querySelector<HTMLButtonElement>('.text-size__toggle');
sizeToggle?.addEventListener('click', () => {
  const open = sizeToggle.getAttribute('aria-expanded') !== 'true';
  sizeToggle.setAttribute('aria-expanded', String(open));
  masthead!.classList.toggle('masthead--sizes-open', open);
});

/**
 * The menu scrolls sideways on phones: bring the reader's section into view if it is cut off (browsers with CSS
 * `scroll-initial-target` have done so already). Scrolling the menu moves nothing else on the page.
 */
const menu = document.querySelector<HTMLElement>('.site-nav ul');
const here = menu?.querySelector<HTMLElement>('a[aria-current]');
if (menu && here && menu.scrollWidth > menu.clientWidth) {
  const item = here.getBoundingClientRect();
  const box = menu.getBoundingClientRect();
  if (item.left < box.left || item.right > box.right) menu.scrollLeft += item.left - box.left - (box.width - item.width) / 2;
}
