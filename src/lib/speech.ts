/**
 * Reading an article aloud with the browser's own voices (the Web Speech API's speechSynthesis): the voice to use.
 */
export interface VoiceLike {
  name: string;
  lang: string;
  /** false for voices synthesised on a server (Chrome's "Google tiếng Việt"): the text would leave the site */
  localService: boolean;
  default: boolean;
}

/**
 * A Vietnamese voice of the device itself (Android's and iOS's, Windows' "Microsoft An"), the default one first, then
 * one tagged `vi-VN`; `undefined` when there is none. Voices that send the text to a server are never chosen.
 */
export function pickVietnameseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const vietnamese = voices.filter((voice) => voice.localService && /^vi(?:[-_]|$)/i.test(voice.lang));
  return vietnamese.find((voice) => voice.default) ?? vietnamese.find((voice) => /^vi[-_]vn$/i.test(voice.lang)) ?? vietnamese[0];
}

/** `Đang đọc đoạn {n}/{total}` with its numbers. */
export const fillTemplate = (template: string, values: Record<string, number | string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
