export { escapeHtml, escapeXml, escapeMarkdown, safeHref } from './escape';
export {
  buildView,
  pickText,
  formatPeriod,
  entryUrl,
  issueUrl,
  briefingsUrl,
  DEFAULT_TRACKER_NAME,
  FALLBACK_NOTE,
  RENDER_LABELS,
  type RenderLang,
  type RenderableEntry,
  type EntriesBySlug,
  type RenderOptions,
  type IssueView,
  type SectionView,
  type GroupView,
  type ItemView,
  type TextView,
} from './view';
export { renderMarkdown } from './markdown';
export { renderEmailHtml, EMAIL_FONT_STACK, type EmailOptions } from './email-html';
export { renderEmailText, EMAIL_TEXT_WIDTH } from './email-text';
export { renderAtomFeed, rfc3339, type FeedIssue, type FeedOptions } from './atom';
export { wrapText, displayWidth } from './wrap';
