/**
 * phuluc's row colours as conditional-format rules (ExcelApi 1.6). A rule lies over the user's own
 * fills without changing them and is recognised later by the marker in its formula
 * (core/highlight.ts), so clearing removes exactly ours — never `clearAll`, which would take the
 * user's rules too.
 *
 * Sync count, whatever the number of rows or rules:
 *   1 sync: the sheet's rules and their types;
 *   1 sync: the formulas of the custom-formula rules (skipped when there are none);
 *   1 sync: delete ours and add the new ones (skipped when there is nothing to do).
 * So applyHighlights and clearHighlights take at most 3 syncs. Formulas are read in a second step
 * because only custom rules have one; asking a data bar for its formula is an error.
 */
import type { HighlightRule } from '../../core/highlight';
import { isPhulucRuleFormula } from '../../core/highlight';
import { syncExpectingSheet } from './errors';

function assertOurs(rules: HighlightRule[]): void {
  const foreign = rules.find((rule) => !isPhulucRuleFormula(rule.formula));
  // A rule without the marker could never be removed again: refuse it rather than leave it behind.
  if (foreign) throw new Error(`highlight rule for ${foreign.range} has no phuluc marker`);
}

async function findOurRules(context: Excel.RequestContext, sheetName: string): Promise<{
  sheet: Excel.Worksheet;
  ours: Excel.ConditionalFormat[];
}> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // The whole sheet rather than the used range: a rule whose cells were emptied is still found.
  const rules = sheet.getRange().conditionalFormats;
  rules.load('items/type');
  await syncExpectingSheet(context, sheetName);

  const custom = rules.items.filter((rule) => rule.type === 'Custom');
  if (custom.length === 0) return { sheet, ours: [] };
  const formulas = custom.map((rule) => {
    const formula = rule.custom.rule;
    formula.load('formula');
    return formula;
  });
  await context.sync();
  return { sheet, ours: custom.filter((_, i) => isPhulucRuleFormula(formulas[i].formula)) };
}

/** Remove phuluc's rules from a sheet; returns how many were removed. */
export async function clearHighlightsIn(context: Excel.RequestContext, sheetName: string): Promise<number> {
  const { ours } = await findOurRules(context, sheetName);
  if (ours.length === 0) return 0;
  for (const rule of ours) rule.delete();
  await context.sync();
  return ours.length;
}

/** Replace phuluc's rules on a sheet with these, in one final round trip. */
export async function applyHighlightsIn(
  context: Excel.RequestContext,
  sheetName: string,
  rules: HighlightRule[],
): Promise<void> {
  assertOurs(rules);
  const { sheet, ours } = await findOurRules(context, sheetName);
  if (ours.length === 0 && rules.length === 0) return;
  for (const rule of ours) rule.delete();
  for (const rule of rules) {
    const format = sheet.getRange(rule.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${rule.formula}`;
    format.custom.format.fill.color = rule.fill;
  }
  await context.sync();
}
