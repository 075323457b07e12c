import { DAILY_CATEGORIES } from './post-format.js';
/** A config file's settings, validated (see config-file.ts). */
export interface ConfigFile {
  author?: string;
  categories?: string[];
  tags?: string[];
  postTime?: string;
  monthlyPostTime?: string;
  utcOffset?: string;
  top?: number;
  permalink?: string;
}

/** What a post looks like, beyond its papers. */
export interface PostStyle {
  author: string;
  categories: string[];
  tags: string[];
  postTime: string;
  /** The time of day of the monthly summary posts. */
  monthlyPostTime: string;
  utcOffset: string;
  /** `{date}`, `{year}`, `{month}` and `{day}` are filled in; Jekyll's own `:year`-style keys pass through. */
  permalink?: string;
}

export const DEFAULT_STYLE: PostStyle = {
  author: 'lim4349',
  categories: [...DAILY_CATEGORIES],
  tags: ['huggingface', 'papers', 'daily', 'ai'],
  postTime: '09:15:00',
  monthlyPostTime: '09:00:00',
  utcOffset: '+0900',
};

/** The post style from a config file over the defaults. */
export function styleFrom(config: ConfigFile): PostStyle {
  const { top: _top, ...style } = config;
  return { ...DEFAULT_STYLE, ...style };
}
