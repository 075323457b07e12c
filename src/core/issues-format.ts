import type { z } from 'zod';

/** Each issue of a zod error as `path: message`. */
export const issueLines = (error: z.ZodError): string[] => error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);

/** A zod error as `path: message` lines, the form every validation error takes in hfdigest. */
export function formatIssues(error: z.ZodError, max = 3): string {
  const lines = issueLines(error);
  const more = lines.length > max ? `; and ${lines.length - max} more` : '';
  return lines.slice(0, max).join('; ') + more;
}
