import type { PlanWriter, PlanWritten, WriteProgress } from '../../../refresh/planWriter';
import type { WorkbookPlan } from '../../../dashboard/plan';
import type { ExcelRun, IsSetSupported } from '../host';
import { writePlan } from './writePlan';

/**
 * The `PlanWriter` of the workbook open in Excel: `writePlan` (2 syncs plus one per ~3.5 MB batch).
 * It has no `previousHistory`: the workbook is also the refresh's source, and Cadre's History sheet
 * is read with the inputs. `syncs` counts the write's context.sync() calls.
 */
export class OfficePlanWriter implements PlanWriter {
  syncs = 0;

  constructor(
    private readonly run: ExcelRun,
    private readonly options: { readonly isSetSupported?: IsSetSupported; readonly batchBytes?: number } = {},
  ) {}

  async write(plan: WorkbookPlan, onProgress?: (progress: WriteProgress) => void): Promise<PlanWritten> {
    const written = await writePlan(this.run, plan, { ...this.options, onProgress });
    this.syncs += written.syncs;
    return { sheets: written.sheets, warnings: written.warnings };
  }
}
