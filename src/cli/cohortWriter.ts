/** Scores respondents one at a time into a cohort report, so a cohort of any size streams. */
import type { Responses } from '../answers/schema.js';
import type { LoadedBank } from '../bank/load.js';
import { answersOf, flagsOf, hasNotApplicable, valuesOf, type CohortEntry } from '../cohort/entry.js';
import { CohortAccumulator } from '../cohort/summary.js';
import type { CohortMeta, CohortRenderer } from '../report/cohort.js';
import { loadFormat, type Format } from '../report/index.js';
import { RESULT_SCHEMA_VERSION } from '../result.js';
import { compileScorer, emptyScoreRow, NA, type ScoreRow } from '../scoring/score.js';
import { hasThresholds, judge, type Miss } from '../scoring/thresholds.js';
import type { CliContext } from './context.js';
import { reportMisses, type ReportTarget } from './report.js';

const LISTED_MISSES = 10;
const NO_MISSES: Miss[] = [];

export class CohortWriter {
  private readonly score;
  private readonly summary;
  private readonly renderer: CohortRenderer;
  private readonly misses: { who: string; misses: Miss[] }[] = [];
  private missCount = 0;
  private readonly usesAnswers: boolean;
  private readonly questionIds: string[];
  private readonly row: ScoreRow;
  /** Whether any --fail-under applies. */
  private readonly judged: boolean;

  private constructor(
    private readonly loaded: LoadedBank,
    private readonly target: ReportTarget,
    private readonly ctx: CliContext,
    format: Format,
  ) {
    this.score = compileScorer(loaded.bank);
    this.summary = new CohortAccumulator(loaded.bank);
    this.renderer = format.cohort(target.options);
    this.usesAnswers = format.usesAnswers === true;
    this.questionIds = loaded.bank.questions.map((q) => q.id);
    this.row = emptyScoreRow(loaded.bank.dimensions.length);
    this.judged = hasThresholds(target.thresholds);
  }

  static async open(loaded: LoadedBank, target: ReportTarget, ctx: CliContext): Promise<CohortWriter> {
    return new CohortWriter(loaded, target, ctx, await loadFormat(target.format));
  }

  begin(): Promise<void> | undefined {
    const { bank, contentHash } = this.loaded;
    const meta: CohortMeta = {
      schemaVersion: RESULT_SCHEMA_VERSION,
      tool: { name: 'leadlens', version: this.ctx.version },
      bank: { id: bank.id, version: bank.version, title: bank.title, contentHash, source: bank.source, bands: bank.bands },
      dimensions: bank.dimensions.map((d) => ({ id: d.id, title: d.title })),
      generatedAt: this.ctx.now().toISOString(),
      thresholds: this.target.thresholds,
    };
    return this.target.sink.write(this.renderer.begin(meta));
  }

  /** Scores one respondent from an answers file; resolves at once unless the output is catching up. */
  add(responses: Responses & { respondent: string }): Promise<void> | undefined {
    return this.addValues(responses.respondent, valuesOf(this.questionIds, responses.answers, responses.notApplicable));
  }

  /** Scores one respondent from answers in bank question order (NaN where missing). */
  addValues(respondent: string, values: Float64Array): Promise<void> | undefined {
    const row = this.score.row(values, this.row);
    // The objects of a full result are built only when a threshold or the format needs them.
    const scores = this.judged || !this.renderer.row ? this.score.expand(row) : undefined;
    const misses = scores ? judge(scores, this.target.thresholds) : NO_MISSES;
    if (misses.length) {
      this.missCount++;
      if (this.misses.length < LISTED_MISSES) this.misses.push({ who: respondent, misses });
    }
    // Statistics treat "does not apply" as no answer; the scores above have counted it apart.
    if (hasNotApplicable(row)) for (let i = 0; i < values.length; i++) if (values[i] === NA) values[i] = NaN;
    this.summary.add(row, values, misses.length > 0);
    if (this.renderer.row) {
      this.renderer.row(respondent, row, this.target.sink.bytes());
      return this.target.sink.appended();
    }
    const entry: CohortEntry = { respondent, ...scores!, flags: flagsOf(scores!), misses };
    if (this.usesAnswers) entry.answers = answersOf(this.questionIds, values);
    return this.target.sink.write(this.renderer.entry(entry));
  }

  /** Writes the summary, closes the output, and returns the exit code. */
  async end(skipped: number): Promise<number> {
    await this.target.sink.write(this.renderer.end(this.summary.summary(skipped)));
    await this.target.sink.close();
    return reportMisses(this.ctx, this.misses, this.missCount);
  }
}
