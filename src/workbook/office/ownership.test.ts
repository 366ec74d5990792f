import { ownedSheets, parseOwnership } from './ownership';

describe('ownership', () => {
  it('reads the setting as a list or as JSON text, dropping entries that are not of the shape', () => {
    const good = { id: '{1}', name: 'Definitions', role: 'definitions' };
    expect(parseOwnership([good, { id: 1, name: 'x', role: 'board' }, { id: '{2}', name: 'y', role: 'nope' }, null])).toEqual([good]);
    expect(parseOwnership(JSON.stringify([good]))).toEqual([good]);
    expect(parseOwnership('{not json')).toEqual([]);
    expect(parseOwnership({ id: '{1}' })).toEqual([]);
    // one sheet per role: the first entry wins
    expect(parseOwnership([good, { ...good, id: '{3}' }])).toEqual([good]);
  });

  it('finds owned sheets by id (renamed or not), and a claim without id by its name; a deleted sheet is not found', () => {
    const sheets = [
      { id: '{1}', name: 'Our definitions' },
      { id: '{2}', name: 'board dashboard' },
      { id: '{9}', name: 'Participants' },
    ];
    const owned = ownedSheets(
      [
        { id: '{1}', name: 'Definitions', role: 'definitions' },
        { id: null, name: 'Board Dashboard', role: 'board' },
        { id: '{5}', name: 'Cadre History', role: 'history' },
      ],
      sheets,
    );
    expect([...owned]).toEqual([
      ['definitions', sheets[0]],
      ['board', sheets[1]],
    ]);
  });
});
