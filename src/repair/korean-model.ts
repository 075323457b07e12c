import { readFile } from 'node:fs/promises';
import { buildKorean, tokenEncoder, type Korean } from './korean.js';

/**
 * The Korean model: the words of the Hunspell Korean dictionary (package `dictionary-ko`,
 * MPL-1.1/GPL/LGPL) and the Korean tokens of a BPE vocabulary (data/korean-tokens.json, see
 * scripts/make-korean-tokens.js). It is built only when a text has lost bytes to choose.
 */
export async function loadKoreanModel(): Promise<Korean> {
  const { default: dictionary } = await import('dictionary-ko');
  const dic = new TextDecoder().decode(dictionary.dic);
  const words: string[] = [];
  for (const line of dic.split('\n')) {
    const word = line.split('/', 1)[0]!.trim();
    if (word) words.push(word.normalize('NFC'));
  }
  const table = JSON.parse(await readFile(new URL('../../data/korean-tokens.json', import.meta.url), 'utf8')) as { tokens: Array<[string, number]> };
  return buildKorean(words, tokenEncoder(table.tokens));
}
