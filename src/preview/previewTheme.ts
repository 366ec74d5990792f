/**
 * `?theme=dark|light`: the page answers `matchMedia('(prefers-color-scheme: …)')` as if the system
 * preferred that theme. The task pane takes its theme from Office, else from that query (its
 * bootstrap reads it), so both halves of the page follow. Without a theme, nothing changes.
 */
export function emulateColorScheme(view: Window, theme: 'light' | 'dark' | null): void {
  if (theme === null) return;
  const original = typeof view.matchMedia === 'function' ? view.matchMedia.bind(view) : null;
  view.matchMedia = (query: string): MediaQueryList => {
    const scheme = /prefers-color-scheme\s*:\s*(dark|light)/i.exec(query);
    if (!scheme && original) return original(query);
    const matches = scheme !== null && scheme[1]!.toLowerCase() === theme;
    const list = {
      matches,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    };
    return list as unknown as MediaQueryList;
  };
  view.document.documentElement.style.colorScheme = theme;
}

/** whether the page is dark: the theme asked for, else the browser's preference */
export function prefersDark(view: Window, theme: 'light' | 'dark' | null): boolean {
  if (theme !== null) return theme === 'dark';
  return typeof view.matchMedia === 'function' && view.matchMedia('(prefers-color-scheme: dark)').matches;
}
