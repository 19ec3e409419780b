/**
 * A stand-in for the browser's speechSynthesis, injected before a page loads: headless Chromium has no voice at all.
 * It offers the voices given, records what it is asked to say, and finishes an utterance when the test says so.
 */
export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export interface SpokenLog {
  texts: string[];
  /** the voice of each utterance, by name */
  voices: string[];
  cancelled: number;
}

const voice = (name: string, lang: string, localService: boolean): FakeVoice => ({ name, lang, localService, default: false, voiceURI: name });

export const FAKE_VOICES = {
  /** iOS's own Vietnamese voice */
  localVietnamese: [voice('Samantha', 'en-US', true), voice('Linh', 'vi-VN', true)],
  /** Chrome's "Google tiếng Việt" is synthesised on Google's servers */
  remoteVietnamese: [voice('Google Tiếng Việt', 'vi-VN', false), voice('Samantha', 'en-US', true)],
  englishOnly: [voice('Samantha', 'en-US', true)],
};

/** Runs in the page (Playwright's addInitScript): self-contained. */
export function fakeSpeech(voices: FakeVoice[]): void {
  const log: SpokenLog = { texts: [], voices: [], cancelled: 0 };
  type Utterance = { text: string; lang: string; voice: FakeVoice | null; onend?: (event: Event) => void; onerror?: (event: { error: string }) => void };
  let current: Utterance | undefined;
  class FakeUtterance implements Utterance {
    text: string;
    lang = '';
    voice: FakeVoice | null = null;
    onend?: (event: Event) => void;
    onerror?: (event: { error: string }) => void;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => voices,
    speak(utterance: Utterance) {
      log.texts.push(utterance.text);
      log.voices.push(utterance.voice?.name ?? '');
      current = utterance;
    },
    cancel() {
      log.cancelled += 1;
      const cancelled = current;
      current = undefined;
      cancelled?.onerror?.({ error: 'interrupted' });
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  Object.assign(window, {
    __speech: log,
    __finishSpeaking: () => {
      const done = current;
      current = undefined;
      done?.onend?.(new Event('end'));
    },
  });
}
