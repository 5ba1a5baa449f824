/**
 * Scores a cohort one respondent at a time into a report's pieces, so a cohort of any size streams:
 * the caller writes each piece where it likes. Judges thresholds and gathers the summary. Pure.
 */
import type { Responses } from '../answers/schema.js';
import type { ParsedBank } from '../bank/parse.js';
import type { CohortMeta, CohortRenderer } from '../report/cohort.js';
import { RESULT_SCHEMA_VERSION } from '../result.js';
import { compileScorer, emptyScoreRow, NA, type ScoreRow, type Scorer } from '../scoring/score.js';
import { hasThresholds, judge, LISTED_MISSES, type Miss, type Thresholds } from '../scoring/thresholds.js';
import { answersOf, flagsOf, hasNotApplicable, valuesOf, type CohortEntry } from './entry.js';
import { CohortAccumulator } from './summary.js';

/** A piece of the report to write, or nothing yet. */
export type Piece = string | Uint8Array | undefined;

/** Who missed which threshold: the first few by name, and how many in all. */
export interface CohortMisses {
  listed: { who: string; misses: Miss[] }[];
  total: number;
}

export interface CohortOptions {
  renderer: CohortRenderer;
  /** Whether the renderer shows each respondent's answers (building them costs time per row). */
  usesAnswers: boolean;
  thresholds: Thresholds;
  toolVersion: string;
  generatedAt: Date;
}

const NO_MISSES: Miss[] = [];

/** The bank's part of every report header. */
function bankHeader(parsed: ParsedBank): CohortMeta['bank'] {
  const { bank, contentHash } = parsed;
  return { id: bank.id, version: bank.version, title: bank.title, contentHash, source: bank.source, bands: bank.bands };
}

export class CohortScorer {
  private readonly scorer: Scorer;
  private readonly summary: CohortAccumulator;
  private readonly questionIds: string[];
  private readonly row: ScoreRow;
  /** Whether any --fail-under applies. */
  private readonly judged: boolean;
  private readonly misses: CohortMisses = { listed: [], total: 0 };

  constructor(
    private readonly parsed: ParsedBank,
    private readonly options: CohortOptions,
  ) {
    const { bank } = parsed;
    this.scorer = compileScorer(bank);
    this.summary = new CohortAccumulator(bank);
    this.questionIds = bank.questions.map((q) => q.id);
    this.row = emptyScoreRow(bank.dimensions.length);
    this.judged = hasThresholds(options.thresholds);
  }

  /** The report's header. */
  begin(): string {
    const { bank } = this.parsed;
    return this.options.renderer.begin({
      schemaVersion: RESULT_SCHEMA_VERSION,
      tool: { name: 'leadlens', version: this.options.toolVersion },
      bank: bankHeader(this.parsed),
      dimensions: bank.dimensions.map((d) => ({ id: d.id, title: d.title })),
      generatedAt: this.options.generatedAt.toISOString(),
      thresholds: this.options.thresholds,
    });
  }

  /** One respondent from an answers file. */
  addResponses(responses: Responses & { respondent: string }): Piece {
    return this.add(responses.respondent, valuesOf(this.questionIds, responses.answers, responses.notApplicable));
  }

  /** One respondent from answers in bank question order (NaN where missing, NA where "does not apply"). */
  add(respondent: string, values: Float64Array): Piece {
    const { renderer, thresholds, usesAnswers } = this.options;
    const row = this.scorer.row(values, this.row);
    // The objects of a full result are built only when a threshold or the format needs them.
    const scores = this.judged || !renderer.row ? this.scorer.expand(row) : undefined;
    const misses = scores ? judge(scores, thresholds) : NO_MISSES;
    if (misses.length) {
      this.misses.total++;
      if (this.misses.listed.length < LISTED_MISSES) this.misses.listed.push({ who: respondent, misses });
    }
    // Statistics treat "does not apply" as no answer; the scores above have counted it apart.
    if (hasNotApplicable(row)) for (let i = 0; i < values.length; i++) if (values[i] === NA) values[i] = NaN;
    this.summary.add(row, values, misses.length > 0);
    if (renderer.row) return renderer.row(respondent, row);
    const entry: CohortEntry = { respondent, ...scores!, flags: flagsOf(scores!), misses };
    if (usesAnswers) entry.answers = answersOf(this.questionIds, values);
    return renderer.entry(entry);
  }

  /** The report's footer with the summary, and who missed a threshold. */
  end(skipped: number): { footer: string | Uint8Array; misses: CohortMisses } {
    return { footer: this.options.renderer.end(this.summary.summary(skipped)), misses: this.misses };
  }
}
