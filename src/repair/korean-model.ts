import { syllableModel, type SyllableModel } from './model.js';

/**
 * The Korean syllable model, built from the words of the Hunspell Korean dictionary (package
 * `dictionary-ko`, MPL-1.1/GPL/LGPL). It is built only when a text has lost bytes to choose.
 */
export async function loadKoreanModel(): Promise<SyllableModel> {
  const { default: dictionary } = await import('dictionary-ko');
  const dic = new TextDecoder().decode(dictionary.dic);
  const words: string[] = [];
  for (const line of dic.split('\n')) {
    const word = line.split('/', 1)[0]!.trim();
    if (/[가-힣\u1100-\u11ff]/.test(word)) words.push(word.normalize('NFC'));
  }
  return syllableModel(words);
}
