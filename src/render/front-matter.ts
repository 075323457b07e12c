import matter from 'gray-matter';
import { Document, parse, visit } from 'yaml';

// One YAML engine, `yaml`, for the front matter hfdigest writes and the front matter it reads back
// (through gray-matter), so that what is written is read the way it was meant.

/** A post's front matter, in the order given: lists in flow style, scalars plain unless YAML needs quotes. */
export function renderFrontMatter(fields: Record<string, string | readonly string[]>): string {
  const doc = new Document(fields);
  // The blog's posts write `categories: [Daily Papers, 일간]`.
  visit(doc, {
    Seq(_, node) {
      node.flow = true;
    },
  });
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}

const yamlEngine = { parse: (text: string) => (parse(text) ?? {}) as object };

/** A post split into its front matter's data and its body. */
export function readFrontMatter(text: string): matter.GrayMatterFile<string> {
  // gray-matter caches by input text; the options differ from its default, so no cache is shared.
  return matter(text, { engines: { yaml: yamlEngine } });
}
