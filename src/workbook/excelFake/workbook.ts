import { FakeClientObject, type FakeContext } from './context';
import { FakeFunctions } from './functions';
import { FakeNamedItemCollection } from './names';
import { FakeSettingCollection } from './settings';
import { FakeTableCollection } from './tables';
import { FakeWorksheetCollection } from './worksheet';

/** context.workbook: worksheets, tables, names, settings (1.4), functions (1.2, DATE only), application */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;
  readonly functions: FakeFunctions;

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx, 'workbook.worksheets');
    this.tables = new FakeTableCollection(ctx, 'workbook.tables', null);
    this.names = new FakeNamedItemCollection(ctx, 'workbook.names');
    this.settings = new FakeSettingCollection(ctx, 'workbook.settings');
    this.application = new FakeApplication(ctx, 'workbook.application');
    this.functions = new FakeFunctions(ctx, 'workbook.functions');
  }
}

/**
 * Excel.Application: calculationMode loadable ("Automatic"); suspendApiCalculationUntilNextSync (1.6)
 * and suspendScreenUpdatingUntilNextSync (1.9) are recorded with the index of the sync that carried them.
 */
export class FakeApplication extends FakeClientObject {
  protected _scalars(): readonly string[] {
    return ['calculationMode'];
  }
  protected _fetch(props: readonly string[]): Record<string, unknown> {
    return Object.fromEntries(props.map((p) => [p, 'Automatic']));
  }
  get calculationMode(): string { return this._get('calculationMode'); }

  private _record(method: string, minApi: string): void {
    this._queueCall(method, [], () => void this._ctx.model.applicationCalls.push({ method, sync: this._ctx.stats.syncs }), minApi);
  }
  suspendApiCalculationUntilNextSync(): void {
    this._record('suspendApiCalculationUntilNextSync', '1.6');
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._record('suspendScreenUpdatingUntilNextSync', '1.9');
  }
  calculate(calculationType: string): void {
    this._queueCall('calculate', [calculationType], () => void this._ctx.model.applicationCalls.push({ method: `calculate(${calculationType})`, sync: this._ctx.stats.syncs }));
  }
}
