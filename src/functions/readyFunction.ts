import { readinessDurations } from '../metrics/readinessDurations';
import { notFollowedYet } from '../metrics/unestimated';
import { cumulativeIncidence } from '../stats/cumulativeIncidence';
import { cumulativeIncidenceVariance } from '../stats/cumulativeIncidenceVariance';
import { type FunctionError, fewerThanK, guarded, notAvailable } from './functionError';
import { type CellArgument, type RangeArgument, asOfDay, dateColumn, monthsOf, sameLength } from './functionArguments';
import { participantRows } from './people';
import { type FunctionContext, exitsNotBeforeStarts } from './retentionFunctions';

/**
 * CADRE.READY: the cumulative incidence of readiness by `months` (default 24), leaving before being
 * ready the competing event (metrics.md, Time-to-readiness: Aalen–Johansen through
 * `readinessDurations` and `cumulativeIncidence`, as the dashboard's "ready by 24 months"). A row
 * whose ready date is before its start is left out, as the refresh leaves it out (a data-quality
 * warning there); a blank start, or one after as-of, too. #N/A where nobody has been followed that
 * long, or for fewer than k people.
 */
export function ready(
  starts: RangeArgument,
  readyDates: RangeArgument,
  exits: RangeArgument,
  months: CellArgument,
  asOf: CellArgument,
  ctx: FunctionContext,
): number | FunctionError {
  return guarded(() => {
    const t = monthsOf(months, 24);
    const s = dateColumn(starts, 'starts');
    const r = dateColumn(readyDates, 'ready_dates');
    const e = dateColumn(exits, 'exits');
    sameLength([
      { name: 'starts', length: s.length },
      { name: 'ready_dates', length: r.length },
      { name: 'exits', length: e.length },
    ]);
    exitsNotBeforeStarts(s, e);
    const d = readinessDurations(participantRows(s, { exits: e, ready: r }), asOfDay(asOf, ctx.now));
    const n = d.times.length;
    if (n === 0) return notAvailable('nobody had started by as_of');
    if (n < ctx.k) return fewerThanK(ctx.k);
    const curve = cumulativeIncidence(d.times, d.causes);
    if ((curve.lastTime ?? 0) < t) return notAvailable(notFollowedYet(t, curve.lastTime ?? 0).reason!);
    return cumulativeIncidenceVariance(curve, t).cumulative;
  });
}
