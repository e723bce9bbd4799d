// Boot: mount the Svelte app and register the service worker (production builds only); nothing else.
import { mount } from 'svelte';
import { Workbox } from 'workbox-window';
import App from './ui/App.svelte';
import { update } from './ui/state/update.svelte.ts';
import './ui/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  // A new version waits until the user asks for it; then it takes over and the page reloads once.
  wb.addEventListener('waiting', () => {
    update.offer(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register();
}
