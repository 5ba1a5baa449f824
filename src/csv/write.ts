/**
 * Scores to CSV: a header, then one line per respondent. A large cohort's lines are appended as
 * bytes into chunks of about 64 KiB, from cached bytes for each number, never as a string per line:
 * several times quicker than joining strings and encoding them afterwards.
 */
import { insufficientFlag, notApplicableFlag } from '../cohort/entry.js';
import type { DimensionScore, ScoreRow } from '../scoring/score.js';
import { csvField, keyedCache } from '../text/escape.js';
import { LineBytes, put } from './lineBytes.js';

/** What a line shows: scores per dimension, the overall score, and flags. */
export interface ScoresLine {
  respondent: string | null;
  dimensions: readonly Pick<DimensionScore, 'mean' | 'score'>[];
  overall: { score: number | null };
  flags: readonly string[];
}

export function csvHeader(dimensionIds: readonly string[]): string {
  return `${['respondent', ...dimensionIds.flatMap((id) => [`${id}.mean`, `${id}.score`]), 'overall.score', 'flags'].map((field) => csvField(field)).join(',')}\r\n`;
}

/** `raw` (--raw-csv) writes names as given, without the spreadsheet safety of `csvField`. */
export function csvLine(row: ScoresLine, raw = false): string {
  // Built as one string: this runs once per respondent, millions of times for a large cohort.
  let line = csvField(row.respondent ?? '', raw);
  for (const d of row.dimensions) line += `,${csvField(d.mean)},${csvField(d.score)}`;
  return `${line},${csvField(row.overall.score)},${csvField(row.flags.length ? row.flags.join(' ') : '')}\r\n`;
}

const COMMA = 44;
const COMMA_BYTES = Buffer.from(',');
/** Chunks handed on are about this big: large enough that writing them costs little. */
const CHUNK = 64 * 1024;
// A row's numbers as bytes: means (two decimals) by their hundredths, scores as whole numbers.
const hundredthsBytes = keyedCache((key) => Buffer.from(csvField(key / 100)));
const wholeBytes = keyedCache((value) => Buffer.from(csvField(value)));
/**
 * A dimension's two fields, "mean,score", by the mean's hundredths: the score follows from the
 * mean, so nearly every mean of a given hundredths has the same whole score, which each use checks.
 */
const pairBytes = keyedCache(() => ({ score: NaN, bytes: Buffer.alloc(0) }));
/** The most bytes a number field takes (String(-1.2345678901234567e-300) is 24 characters). */
const NUMBER_BYTES = 24;

/** Cohort lines from the numbers alone, the same bytes `csvLine` gives for the expanded scores. */
export class CsvLineWriter {
  private readonly insufficient: string[];
  private readonly notApplicable: string[];
  // Room past CHUNK, so that a line appended to a nearly full chunk rarely makes it grow.
  private pending = new LineBytes(CHUNK + 4096);

  constructor(
    dimensionIds: readonly string[],
    private readonly raw = false,
  ) {
    this.insufficient = dimensionIds.map(insufficientFlag);
    this.notApplicable = dimensionIds.map(notApplicableFlag);
  }

  /** Appends one respondent's line; returns a full chunk to write when there is one (valid until the next call). */
  add(respondent: string, scores: ScoreRow): Uint8Array | undefined {
    const line = this.pending;
    let at = line.text(line.length, csvField(respondent, this.raw));
    const dimensions = this.insufficient.length;
    const buffer = line.reserve(at, (dimensions * 2 + 1) * (NUMBER_BYTES + 1) + 4);
    let flags = '';
    for (let d = 0; d < dimensions; d++) {
      const exact = scores.exact[d]!;
      buffer[at++] = COMMA;
      if (exact === exact) {
        const hundredths = Math.round(scores.mean[d]! * 100);
        const score = Math.round(exact);
        const pair = pairBytes(hundredths);
        if (pair.score !== score) {
          pair.score = score;
          pair.bytes = Buffer.concat([hundredthsBytes(hundredths), COMMA_BYTES, wholeBytes(score)]);
        }
        at = put(buffer, at, pair.bytes);
      } else {
        buffer[at++] = COMMA;
        flags += flags ? ` ${this.insufficient[d]}` : this.insufficient[d];
      }
      if (scores.notApplicable[d]) flags += flags ? ` ${this.notApplicable[d]}` : this.notApplicable[d];
    }
    buffer[at++] = COMMA;
    if (scores.overall === scores.overall) at = put(buffer, at, wholeBytes(Math.round(scores.overall)));
    buffer[at++] = COMMA;
    if (flags) at = line.text(at, csvField(flags));
    const end = line.reserve(at, 2);
    end[at++] = 13;
    end[at++] = 10;
    line.length = at;
    return line.length >= CHUNK ? this.flush() : undefined;
  }

  /**
   * What is gathered and not yet handed on, if anything: valid until the next call, as the buffer
   * is used again (fresh memory for every chunk cost more than writing the lines).
   */
  flush(): Uint8Array | undefined {
    const { pending } = this;
    if (pending.length === 0) return undefined;
    const bytes = pending.buffer.subarray(0, pending.length);
    pending.length = 0;
    return bytes;
  }
}
