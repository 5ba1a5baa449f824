/** `leadlens 360`: the leader's self-assessment beside observers' answers. */
import { say, bankContext } from '../context.js';
import { resolveBank, type LoadedBank } from '../../bank/load.js';
import { cellTexts } from '../../input/csvCells.js';
import { csvLayout, csvRow } from '../../cohort/csvRows.js';
import { answersOf } from '../../cohort/entry.js';
import { InputError, UsageError } from '../../errors.js';
import { assess360, type Observer } from '../../feedback360/assess.js';
import { single } from '../../result.js';
import type { InputIssue } from '../../input/issue.js';
import type { CliContext } from '../context.js';
import { openCsv, readCsv } from '../io/csvInput.js';
import { expandInputs } from '../io/inputFiles.js';
import { reportTarget, writeReport, type ReportFlags } from '../report.js';
import { responsesFromFile } from '../answersFile.js';

export interface FeedbackOptions extends ReportFlags {
  bank: string;
  self: string;
  observers: string[];
  minGroup: string;
  gap: string;
  respondent?: string;
}

function positive(value: string, flag: string, whole: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n))) throw new UsageError(`${flag}: expected a ${whole ? 'whole ' : ''}number above 0, got "${value}"`);
  return n;
}

async function observersFromCsv(path: string, loaded: LoadedBank, ctx: CliContext, issues: InputIssue[]): Promise<Observer[]> {
  const observers: Observer[] = [];
  let layout: ReturnType<typeof csvLayout> | undefined;
  await readCsv(openCsv(path, ctx.stdin), path, (row, rowNumber) => {
    if (!layout) {
      layout = csvLayout(cellTexts(row), loaded.bank, path);
      if (!layout.ok) {
        issues.push(...layout.issues);
        return 'stop';
      }
      if (layout.layout.groupIndex === -1) say(ctx, `${path} has no "group" column; its observers count in "others" only`);
      return undefined;
    }
    if (!layout.ok) return 'stop';
    const result = csvRow(row, rowNumber, layout.layout);
    if (result.ok) observers.push({ group: result.group, answers: answersOf(loaded.bank.questions.map((q) => q.id), result.values) });
    else issues.push(...result.issues);
    return undefined;
  });
  return observers;
}

export async function feedback360(options: FeedbackOptions, ctx: CliContext): Promise<number> {
  const loaded = await resolveBank(options.bank, bankContext(ctx));
  const rules = { gap: positive(options.gap, '--gap', false), minGroup: positive(options.minGroup, '--min-group', true) };
  const target = reportTarget(ctx, options, [loaded.bank]);
  try {
    const issues: InputIssue[] = [];
    const collect = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await read();
      } catch (error) {
        if (error instanceof InputError) issues.push(...error.issues);
        else throw error;
        return undefined;
      }
    };
    const self = await collect(() => responsesFromFile(options.self, loaded));
    const observers: Observer[] = [];
    for (const input of options.observers) {
      if (/\.csv$/i.test(input) || input === '-') {
        observers.push(...(await observersFromCsv(input, loaded, ctx, issues)));
        continue;
      }
      for (const file of await expandInputs([input])) {
        const responses = await collect(() => responsesFromFile(file, loaded));
        if (responses) observers.push({ group: responses.group ?? null, answers: responses.answers });
      }
    }
    if (issues.length) throw new InputError(issues);
    if (!observers.length) throw new UsageError('no observers: --observers needs answer files, a folder of them, or a CSV');
    const result = assess360(loaded, { ...self!, respondent: options.respondent ?? self!.respondent }, observers, rules, { toolVersion: ctx.version, completedAt: ctx.now() });
    return await writeReport(ctx, target, single(result));
  } catch (error) {
    target.sink.abort();
    throw error;
  }
}

