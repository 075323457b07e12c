import { Document, visit } from 'yaml';

// One YAML engine, `yaml`, for the front matter hfdigest writes and reads back (posts/front-matter.ts).

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
