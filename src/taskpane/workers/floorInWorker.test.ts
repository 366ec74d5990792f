import { floorInWorker } from './floorInWorker';

test('a runner where the host has Web Workers and WebAssembly, none where it lacks either', () => {
  class FakeWorker {}
  expect(typeof floorInWorker({ Worker: FakeWorker, WebAssembly: {} })).toBe('function');
  expect(floorInWorker({ WebAssembly: {} })).toBeUndefined();
  expect(floorInWorker({ Worker: FakeWorker })).toBeUndefined();
  expect(floorInWorker({ Worker: FakeWorker, WebAssembly: null })).toBeUndefined();
});
