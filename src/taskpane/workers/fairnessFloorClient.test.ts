import loadHighs from 'highs';
import { A, mentor, participant, program } from '../../matching/matchingFixture.test-helpers';
import { handleFloorRequest, type FloorRequest, type FloorResponse } from './floorProtocol';
import { suggestWithFairnessFloorInWorker, type FloorWorker } from './fairnessFloorClient';

// The case worked by hand in src/matching/fairnessFloor.test.ts: the floor gives A2–M2 and B1–M1, price 0.7.
const weights = { crossBusinessUnit: 0, crossFunction: 0, seniority: 0, trackFit: 0, location: 0, preference: 1, loadBalance: 0, giverSatisfaction: 0 };
const people = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3'].map((id) => participant(id, { Group: id[0] }));
const preferences = (
  [
    ['A1', 'M1', 1], ['A1', 'M2', 2], ['A2', 'M1', 2], ['A2', 'M2', 1], ['A3', 'M1', 3], ['A3', 'M2', 3], ['B1', 'M1', 4], ['B1', 'M2', 5], ['B2', 'M1', 5],
  ] as const
).map(([personId, mentorId, rank]) => ({ personId, mentorId, rank }));
const data = program({ participants: people, mentors: [mentor('M1', 'Internal mentor', { capacity: 1 }), mentor('M2', 'Internal mentor', { capacity: 1 })], preferences }, { Participants: ['PersonID', 'InProgram', 'ProgramStart'] });

/** A stand-in Worker that runs the Worker's own handler in this process, on a structured clone of the message as a real Worker would. */
function localWorker(): FloorWorker & { terminated: boolean } {
  const worker = {
    onmessage: null as FloorWorker['onmessage'],
    onerror: null as FloorWorker['onerror'],
    terminated: false,
    postMessage(message: FloorRequest) {
      void handleFloorRequest(structuredClone(message), () => loadHighs()).then((response: FloorResponse) => worker.onmessage?.({ data: structuredClone(response) }));
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

test('the client resolves to the floor result the Worker computes, and ends the Worker', async () => {
  const worker = localWorker();
  const out = await suggestWithFairnessFloorInWorker(data, A, { role: 'Mentor', weights }, { floor: 0.8, k: 3 }, () => worker);
  expect(out.floor!.suggestions.map((s) => [s.personId, s.mentorId])).toEqual([
    ['A2', 'M2'],
    ['B1', 'M1'],
  ]);
  expect(out.floor!.priceOfFairness).toBeCloseTo(0.7, 12);
  expect(worker.terminated).toBe(true);
});

test("the engine's error reaches the caller as a rejection", async () => {
  await expect(suggestWithFairnessFloorInWorker(data, A, { role: 'Mentor', weights }, { floor: 1.5, k: 3 }, localWorker)).rejects.toThrow('the fairness floor must be a number from 0 to 1, got 1.5');
});
