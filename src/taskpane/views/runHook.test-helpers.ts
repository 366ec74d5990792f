import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * Calls a view's hook inside a component rendered on the server (no DOM, no effects) and returns what
 * the hook returned on that first render.
 */
export function runHook<P, S>(hook: (props: P) => S, props: P): S {
  let seen: { state: S } | undefined;
  function Probe(): null {
    seen = { state: hook(props) };
    return null;
  }
  renderToStaticMarkup(createElement(Probe));
  if (!seen) throw new Error('hook did not run');
  return seen.state;
}
