import { describe, expect, it } from 'vitest';
import { repairPost } from '../../src/posts/repair-post.js';

const ORIGINAL = '1. **Video models as\n  zero-shot learners** - 👍 5\n   - 기관: 서울대학교\n   - Abstract: 한국어 요약입니다.\n';
// Garbled the way the blog's posts were: UTF-8 bytes read as Windows-1252 (by the platform's decoder).
const garbled = new TextDecoder('windows-1252').decode(new TextEncoder().encode(ORIGINAL));
const JOINED = '1. **Video models as zero-shot learners** - 👍 5\n   - 기관: 서울대학교\n   - Abstract: 한국어 요약입니다.\n';

describe('repairPost', () => {
  it('undoes the mojibake, then joins broken titles in a daily post', () => {
    expect(garbled).not.toBe(ORIGINAL);
    const repaired = repairPost('2025-11-03-daily-papers-1762174155.md', garbled);
    expect(repaired).toMatchObject({ text: JOINED, uncertain: [], titlesJoined: 1 });
    // One misreading undone (Windows-1252 and Latin-1 read these bytes alike), then the title.
    expect(repaired.codecs).toHaveLength(1);
    expect(repaired.steps).toEqual([...repaired.codecs, 'titles joined']);
  });

  it('leaves the lines of a file that is not a daily or monthly post as they are', () => {
    const repaired = repairPost('notes.md', garbled);
    expect(repaired).toMatchObject({ text: ORIGINAL, titlesJoined: 0 });
    expect(repaired.steps).toEqual(repaired.codecs);
  });

  it('changes nothing in a clean post', () => {
    expect(repairPost('2026-02-12-daily-papers.md', JOINED)).toEqual({ text: JOINED, steps: [], codecs: [], uncertain: [], titlesJoined: 0 });
  });
});
