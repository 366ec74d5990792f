import { overviewWith } from '../../app/stubWorkbook.test-helpers';
import { draftOf, duplicateHeaders, headersOf, mappingOf } from './mappingDraft';

describe('mapping draft', () => {
  const overview = overviewWith(['Participants', 'Mentors']);
  test('from the overview: each found sheet with its matched headers; missing sheets as none', () => {
    const draft = draftOf(overview, null);
    expect(draft.sheets.Participants).toEqual({ sheet: 'Participants', columns: { PersonID: 'ID' } });
    expect(draft.sheets.Pairings).toEqual({ sheet: null, columns: {} });
    expect(headersOf(overview, 'Participants')).toEqual(['ID', 'Notes']);
  });
  test('to a mapping that says every choice, and back', () => {
    const draft = { ...draftOf(overview, null), attributes: ['Notes'] };
    const mapping = mappingOf(draft);
    expect(mapping.sheets!.Participants).toEqual({ sheet: 'Participants', columns: { PersonID: 'ID' } });
    expect(mapping.sheets!.Pairings).toEqual({ sheet: null });
    expect(mapping.attributes).toEqual(['Notes']);
  });
  test('one header chosen for two columns is found', () => {
    const draft = { sheets: { Participants: { sheet: 'P', columns: { PersonID: 'ID', ManagerID: 'ID', Level: null } } }, attributes: [] };
    expect(duplicateHeaders(draft)).toEqual([{ sheet: 'Participants', header: 'ID', columns: ['PersonID', 'ManagerID'] }]);
  });
});
