/**
 * "Nghe bài": the article read aloud by the device's own Vietnamese voice (speechSynthesis), headline, lede and body
 * one block at a time, the block being read highlighted. Shown only where such a voice exists (src/lib/speech.ts);
 * nothing is sent anywhere. Pausing stops the voice and resuming starts the block again: Android's speechSynthesis
 * does not pause reliably, and a block is short.
 */
import { fillTemplate, pickVietnameseVoice } from '../lib/speech.ts';

const start = document.querySelector<HTMLButtonElement>('[data-listen-start]');
const bar = document.querySelector<HTMLElement>('[data-listen-bar]');
const article = start?.closest('article');
const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;

const READING = 'is-being-read';
/** Blocks of the body read aloud; a photo's caption, a table, the footnotes are not. */
const BODY_BLOCKS = ':is(h2, h3, h4, h5, h6, p, li, blockquote)';
const SKIPPED = 'figure, table, .footnotes, [data-footnotes], pre';

/** What is read, in order: the headline, the lede, the body's blocks (a list item or a quote only when it holds no paragraph). */
function blocks(root: Element): HTMLElement[] {
  const head = [root.querySelector<HTMLElement>('h1'), root.querySelector<HTMLElement>('.article__lede')];
  const body = [...root.querySelectorAll<HTMLElement>(`.prose ${BODY_BLOCKS}`)].filter(
    (el) => !el.closest(SKIPPED) && !((el.tagName === 'LI' || el.tagName === 'BLOCKQUOTE') && el.querySelector('p')),
  );
  return [...head, ...body].filter((el): el is HTMLElement => Boolean(el?.textContent?.trim()));
}

if (start && bar && article && synth) {
  const toggle = bar.querySelector<HTMLButtonElement>('[data-listen-toggle]')!;
  const stop = bar.querySelector<HTMLButtonElement>('[data-listen-stop]')!;
  const status = bar.querySelector<HTMLElement>('[data-listen-status]')!;
  let voice: SpeechSynthesisVoice | undefined;
  let queue: HTMLElement[] = [];
  let at = 0;
  let playing = false;
  /** Each utterance knows the run it belongs to: a cancelled one's events are ignored. */
  let run = 0;

  const mark = (el: HTMLElement | undefined) => {
    for (const old of article.querySelectorAll(`.${READING}`)) old.classList.remove(READING);
    if (!el) return;
    el.classList.add(READING);
    const box = el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight - bar.offsetHeight) {
      el.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    }
  };

  const show = () => {
    toggle.textContent = playing ? toggle.dataset['pause']! : toggle.dataset['resume']!;
    status.textContent = fillTemplate(playing ? status.dataset['reading']! : status.dataset['paused']!, { n: at + 1, total: queue.length });
  };

  const speak = () => {
    const mine = ++run;
    const el = queue[at];
    if (!el) return finish();
    mark(el);
    show();
    const utterance = new SpeechSynthesisUtterance(el.textContent!.replace(/\s+/g, ' ').trim());
    utterance.lang = voice!.lang;
    utterance.voice = voice!;
    utterance.onend = () => {
      if (mine !== run || !playing) return;
      at += 1;
      speak();
    };
    utterance.onerror = (event) => {
      if (mine !== run || event.error === 'interrupted' || event.error === 'canceled') return;
      finish();
    };
    synth.speak(utterance);
  };

  const finish = () => {
    run += 1;
    playing = false;
    synth.cancel();
    mark(undefined);
    bar.hidden = true;
    start.setAttribute('aria-expanded', 'false');
  };

  start.addEventListener('click', () => {
    synth.cancel();
    queue = blocks(article);
    at = 0;
    playing = true;
    bar.hidden = false;
    start.setAttribute('aria-expanded', 'true');
    speak();
  });
  toggle.addEventListener('click', () => {
    playing = !playing;
    if (playing) speak();
    else {
      run += 1;
      synth.cancel();
      show();
    }
  });
  stop.addEventListener('click', () => {
    finish();
    start.focus();
  });
  // Chrome goes on speaking after the page is left.
  addEventListener('pagehide', () => synth.cancel());

  const offer = () => {
    voice ??= pickVietnameseVoice(synth.getVoices());
    if (voice) start.closest<HTMLElement>('[data-listen]')!.hidden = false;
  };
  offer();
  // Voices load after the page in Chrome: they are announced by this event.
  synth.addEventListener?.('voiceschanged', offer);
}
