import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getFacetApi } from './api';
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

const container = document.getElementById('root');
if (!container) throw new Error('Facet: #root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    {/* The last resort, should a provider above every screen fail: the consultation is autosaved, and a reload offers to resume it. */}
    <ErrorBoundary action={{ label: 'Reload Facet', run: () => window.location.reload() }}>
      <App api={getFacetApi()} />
    </ErrorBoundary>
  </StrictMode>,
);
