import { OfficeAdapterError, WriteIncompleteError } from '../../workbook/office/officeAdapterError';
import { writeStoppedMessage } from '../../workbook/office/write/stepRunner';
import { failureOf } from './failureOf';
import { parenthesesDepth } from '../../workbook/office/write/parenthesesDepth.test-helpers';

/** the failure as the task pane's message bar reads it: the title, then the message */
const shown = (f: { title: string; message: string }) => `${f.title} ${f.message}`;

describe('failureOf', () => {
  it('a write that stopped part-way: the title once, then where and why, what was written and what to do, without nested parentheses', () => {
    const lost = Object.assign(new Error('The connection was lost.'), { code: 'GeneralException' });
    const error = new WriteIncompleteError(['Equity Detail', 'Cadre History'], writeStoppedMessage('Equity Detail', ['Board Dashboard'], ['Equity Detail', 'Cadre History'], lost), lost);
    const failure = failureOf(error, 'Refreshing the dashboards');
    expect(shown(failure)).toBe(
      'Writing the dashboards stopped part-way ' +
        'Cadre stopped writing at Equity Detail: Excel said “The connection was lost” (GeneralException). ' +
        'Board Dashboard was written; Equity Detail and Cadre History are incomplete. ' +
        'Press Refresh again to rewrite them; if it stops again, check that the workbook is not open read-only, close and reopen it, then refresh.',
    );
    expect(shown(failure).split('Writing the dashboards')).toHaveLength(2);
    expect(failure.message).not.toContain(failure.title);
    expect(parenthesesDepth(shown(failure))).toBe(1);
    expect(parenthesesDepth('stopped (The connection was lost. (GeneralException))')).toBe(2);
  });

  it('an adapter failure without a title of its own is titled by what was being done', () => {
    expect(failureOf(new OfficeAdapterError('SaveFailed', 'Saving failed: x. Try again.'), 'Saving the mapping')).toEqual({ title: 'Saving the mapping failed', message: 'Saving failed: x. Try again.' });
  });
});
