// The service worker (service-worker.ts, built to /sw.js) makes the page open offline once visited. Only in a built
// app: Vite's dev server serves unbundled modules the worker does not know.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without the worker the app still works online; nothing to tell the user.
    });
  });
}
