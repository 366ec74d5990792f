/**
 * The fairness-floor Worker, bundled by webpack as a chunk of its own (`new Worker(new URL(…,
 * import.meta.url))`). Kept apart from the client so that nothing else needs `import.meta`, which the
 * project's CommonJS typecheck and Jest do not allow: only the task pane's bundle loads this file.
 */
export function createFloorWorker(): Worker {
  // @ts-expect-error TS1470: import.meta in a file the CommonJS typecheck sees; webpack bundles it as an ES module
  return new Worker(/* webpackChunkName: "fairness-floor" */ new URL('./fairnessFloor.worker.ts', import.meta.url));
}
