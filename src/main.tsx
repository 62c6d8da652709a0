import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// d3 is marked side-effect free, so the bundler drops d3-transition's patch of
// selection.prototype.transition unless it is imported explicitly. Keep this import.
import 'd3-transition';
import { App } from './App';
import { ErrorBoundary } from './view/ErrorBoundary';

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
