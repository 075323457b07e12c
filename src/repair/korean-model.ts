import { buildKorean, type Korean } from './korean.js';

/**
 * The Korean model, built from the words of the Hunspell Korean dictionary (package `dictionary-ko`,
 * MPL-1.1/GPL/LGPL). It is built only when a text has lost bytes to choose.
 */
export async function loadKoreanModel(): Promise<Korean> {
  const { default: dictionary } = await import('dictionary-ko');
  const dic = new TextDecoder().decode(dictionary.dic);
  const words: string[] = [];
  for (const line of dic.split('\n')) {
    const word = line.split('/', 1)[0]!.trim();
    if (word) words.push(word.normalize('NFC'));
  }
  return buildKorean(words);
}
