/** Public pages linked from posts; fixed, whatever server the papers were read from. */
export const hfPaperUrl = (id: string): string => `https://huggingface.co/papers/${id}`;
export const arxivAbsUrl = (id: string): string => `https://arxiv.org/abs/${id}`;
