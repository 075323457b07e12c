/** One multi-byte sequence of a misread run: complete, or with continuation bytes missing. */
export type Group = { bytes: number[]; missing: number };

const lengthOf = (lead: number): number => (lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0);
const isContinuation = (b: number): boolean => b >= 0x80 && b <= 0xbf;

/**
 * Splits the bytes of a run (all ≥ 0x80) into UTF-8 sequences. Null when they cannot be UTF-8 even
 * with bytes missing: a continuation byte without a lead, or a byte that never starts a sequence.
 */
export function groupsOf(bytes: readonly number[]): Group[] | null {
  const groups: Group[] = [];
  let i = 0;
  while (i < bytes.length) {
    const n = lengthOf(bytes[i]!);
    if (n === 0) return null;
    const seq = [bytes[i]!];
    i += 1;
    while (seq.length < n && i < bytes.length && isContinuation(bytes[i]!)) seq.push(bytes[i++]!);
    groups.push({ bytes: seq, missing: n - seq.length });
  }
  return groups;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** Decodes a complete sequence, or null when it is not valid UTF-8 (overlong, surrogate, …). */
export function decodeSequence(bytes: readonly number[]): string | null {
  try {
    return strict.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/** Every character the group could have been, with its missing continuation bytes drawn from `lost`. */
export function candidatesFor(group: Group, lost: readonly number[]): string[] {
  if (group.missing !== 1) return [];
  const [lead, ...rest] = group.bytes;
  const out = new Set<string>();
  // The lost byte may have stood in any continuation position.
  for (let pos = 0; pos <= rest.length; pos += 1) {
    for (const b of lost) {
      const seq = [lead!, ...rest.slice(0, pos), b, ...rest.slice(pos)];
      const ch = decodeSequence(seq);
      if (ch !== null) out.add(ch);
    }
  }
  return [...out];
}
