import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { firstScreenReads } from '../shared/ipc/api';
import { getFacetApi } from './api';
import { awaitFirstAnswers } from './first-answers';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/home.css';
import './styles/content.css';
import './styles/face.css';
import './styles/deck.css';
import './styles/consultation.css';
import './styles/ink.css';
import './styles/print.css';

/**
 * How long the first render waits for main's answers to the first screen's
 * reads (sent by the preload while this script loaded; usually in by now).
 * A slower main gets the screen drawn without them, filled in as they come.
 */
const FIRST_ANSWERS_WAIT_MS = 300;

const container = document.getElementById('root');
if (!container) throw new Error('Facet: #root is missing from index.html');

const api = getFacetApi();
void awaitFirstAnswers(api, firstScreenReads(window.location.hash), FIRST_ANSWERS_WAIT_MS).then(() =>
  createRoot(container).render(
    <StrictMode>
      {/* The last resort, should a provider above every screen fail: the consultation is autosaved, and a reload offers to resume it. */}
      <ErrorBoundary action={{ label: 'Reload Facet', run: () => window.location.reload() }}>
        <App api={api} />
      </ErrorBoundary>
    </StrictMode>,
  ),
);
