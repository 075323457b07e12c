// Hangul syllables are composed arithmetically: U+AC00 + (initial × 21 + vowel) × 28 + final consonant.
export const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
export const SYLLABLE_COUNT = LAST_SYLLABLE - FIRST_SYLLABLE + 1;

export const isSyllableCode = (cp: number): boolean => cp >= FIRST_SYLLABLE && cp <= LAST_SYLLABLE;
export const isSyllable = (ch: string): boolean => ch >= '가' && ch <= '힣';

/** The syllable's final consonant (coda), 0 for none. */
export const codaOf = (ch: string): number => (ch.charCodeAt(0) - FIRST_SYLLABLE) % 28;
export const withCoda = (ch: string, coda: number): string => String.fromCharCode(ch.charCodeAt(0) - codaOf(ch) + coda);
