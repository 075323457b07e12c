// Regenerates data/korean-tokens.json: the Korean tokens of OpenAI's o200k_base BPE vocabulary (MIT,
// via the gpt-tokenizer package) with their ids. A BPE vocabulary is learned from running text and its
// ids follow merge order, so a token's id is a proxy for how common the string is in real text.
import { writeFileSync } from 'node:fs';
import { decode } from 'gpt-tokenizer/encoding/o200k_base';

const tokens = [];
for (let id = 0; id < 200_019; id += 1) {
  let text;
  try {
    text = decode([id]);
  } catch {
    continue;
  }
  if (/^ ?[가-힣]+$/.test(text)) tokens.push([text, id]);
}
const out = new URL('../data/korean-tokens.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ source: 'o200k_base (OpenAI tiktoken, MIT) via gpt-tokenizer', tokens })}\n`);
console.log(`${tokens.length} Korean tokens written to data/korean-tokens.json`);
