/** Token ids of a text under a BPE vocabulary: lower ids were merged earlier, from commoner strings. */
export type Encode = (text: string) => number[];

// Weights of the text cost: per token, and per bit of a token's id.
const TOKEN_COST = 3;
const RANK_COST = 0.3;
// A syllable that is no token of its own costs what BPE pays for it: two byte-level tokens of high id.
const UNKNOWN_SYLLABLE = [100_000, 100_000];

/**
 * An Encode from a vocabulary's Korean tokens (`[text, id]`, text optionally led by a space): greedy
 * longest match, which comes close to BPE for the short words gaps sit in.
 */
export function tokenEncoder(tokens: ReadonlyArray<readonly [string, number]>): Encode {
  const ids = new Map(tokens);
  const longest = Math.max(...tokens.map(([t]) => t.length));
  return (text) => {
    const out: number[] = [];
    for (let i = 0; i < text.length; ) {
      let len = Math.min(longest, text.length - i);
      while (len > 0 && !ids.has(text.slice(i, i + len))) len -= 1;
      if (len === 0) {
        if (text[i] !== ' ') out.push(...UNKNOWN_SYLLABLE);
        i += 1;
      } else {
        out.push(ids.get(text.slice(i, i + len))!);
        i += len;
      }
    }
    return out;
  };
}

/**
 * How costly a word is for the vocabulary (more and rarer tokens cost more): a stand-in for word
 * frequency, which the dictionary does not have. 0 without a vocabulary.
 */
export function textCoster(encode: Encode | undefined): (word: string) => number {
  if (!encode) return () => 0;
  // Words recur endlessly while gaps are filled.
  const costs = new Map<string, number>();
  return (word) => {
    let cost = costs.get(word);
    if (cost === undefined) {
      const ids = encode(` ${word}`);
      cost = ids.length * TOKEN_COST + ids.reduce((n, id) => n + Math.log2(1 + id), 0) * RANK_COST;
      if (costs.size > 100_000) costs.clear();
      costs.set(word, cost);
    }
    return cost;
  };
}
