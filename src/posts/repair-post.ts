import { listsPapers } from '../core/post-format.js';
import type { Korean } from '../repair/korean.js';
import { repairText } from '../repair/repair.js';
import { joinBrokenTitles } from './titles.js';

/** A file's text after the offline repair, and what it took. */
export interface RepairedPost {
  text: string;
  /** What was done, in order: each misreading undone, then "titles joined". */
  steps: string[];
  /** The misreadings undone, outermost first. */
  codecs: string[];
  /** 1-based lines where a lost byte was chosen with little to go on. */
  uncertain: number[];
  titlesJoined: number;
}

/**
 * Repairs one file's text without the network: mojibake undone, then, in a daily or monthly post (by
 * its file name), the titles the old crawler broke over lines joined.
 */
export function repairPost(fileName: string, text: string, model?: Korean): RepairedPost {
  const result = repairText(text, model);
  const titles = listsPapers(fileName) ? joinBrokenTitles(result.text) : { text: result.text, joined: 0 };
  return {
    text: titles.text,
    steps: [...result.codecs, ...(titles.joined ? ['titles joined'] : [])],
    codecs: result.codecs,
    uncertain: result.uncertain,
    titlesJoined: titles.joined,
  };
}
