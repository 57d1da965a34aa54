/** Entry point: picks the transport once (taking the token out of the URL), then starts React. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api-client.js';
import { App } from './app.js';
import './styles.css';

const client = new ApiClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
