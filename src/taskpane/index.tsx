/**
 * Entry of the task pane and the standalone page. Decides where it runs (Excel, or a plain browser
 * when Office.onReady says so, office.js is missing, or it does not answer within 3 s), builds the
 * Host and, in Excel, the Office workbook port, then renders the pane.
 */
import { createRoot } from 'react-dom/client';
import { detectStartPlace, globalOffice } from './boot';
import { App } from './components/App';
import { createStandaloneHost, type Host } from './host';
import type { WorkbookPort } from '../port/workbook';

const OFFICE_TIMEOUT_MS = 3000;

async function start(): Promise<void> {
  const container = document.getElementById('root');
  // The page's inline script found Internet Explorer / Edge legacy and already shows what to do instead.
  if (!container || (window as { __phulucLegacy?: boolean }).__phulucLegacy) return;
  const place = await detectStartPlace(globalOffice(), OFFICE_TIMEOUT_MS);
  let host: Host = createStandaloneHost();
  let port: WorkbookPort | null = null;
  if (place === 'excel') {
    const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ './excelHost');
    ({ host, port } = createExcelHost());
  }
  document.body.dataset.host = host.kind; // for tests and styling
  container.removeAttribute('aria-busy');
  createRoot(container).render(<App host={host} port={port} />);
}

void start();
