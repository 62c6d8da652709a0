/* global window, navigator */
// Registers the service worker that keeps the built site working offline (vite-plugin-pwa, see
// vite.config.ts, adds this script to the built index.html only). A registration that fails
// (service workers switched off, the page closing meanwhile) leaves the page working as before,
// online, so it is not reported as an error of the page.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  });
}
