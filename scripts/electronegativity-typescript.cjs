/**
 * Preloaded (node -r) before @doyensec/electronegativity by scripts/security.mjs.
 * Electronegativity parses TypeScript through @typescript-eslint/typescript-estree and tsutils, which
 * `require('typescript')` and so find the project's top-level TypeScript 7; they were written for
 * TypeScript 4 and crash on it ("Cannot read properties of undefined (reading 'BarBarToken')").
 * Electronegativity ships the TypeScript it was built with (4.2.4) in its own node_modules, so
 * requests for 'typescript' from those two packages are sent there.
 * It also keeps the scan offline: electronegativity fetches updated translations with `got` at start-up
 * (a one-second wait, and a request leaving the machine); here its `got` fails at once, so the bundled
 * English strings are used. (Its other network use, the Electron releases check, is excluded by
 * scripts/security.mjs.) Nothing else is changed.
 */
'use strict';
const Module = require('node:module');
const path = require('node:path');

const electronegativityDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const nestedTypescript = path.join(electronegativityDir, 'node_modules', 'typescript');
const CALLERS = [`${path.sep}@typescript-eslint${path.sep}typescript-estree${path.sep}`, `${path.sep}tsutils${path.sep}`];

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveNestedTypescript(request, parent, ...rest) {
  if ((request === 'typescript' || request.startsWith('typescript/')) && parent && parent.filename && CALLERS.some((c) => parent.filename.includes(c))) {
    return resolve.call(this, path.join(nestedTypescript, request.slice('typescript'.length)), parent, ...rest);
  }
  return resolve.call(this, request, parent, ...rest);
};

const ELECTRONEGATIVITY_DIST = `${path.sep}@doyensec${path.sep}electronegativity${path.sep}dist${path.sep}`;
const load = Module._load;
Module._load = function offlineGot(request, parent, ...rest) {
  if (request === 'got' && parent && parent.filename && parent.filename.includes(ELECTRONEGATIVITY_DIST)) {
    return function gotOffline() {
      return Promise.reject(new Error('the Tandai security scan runs offline'));
    };
  }
  return load.call(this, request, parent, ...rest);
};
