/**
 * Junk written the same way in every language: social network names in share bars, bare
 * copyright symbols. See junk-rules.ts for what each list means.
 */
import type { JunkRuleSet } from './junk-rules.js';

export const rulesAny: JunkRuleSet = {
  lang: 'any',
  junkLines: [
    /^©.{0,150}$/,
    /^[-–—=*•·_~\s]+$/,
  ],
  seeAlsoPrefixes: [],
  listHeadings: [],
  junkBoxes: [],
  metaLines: [],
  captionLines: [],
  breadcrumbRoots: [],
  shareWords: [
    'facebook', 'fb', 'twitter', 'x', 'whatsapp', 'wa', 'telegram', 'line', 'linkedin', 'pinterest', 'reddit',
    'messenger', 'threads', 'instagram', 'tiktok', 'youtube', 'flipboard', 'pocket', 'tumblr', 'vk', 'weibo',
    'google', 'news',
  ],
  junkClassWords: [],
};
