import { decodeUtf8 } from '../core/text.js';

/** One multi-byte sequence of a misread run: complete, or with continuation bytes missing. */
export type Group = { bytes: number[]; missing: number };

/** How many bytes a UTF-8 sequence starting with `lead` has; 0 when `lead` never starts one. */
export const sequenceLength = (lead: number): number =>
  lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
const isContinuation = (b: number): boolean => b >= 0x80 && b <= 0xbf;

/**
 * Splits the bytes of a run (all ≥ 0x80) into UTF-8 sequences. Null when they cannot be UTF-8 even
 * with bytes missing: a continuation byte without a lead, or a byte that never starts a sequence.
 */
export function groupsOf(bytes: readonly number[]): Group[] | null {
  const groups: Group[] = [];
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes[i]!);
    if (n === 0) return null;
    const seq = [bytes[i]!];
    i += 1;
    while (seq.length < n && i < bytes.length && isContinuation(bytes[i]!)) seq.push(bytes[i++]!);
    groups.push({ bytes: seq, missing: n - seq.length });
  }
  return groups;
}

/** The bytes as UTF-8, or null when they are not valid UTF-8 (overlong, surrogate, beyond U+10FFFF). */
export const decodeBytes = (bytes: readonly number[]): string | null => decodeUtf8(Uint8Array.from(bytes));

/**
 * Every character the group could have been, its missing continuation bytes drawn from `lost`. Up to
 * two bytes of one sequence may be missing (Windows-1254 loses both of 자's: EC 9E 90).
 */
export function candidatesFor(group: Group, lost: readonly number[]): string[] {
  if (group.missing < 1 || group.missing > 2) return [];
  const [lead, ...kept] = group.bytes;
  const length = group.bytes.length + group.missing;
  const out = new Set<string>();
  const fill = (seq: number[], keptAt: number) => {
    if (seq.length === length) {
      if (keptAt === kept.length) {
        const ch = decodeBytes(seq);
        if (ch !== null) out.add(ch);
      }
      return;
    }
    // The next byte is either the next one kept, or a lost one (when enough room is left for the kept).
    if (keptAt < kept.length) fill([...seq, kept[keptAt]!], keptAt + 1);
    if (length - seq.length > kept.length - keptAt) for (const b of lost) fill([...seq, b], keptAt);
  };
  fill([lead!], 0);
  return [...out];
}

/**
 * CESU-8 and Java's modified UTF-8 write a character beyond U+FFFF as its two surrogate halves, three
 * bytes each (ED A0–AF xx ED B0–BF xx); the same character in UTF-8 proper, so that it decodes.
 */
export function joinSurrogates<T extends { length: number; [i: number]: number }>(bytes: T): number[] | T {
  let out: number[] | undefined;
  for (let i = 0; i < bytes.length; i += 1) {
    const pair =
      bytes[i] === 0xed &&
      i + 5 < bytes.length &&
      (bytes[i + 1]! & 0xf0) === 0xa0 &&
      bytes[i + 3] === 0xed &&
      (bytes[i + 4]! & 0xf0) === 0xb0 &&
      isContinuation(bytes[i + 2]!) &&
      isContinuation(bytes[i + 5]!);
    if (!pair) {
      out?.push(bytes[i]!);
      continue;
    }
    out ??= Array.from({ length: i }, (_, k) => bytes[k]!);
    const high = 0xd000 | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
    const low = 0xd000 | ((bytes[i + 4]! & 0x3f) << 6) | (bytes[i + 5]! & 0x3f);
    const cp = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
    out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    i += 5;
  }
  return out ?? bytes;
}
