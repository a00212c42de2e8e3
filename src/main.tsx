import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { matchRoute } from './app/routes';
import { parseOptions } from './lib/urlOptions';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';

const base = import.meta.env.BASE_URL;
const path = window.location.pathname;
const relative = path.startsWith(base) ? path.slice(base.length) : path;
const app = (
  <StrictMode>
    <App route={matchRoute(relative)} options={parseOptions(window.location.search)} base={base} />
  </StrictMode>
);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
// Prerendered pages are hydrated; the dev server's empty shell is rendered from scratch.
if (container.hasChildNodes()) hydrateRoot(container, app);
else createRoot(container).render(app);
