/**
 * English news-site junk (wire services, WordPress and newspaper themes), also common on
 * Indonesian sites. See junk-rules.ts for what each list means; every pattern must match a whole line.
 */
import type { JunkRuleSet } from './junk-rules.js';

export const rulesEn: JunkRuleSet = {
  lang: 'en',
  junkLines: [
    /^-*\s*advertisement\s*-*$/i,
    /^advertisement\s*[-–—:]?\s*(?:scroll|continue)\b.{0,40}$/i,
    /^scroll\s+(?:down\s+)?to\s+(?:continue|resume)(?:\s+(?:with|reading))?(?:\s+(?:the\s+)?(?:content|article|story))?$/i,
    /^(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?$/i,
    /^(?:sponsored|sponsored\s+content|paid\s+content|promoted(?:\s+content)?)$/i,
    /^facebook\s+comments$/i,
    /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$/i,
    /^(?:leave|post|add|write|join)\s+(?:a|the|your)\s+(?:comment|reply|discussion|conversation)$/i,
    /^(?:show|view|load|see|read)\s+(?:all\s+)?(?:\d+\s+)?(?:more\s+)?comments$/i,
    /^share(?:\s+this)?(?:\s+(?:article|story|post|page))?(?:\s+(?:on|via|with)\b.{1,40})?\s*:?$/i,
    /^(?:click|tap)\s+(?:here\s+)?to\s+share\b.{0,60}$/i,
    /^(?:copy|copied)\s+(?:the\s+)?link!?$/i,
    /^(?:tags?|topics?|filed\s+under|categories|related\s+topics)\s*:.{0,200}$/i,
    /^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}.{0,150}$/i,
    /^.{0,120}all\s+rights\s+reserved\.?$/i,
    /^loading(?:\.{3}|…)?$/i,
    /^\d+\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i,
    /^skip\s+to\s+(?:main\s+)?(?:content|navigation)$/i,
    /^(?:sign\s+up|subscribe)(?:\s+now)?(?:\s+for\s+(?:free|our\s+newsletters?))?[.!]?$/i,
    /^read\s+more\s*(?:»|›|>|→|\.{3}|…)?$/i,
    /^(?:continue\s+reading|keep\s+reading)\s*(?:»|›|>|→|\.{3}|…)?$/i,
    /^(?:previous|next)\s+(?:article|story|post|page)\s*(?:»|›|>|→)?$/i,
  ],
  seeAlsoPrefixes: [
    /^read\s+more\s*:/i,
    /^(?:also\s+read|read\s+also|see\s+also|related|related\s+(?:story|article|coverage)|more|read\s+next|recommended|watch)\s*:/i,
  ],
  listHeadings: [
    /^(?:most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|popular(?:\s+now)?)$/i,
    /^(?:related(?:\s+(?:stories|articles|news|posts|content|coverage))?|more\s+(?:stories|news|to\s+read)|more\s+from\s+.{1,40}|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|read\s+next|up\s+next|latest(?:\s+(?:news|stories))?|top\s+stories|editor'?s\s+picks)$/i,
    /^(?:tags?|topics?|read\s+more)\s*:?$/i,
    /^(?:more|related)\s+(?:on|about)\s+.{1,60}$/i,
  ],
  junkBoxes: [
    // Each box must open the way such boxes do, so a story sentence about cookies or newsletters stays.
    { name: 'cookie banner', all: [/^(?:we|this\s+(?:site|website)|our\s+(?:site|website)|by\s+(?:using|continuing))\b/i, /\bcookies?\b/i, /\b(?:accept|agree|consent|allow|preferences)\b/i], maxLength: 400 },
    { name: 'newsletter box', all: [/^(?:sign\s+up|subscribe|get\s+(?:our|the)|join|enter\s+your)\b/i, /\b(?:newsletters?|inbox|email)\b/i], maxLength: 300 },
  ],
  metaLines: [
    { field: 'byline', label: /^(?:by|written\s+by|words\s+by|story\s+by|reporting\s+by|author\s*:)\s*/i, value: 'name' },
    { field: 'editor', label: /^(?:edited\s+by|editing\s+by|editor\s*:)\s*/i, value: 'name' },
    { field: 'publishedAt', label: /^(?:published|posted|updated|last\s+updated|first\s+published)(?:\s+on)?\s*:?\s*/i, value: 'date' },
  ],
  captionLines: [
    /^(?:photo|image|picture|illustration|file\s+photo|photograph|credit|caption)\s*:/i,
    /[(\[]\s*(?:photo|image|picture|credit|pictured|file\s+photo)\b[^()[\]]{0,100}[)\]]\.?$/i,
    /\/\s*(?:Getty\s+Images|AFP|Reuters|AP|EPA|Shutterstock|Bloomberg)\s*\)?\.?$/,
    /\(\s*(?:AP|AFP|Reuters|EPA|Getty|Bloomberg|ANTARA)\s+(?:Photo|Images?|Foto)\b[^()]{0,100}\)\.?$/i,
    // A credit after the caption's last sentence: "… at dawn. Photo: Harbour Ledger/Ana Costa".
    /\.\s+(?:photo|image|picture|credit)\s*:\s*[^.:]{2,80}$/i,
  ],
  breadcrumbRoots: ['Home', 'Homepage', 'News'],
  shareWords: ['share', 'tweet', 'email', 'e-mail', 'mail', 'print', 'copy', 'link', 'save', 'comment', 'comments'],
  junkClassWords: [
    'share', 'shares', 'sharing', 'sharedaddy', 'social', 'socials', 'related', 'relatedposts', 'recommended',
    'recommendation', 'recommendations', 'popular', 'trending', 'mostread', 'newsletter', 'subscribe',
    'subscription', 'signup', 'cookie', 'cookies', 'consent', 'gdpr', 'comment', 'comments', 'commentlist',
    'disqus', 'respond', 'advert', 'advertisement', 'advertising', 'ads', 'ad', 'adsbygoogle', 'adslot',
    'sponsor', 'sponsored', 'promo', 'promoted', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'toc',
    'pagination', 'pager', 'nav', 'navbar', 'navigation', 'navheader', 'navfooter', 'menu', 'sidebar',
    'widget', 'footer', 'tags', 'tag', 'taglist', 'topics', 'readmore', 'moreStories', 'morestories',
    'paywall', 'modal', 'popup', 'skiplink',
  ],
};
