import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

/**
 * Makes every `min-width` media query match in the calling describe block, so Ant Design's breakpoints
 * report a desktop screen (the default stub in setup.ts answers no to every query: a phone).
 */
export function onDesktop(): void {
  let spy: MockInstance<typeof window.matchMedia> | undefined;
  beforeEach(() => {
    const phoneMatchMedia = window.matchMedia.bind(window);
    spy = vi
      .spyOn(window, 'matchMedia')
      .mockImplementation((query) => ({ ...phoneMatchMedia(query), matches: query.includes('min-width') }));
  });
  afterEach(() => spy?.mockRestore());
}
