import { readFile } from 'node:fs/promises';
import { buildKorean, type CorpusCounts, type Korean } from './korean.js';
import { tokenEncoder } from './korean-tokens.js';

const readJson = async <T>(name: string): Promise<T> => JSON.parse(await readFile(new URL(`../../data/${name}`, import.meta.url), 'utf8')) as T;

/** The words of a Hunspell dictionary's text: each line is a word, then its affix flags after a slash. */
export function dictionaryWords(dic: string): string[] {
  return dic
    .split('\n')
    .map((line) => line.split('/', 1)[0]!.trim())
    .filter((word) => word !== '');
}

/**
 * The Korean model: the words of the Hunspell Korean dictionary (package `dictionary-ko`,
 * MPL-1.1/GPL/LGPL), the Korean tokens of a BPE vocabulary (data/korean-tokens.json, see
 * scripts/make-korean-tokens.js) and counts from Korean prose (data/korean-corpus.json, see
 * scripts/make-korean-corpus.js). It is built only when a text has lost bytes to choose.
 */
export async function loadKoreanModel(): Promise<Korean> {
  // The package is its data: importing it reads both Hunspell files (14 MB), so it is imported here,
  // by the one repair that needs it, like the JSON files beside it.
  const { default: dictionary } = await import('dictionary-ko');
  // The dictionary spells its words decomposed (jamo); composing them is one pass over the whole file,
  // where no syllable spans a line.
  const dic = new TextDecoder().decode(dictionary.dic).normalize('NFC');
  const words = dictionaryWords(dic);
  const [table, corpus] = await Promise.all([
    readJson<{ tokens: Array<[string, number]> }>('korean-tokens.json'),
    readJson<{ pairs: Array<[string, number]>; words: Array<[string, number]> }>('korean-corpus.json'),
  ]);
  const counts: CorpusCounts = { pairs: new Map(corpus.pairs), words: new Map(corpus.words) };
  return buildKorean(words, tokenEncoder(table.tokens), counts);
}
