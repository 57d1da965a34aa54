/** Entry point: picks the transport once (taking the token out of the URL), then starts React. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api-client.js';
import { App } from './app.js';
import { preloadLibrary } from './use-library.js';
import './styles.css';
import './glossary.css';
import { z } from 'zod';

// The contract's schemas come along with shared/api.ts. Without this, zod probes whether it may
// compile code with Function(), which our CSP (no 'unsafe-eval') refuses and reports every time.
z.config({ jitless: true });

const client = new ApiClient();
// The library's first rows are asked for now, alongside the app's boot calls (see use-library.ts).
preloadLibrary(client);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
