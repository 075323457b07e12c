// Writes fixtures/old-crawler/daily-D.json: the data file the blog's old crawler would have written for
// a recorded day (see fixtures/README.md), in the shape of the real files in fixtures/blog/: its top 10
// by likes (ties in listing order), titles and abstracts as Hugging Face sends them, the card's text
// as "institution" (organization, compact GitHub stars and comment count glued together, or
// "·N authors" and the comment count), the card's code or project link, and an empty tag list.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../fixtures/', import.meta.url);
// The crawl times: each paper's "published" stamp, and the file's a few seconds later.
const DAYS = {
  '2026-02-12': { published: '14:22:39.151145', crawled: '14:22:51.692163' },
  '2026-02-25': { published: '13:30:43.913628', crawled: '13:30:57.853837' },
};

const compact = (n) => (n >= 1000 ? `${(Math.round(n / 10) / 100).toString()}k` : String(n));

function cardText(item) {
  const p = item.paper;
  const comments = item.numComments ? String(item.numComments) : '';
  if (!p.organization) return `·${p.authors.length} authors${comments}`;
  return `${p.organization.fullname}${p.githubStars ? compact(p.githubStars) : ''}${comments}`;
}

mkdirSync(new URL('old-crawler/', dir), { recursive: true });
for (const [date, times] of Object.entries(DAYS)) {
  const items = JSON.parse(readFileSync(new URL(`hf/daily_papers-${date}.json`, dir), 'utf8'));
  const top = [...items].sort((a, b) => b.paper.upvotes - a.paper.upvotes).slice(0, 10);
  const papers = top.map((item) => {
    const p = item.paper;
    const link = p.githubRepo ?? p.projectPage;
    return {
      title: p.title,
      url: `https://huggingface.co/papers/${p.id}`,
      published: `${date}T${times.published}`,
      likes: p.upvotes,
      institution: cardText(item),
      paper_link: `https://arxiv.org/abs/${p.id}`,
      ...(link ? { code_link: link } : {}),
      abstract: p.summary,
      tags: [],
    };
  });
  const file = { date, crawled_at: `${date}T${times.crawled}`, total_papers: papers.length, papers };
  writeFileSync(new URL(`old-crawler/daily-${date}.json`, dir), `${JSON.stringify(file, null, 2)}\n`);
}

// fixtures/old-crawler/2025-11/: two days of data files behind the real early monthly post
// (fixtures/blog/2025-11-01-monthly-papers-summary.early.md), its ten papers as it lists them, titles
// broken where it breaks them. Ten papers over two days: both days list the same ten (a weekend shows
// Friday's list again), with only the keys that post shows.
const EARLY = [
  ['2510.26583', 904, 'Emu3.5: Native Multimodal Models are World Learners'],
  ['2510.26692', 825, 'Kimi Linear: An Expressive, Efficient Attention Architecture'],
  ['2510.26697', 98, 'The End of Manual Decoding: Towards Truly End-to-End Language Models'],
  ['2510.26787', 47, 'Remote Labor Index: Measuring AI Automation of Remote Work'],
  ['2510.26298', 42, 'Can Agent Conquer Web? Exploring the Frontiers of ChatGPT Atlas Agent in\n  Web Games'],
  ['2510.26800', 33, 'OmniX: From Unified Panoramic Generation and Perception to\n  Graphics-Ready 3D Scenes'],
  ['2510.26768', 30, 'AMO-Bench: Large Language Models Still Struggle in High School Math\n  Competitions'],
  ['2510.26802', 29, 'Are Video Models Ready as Zero-Shot Reasoners? An Empirical Study with\n  the MME-CoF Benchmark'],
  ['2510.25779', 16, 'Magentic Marketplace: An Open-Source Environment for Studying Agentic\n  Markets'],
  ['2510.26140', 13, 'FullPart: Generating each 3D Part at Full Resolution'],
];
mkdirSync(new URL('old-crawler/2025-11/', dir), { recursive: true });
for (const [date, time] of [
  ['2025-11-01', '13:30:57.853837'],
  ['2025-11-02', '13:31:02.114208'],
]) {
  const papers = EARLY.map(([id, likes, title]) => ({ title, url: `https://huggingface.co/papers/${id}`, published: `${date}T${time}`, likes }));
  const file = { date, crawled_at: `${date}T${time}`, total_papers: papers.length, papers };
  writeFileSync(new URL(`old-crawler/2025-11/daily-${date}.json`, dir), `${JSON.stringify(file, null, 2)}\n`);
}
