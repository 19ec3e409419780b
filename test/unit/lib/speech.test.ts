import { describe, expect, it } from 'vitest';
import { fillTemplate, pickVietnameseVoice } from '../../../src/lib/speech.ts';

const voice = (name: string, lang: string, localService = true, isDefault = false) => ({ name, lang, localService, default: isDefault });

describe('pickVietnameseVoice', () => {
  it('takes a Vietnamese voice of the device: the default one, else vi-VN, else any vi', () => {
    expect(pickVietnameseVoice([voice('Samantha', 'en-US', true, true), voice('Linh', 'vi-VN')])?.name).toBe('Linh');
    expect(pickVietnameseVoice([voice('A', 'vi'), voice('B', 'vi-VN'), voice('C', 'vi_VN', true, true)])?.name).toBe('C');
    expect(pickVietnameseVoice([voice('A', 'vi'), voice('B', 'vi-VN')])?.name).toBe('B');
    expect(pickVietnameseVoice([voice('A', 'vi')])?.name).toBe('A');
  });

  it('never takes a voice that reads on a server, nor another language', () => {
    expect(pickVietnameseVoice([voice('Google Tiếng Việt', 'vi-VN', false), voice('Thai', 'th-TH'), voice('Vietnamese?', 'vin')])).toBeUndefined();
    expect(pickVietnameseVoice([])).toBeUndefined();
  });
});

describe('fillTemplate', () => {
  it('puts the numbers in', () => {
    expect(fillTemplate('Đang đọc đoạn {n}/{total}', { n: 3, total: 12 })).toBe('Đang đọc đoạn 3/12');
    expect(fillTemplate('{x} còn nguyên', {})).toBe('{x} còn nguyên');
  });
});
