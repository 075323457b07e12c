import matter from 'gray-matter';
import { parse } from 'yaml';

// Read back with the engine render/front-matter.ts writes with, so that what is written is read the way
// it was meant: gray-matter splits the post, `yaml` parses its front matter.
const yamlEngine = { parse: (text: string) => (parse(text) ?? {}) as object };

/** A post split into its front matter's data and its body. */
export function readFrontMatter(text: string): matter.GrayMatterFile<string> {
  // gray-matter caches by input text; the options differ from its default, so no cache is shared.
  return matter(text, { engines: { yaml: yamlEngine } });
}
