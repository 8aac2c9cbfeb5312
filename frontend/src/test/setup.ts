import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { changeLanguage } from '@/lib/i18n';

// Ant Design forms validate asynchronously; on a busy two-core CI machine 1 s (the default) is too tight.
// Role queries skip jsdom's visibility walk (getComputedStyle up every ancestor, seconds per query on large pages);
// what a test means as hidden it checks with toBeVisible or by the element's absence.
configure({ asyncUtilTimeout: 5_000, defaultHidden: true });

// jsdom lacks the layout APIs Ant Design probes for responsive behaviour.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    // Deprecated, but still part of the type and called by older libraries.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    addListener: () => {},
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub;

function clearCookies() {
  for (const cookie of document.cookie.split('; ').filter(Boolean)) {
    document.cookie = `${cookie.split('=')[0]}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  clearCookies();
  await changeLanguage('zh-CN');
});

afterEach(() => {
  cleanup();
});
