/** Editorial rules the composer follows: default texts and how sub-national entries are grouped by theme. */
import type { LocalizedText } from '../schemas/primitives';
import type { NewsletterSectionCode } from './schema';

export interface ThemeGroupRule {
  theme: string;
  heading: Required<LocalizedText>;
  /**
   * Lower wins when an entry has several themes. Specific topics come first; `one_plus_n` and
   * `renewable_consumption` come last because they are tagged on almost every local plan (any plan that
   * states a peaking goal or a non-fossil target), so they only decide when nothing more specific applies.
   */
  priority: number;
}

/** Sub-national groups in display order (the order of the seed issue). */
export const NEWSLETTER_THEME_GROUPS: readonly ThemeGroupRule[] = [
  {
    theme: 'carbon_dual_control',
    priority: 1,
    heading: { en: 'The shift from dual control of energy consumption to dual control of carbon emissions', zh: '从能耗双控逐步转向碳排放双控' },
  },
  { theme: 'pollution_carbon_synergy', priority: 2, heading: { en: 'Synergistic control of air pollution and carbon emissions', zh: '减污降碳协同增效' } },
  { theme: 'one_plus_n', priority: 6, heading: { en: '1+N: city-level carbon peaking plans', zh: '“1+N”：城市碳达峰方案' } },
  {
    theme: 'green_finance',
    priority: 3,
    heading: { en: 'Financial support for carbon peaking and green, low-carbon transformation', zh: '金融支持碳达峰与绿色低碳转型' },
  },
  { theme: 'adaptation', priority: 4, heading: { en: 'Climate change adaptation plans', zh: '适应气候变化方案' } },
  { theme: 'renewable_consumption', priority: 7, heading: { en: 'Renewable energy development', zh: '可再生能源发展' } },
  { theme: 'hydrogen', priority: 5, heading: { en: 'Hydrogen', zh: '氢能' } },
];

/** Heading of the group that collects sub-national entries no rule matches; it comes last. */
export const OTHER_SUBNATIONAL_HEADING: Required<LocalizedText> = { en: 'Other subnational updates', zh: '其他地方动态' };

/** The rule an entry's themes select (highest priority among matching rules), or undefined for "other". */
export function groupRuleFor(themes: readonly string[], rules: readonly ThemeGroupRule[] = NEWSLETTER_THEME_GROUPS): ThemeGroupRule | undefined {
  let best: ThemeGroupRule | undefined;
  for (const r of rules) if (themes.includes(r.theme) && (!best || r.priority < best.priority)) best = r;
  return best;
}

export const NEWSLETTER_SECTION_DEFAULTS: Readonly<Record<NewsletterSectionCode, { title: Required<LocalizedText>; lead: Required<LocalizedText> }>> = {
  top_news: { title: { en: 'Top News', zh: '要闻' }, lead: { en: 'Highlights of climate progress across China', zh: '全国气候行动进展要点' } },
  subnational_updates: {
    title: { en: 'Subnational Updates', zh: '地方动态' },
    lead: { en: 'Official statistics, policies and actions at the subnational level', zh: '地方层面的官方统计、政策与行动' },
  },
  perspectives: { title: { en: 'Perspectives', zh: '观点' }, lead: { en: 'New reports and insights from the field.', zh: '来自各方的最新报告与见解。' } },
};

export const NEWSLETTER_DEFAULT_TITLE: Required<LocalizedText> = { en: 'China Carbon Neutrality Tracker Newsletter', zh: '中国碳中和追踪简报' };

export const NEWSLETTER_DEFAULT_INTRO: Required<LocalizedText> = {
  en: "This bi-monthly China Carbon Neutrality Tracker (CCNT) newsletter provides information on the key climate actions being taken by China's state and non-state actors as it pushes forward in its dual-carbon goals, including new research driving carbon neutrality.",
  zh: '本双月刊简报介绍中国国家和非国家行为体为推进“双碳”目标所采取的主要气候行动，以及推动碳中和的最新研究。',
};
