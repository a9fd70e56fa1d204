export { renderPage as renderHtmlReport } from './html.ts';
