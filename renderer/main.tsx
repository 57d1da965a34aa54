/** Entry point: picks the transport once (taking the token out of the URL), then starts React. */
// First: this sends the boot calls before the rest of the script is evaluated (start-boot.ts).
import { client } from './start-boot.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import './styles.css';
import './glossary.css';
import { config as zodConfig } from 'zod/v4/core';

// Views loaded later validate with zod (the contract's schemas). Without this, zod probes whether it
// may compile code with Function(), which our CSP (no 'unsafe-eval') refuses and reports every time.
// Only zod's settings are imported here, not zod itself, which stays out of the first screen's script.
zodConfig({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
