/** @jest-environment jsdom */
import { emulateColorScheme, prefersDark } from './previewTheme';

test('a theme makes prefers-color-scheme answer as asked; other queries go to the browser', () => {
  const calls: string[] = [];
  window.matchMedia = ((query: string) => {
    calls.push(query);
    return { matches: true, media: query } as MediaQueryList;
  }) as typeof window.matchMedia;
  emulateColorScheme(window, 'dark');
  expect(window.matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
  expect(window.matchMedia('(prefers-color-scheme: light)').matches).toBe(false);
  expect(window.matchMedia('(min-width: 600px)').matches).toBe(true);
  expect(calls).toEqual(['(min-width: 600px)']);
  expect(document.documentElement.style.colorScheme).toBe('dark');
  expect(prefersDark(window, null)).toBe(true);
  expect(prefersDark(window, 'light')).toBe(false);
});
