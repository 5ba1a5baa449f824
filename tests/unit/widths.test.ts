/**
 * Every text screen from 80 down to 40 columns, measured by what a terminal shows: a kanji, kana or
 * emoji takes two columns, a combining mark or joiner none. Reports in English and in Japanese
 * keep every line within the width; tables cut labels at a character boundary, never a band name.
 */
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseBank, type ParsedBank } from '../../src/bank/parse.js';
import { valuesOf } from '../../src/cohort/entry.js';
import { CohortScorer } from '../../src/cohort/scorer.js';
import { assess360, type Observer } from '../../src/feedback360/assess.js';
import { compare } from '../../src/history/compare.js';
import { trend } from '../../src/history/trend.js';
import { FINISH, runQuiz } from '../../src/quiz/flow.js';
import type { ChoiceQuestion, Prompter } from '../../src/quiz/prompter.js';
import { compareText, historyText, trendText } from '../../src/report/historyText.js';
import { svgBars } from '../../src/report/svgBars.js';
import { renderText } from '../../src/report/text.js';
import { textCohort } from '../../src/report/textCohort.js';
import { assess, session, single, type AssessmentResult } from '../../src/result.js';
import type { Responses } from '../../src/answers/schema.js';
import { BAND_LABELS } from '../../src/scoring/bands.js';
import { NO_THRESHOLDS, parseThresholds } from '../../src/scoring/thresholds.js';
import { fit, truncate } from '../../src/text/cells.js';
import { displayWidth } from '../../src/text/width.js';
import { hang, wrap } from '../../src/text/wrap.js';

const WIDTHS = [40, 60, 80] as const;

function load(path: string): ParsedBank {
  const result = parseBank(readFileSync(new URL(path, import.meta.url), 'utf8'), path);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.value;
}

const ja = load('../fixtures/banks/kokyaku-ja.yaml');
const lens = load('../../assessments/customer-lens.yaml');

const jaAnswers = (listen1: number, trust1: number): Responses => ({
  respondent: '佐藤 花子',
  answers: { 'listen-1': listen1, 'listen-3': 4, 'trust-1': trust1, 'trust-2': 5, 'trust-3': 1, 'service-1': 3 },
  notApplicable: ['listen-2'],
  reflections: { 'sharp-and-blurred': '大口の顧客ははっきり見えていますが、新しい顧客はぼやけています。🙂' },
});
const lensAnswers: Responses = {
  respondent: 'Sam Lee',
  answers: Object.fromEntries(lens.bank.questions.map((q, i) => [q.id, (i % 5) + 1])),
  notApplicable: [],
  reflections: {},
};
const at = (day: string) => ({ toolVersion: '1', completedAt: new Date(`${day}T09:00:00Z`) });
const jaResult = (day: string, listen1 = 2, trust1 = 4) => assess(ja, jaAnswers(listen1, trust1), at(day));

/** Lines wider than `width` on a terminal, with their widths: none is the goal. */
function overflowing(text: string, width: number): string[] {
  return text
    .split('\n')
    .filter((line) => displayWidth(line) > width)
    .map((line) => `${displayWidth(line)}: ${line}`);
}

describe('display width', () => {
  it('counts kanji, kana, Hangul and fullwidth forms as two columns, halfwidth kana as one', () => {
    expect(displayWidth('leadlens')).toBe(8);
    expect(displayWidth('顧客視点')).toBe(8);
    expect(displayWidth('ひらがなカタカナ')).toBe(16);
    expect(displayWidth('한국어')).toBe(6);
    expect(displayWidth('ＡＢ、。')).toBe(8);
    expect(displayWidth('ｱｲｳ')).toBe(3);
  });

  it('counts an emoji as two columns, however many code points make it, and marks and joiners as none', () => {
    expect(displayWidth('🤝')).toBe(2);
    expect(displayWidth('👨‍👩‍👧')).toBe(2);
    expect(displayWidth('🇯🇵')).toBe(2);
    expect(displayWidth('1\ufe0f\u20e3')).toBe(2);
    expect(displayWidth('☺\ufe0f')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200db\u200b')).toBe(2);
  });

  it('gives colour codes no width', () => {
    expect(displayWidth('\u001b[1m顧客\u001b[22m ok')).toBe(7);
  });
});

describe('fit and truncate', () => {
  it('fit gives exactly the width asked for, in columns, with CJK and emoji', () => {
    for (const text of ['顧客が本当に必要としていることを自分の耳で確かめる', '🤝 長く続く信頼を築く', '👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧']) {
      for (const width of [5, 8, 9, 20, 21]) {
        const cell = fit(text, width);
        expect(displayWidth(cell), `${text} in ${width}: "${cell}"`).toBe(width);
      }
    }
    expect(fit('顧客が本当に必要としていること', 20)).toBe('顧客が本当に必要と… ');
    expect(fit('日本', 6)).toBe('日本  ');
  });

  it('never cuts a character, a flag or a joined emoji in two', () => {
    expect(truncate('日本語', 4)).toBe('日…');
    expect(truncate('🇯🇵🇯🇵🇯🇵', 4)).toBe('🇯🇵…');
    expect(truncate('👨‍👩‍👧 family', 3)).toBe('👨‍👩‍👧…');
    expect(truncate('plain text', 6)).toBe('plain…');
    expect(truncate('short', 6)).toBe('short');
  });
});

describe('wrap by display width', () => {
  const goal = ja.bank.dimensions[0]!.coaching.goal as string;

  it('breaks Japanese, which has no spaces, between characters, within the width, losing nothing', () => {
    for (const width of WIDTHS) {
      const lines = wrap(goal, width);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      expect(lines.join('')).toBe(goal);
      // Kinsoku: no line starts with a closing mark.
      for (const line of lines) expect(line).not.toMatch(/^[、。」）]/);
    }
  });

  it('breaks a word wider than the line rather than letting it run past the edge', () => {
    const word = 'customer-obsessed-leadership-across-every-single-team';
    expect(wrap(`A ${word} now`, 20)).toEqual([
      'A',
      'customer-obsessed-le',
      'adership-across-ever',
      'y-single-team now',
    ]);
  });

  it('gives the lines under a long prefix the room their own indent leaves, and counts no colour codes', () => {
    const lines = hang(`\u001b[1m${goal}\u001b[22m`, 40, 'Not scored: ', '  ');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
    expect(displayWidth(lines[0]!)).toBeLessThanOrEqual(40);
    // Under a two-column indent, 38 columns of text: not the 28 the first line's prefix leaves.
    expect(Math.max(...lines.slice(1).map((l) => displayWidth(l)))).toBeGreaterThan(30);
  });
});

describe('reports at 40, 60 and 80 columns keep every line within the width', () => {
  const options = (width: number, colorLevel: 0 | 3 = 0) => ({ colorLevel, width, thresholds: NO_THRESHOLDS });

  it('a single result in Japanese, with its plan and every answer; colour changes nothing a reader sees', () => {
    for (const width of WIDTHS) {
      const plain = renderText(single(jaResult('2026-01-05')), { ...options(width), items: true });
      const coloured = renderText(single(jaResult('2026-01-05')), { ...options(width, 3), items: true });
      expect(overflowing(plain, width), `${width} columns`).toEqual([]);
      expect(stripVTControlCharacters(coloured)).toBe(plain);
    }
  });

  it('a single result of a shipped bank, with its plan', () => {
    const result = assess(lens, lensAnswers, at('2026-01-05'));
    for (const width of WIDTHS)
      expect(overflowing(renderText(single(result), { ...options(width), items: true }), width)).toEqual([]);
  });

  it('a session of several banks, one of them in Japanese', () => {
    const parts = [
      { bank: ja.bank, result: jaResult('2026-01-05') },
      { bank: lens.bank, result: assess(lens, lensAnswers, at('2026-01-05')) },
    ];
    for (const width of WIDTHS) expect(overflowing(renderText(session(parts), options(width)), width)).toEqual([]);
  });

  it('a cohort, with someone below a threshold', () => {
    for (const width of WIDTHS) {
      const thresholds = parseThresholds(['60'], ja.bank);
      const cohort = new CohortScorer(ja, {
        renderer: textCohort({ colorLevel: 0, width, thresholds }),
        usesAnswers: false,
        thresholds,
        toolVersion: '1',
        generatedAt: new Date('2026-01-05T00:00:00Z'),
      });
      cohort.begin();
      const ids = ja.bank.questions.map((q) => q.id);
      for (const [name, value] of [
        ['山田 太郎', 2],
        ['鈴木 一郎', 4],
        ['高橋 美咲 (営業部 第一課 課長補佐)', 1],
      ] as const)
        cohort.add(name, valuesOf(ids, Object.fromEntries(ids.map((id) => [id, value]))));
      const text = cohort.end(0).footer as string;
      expect(text).toContain('高橋 美咲');
      expect(overflowing(text, width), `${width} columns`).toEqual([]);
    }
  });

  it('a 360 report, with groups of long names', () => {
    const observer = (group: string, value: number): Observer => ({
      group,
      answers: Object.fromEntries(ja.bank.questions.map((q) => [q.id, value])),
    });
    const observers = [
      observer('直属の部下たち', 4),
      observer('直属の部下たち', 3),
      observer('manager', 2),
      observer('manager', 2),
      observer('customers-and-partners', 5),
      observer('customers-and-partners', 4),
    ];
    const result = assess360(ja, jaAnswers(2, 4), observers, { gap: 15, minGroup: 2 }, at('2026-01-05'));
    expect(result.feedback360.groups).toHaveLength(3);
    for (const width of WIDTHS) {
      const text = renderText(single(result), options(width));
      expect(text).toContain('Self and others');
      expect(overflowing(text, width), `${width} columns`).toEqual([]);
    }
  });

  it('compare, trend and history', () => {
    const results: AssessmentResult[] = [
      jaResult('2026-01-05'),
      jaResult('2026-02-05', 4, 2),
      jaResult('2026-03-05', 5, 5),
    ];
    const series = trend([...Array.from({ length: 30 }, () => results[0]!), ...results]);
    const entries = results.map((result, i) => ({ file: `${i}.json`, result }));
    for (const width of WIDTHS) {
      const shown = { colorLevel: 0 as const, width };
      expect(overflowing(compareText(compare(results[0]!, results[2]!), shown), width)).toEqual([]);
      expect(overflowing(trendText(series, '佐藤 花子', shown), width)).toEqual([]);
      expect(overflowing(historyText(entries, shown), width)).toEqual([]);
    }
  });
});

describe('score tables', () => {
  const band = new RegExp(`(\\d+|–)  (${Object.values(BAND_LABELS).join('|')})$`);

  it('shrink the bar, cut labels at a character with "…", and never split a band name, from 40 to 100 columns', () => {
    const result = jaResult('2026-01-05');
    for (let width = 40; width <= 100; width++) {
      const lines = renderText(single(result), { colorLevel: 0, width, thresholds: NO_THRESHOLDS }).split('\n');
      const rows = lines.slice(
        0,
        lines.findIndex((l) => l.startsWith('Not scored')),
      );
      // Every dimension and the overall score: a line ending with its score and whole band name.
      expect(
        rows.filter((l) => band.test(l)),
        `${width} columns`,
      ).toHaveLength(4);
      expect(rows.filter((l) => l.endsWith('not enough answers'))).toHaveLength(1);
      for (const row of rows) expect(displayWidth(row), `${width}: ${row}`).toBeLessThanOrEqual(width);
    }
  });

  it('keep whole labels when they fit, and the bar no wider than 24', () => {
    const lines = renderText(single(jaResult('2026-01-05')), { colorLevel: 0, width: 100, thresholds: NO_THRESHOLDS });
    expect(lines).toContain('  顧客が本当に必要としていることを自分の耳で確かめる ');
    expect(lines).toMatch(/ {2}🤝 長く続く信頼を築く +█{20}░{2} {3}92 {2}strength\n/);
  });
});

describe('the quiz review', () => {
  /** Answers every question with `value`, skips reflections, and keeps the review's lines. */
  async function reviewLines(bank: ParsedBank['bank'], value: number, width: number): Promise<string[]> {
    let names: string[] = [];
    const prompter: Prompter = {
      async choose<T>(q: ChoiceQuestion<T>): Promise<T> {
        if (q.name !== 'review') return value as T;
        names = q.choices.slice(1).map((c) => c.name);
        return FINISH as T;
      },
      chooseMany: () => Promise.reject(new Error('not asked')),
      text: async () => '',
    };
    await runQuiz(bank, prompter, { width });
    return names;
  }

  it('fits every line beside the list cursor, with the answer whole at the end', async () => {
    for (const width of WIDTHS)
      for (const [bank, label] of [
        [ja.bank, 'まれに'],
        [lens.bank, 'Rarely'],
      ] as const) {
        const lines = await reviewLines(bank, 2, width);
        expect(lines).toHaveLength(bank.questions.length);
        for (const line of lines) {
          expect(displayWidth(line), line).toBeLessThanOrEqual(width - 3);
          expect(line.endsWith(`  ${label}`), line).toBe(true);
        }
      }
  });

  it('gives each question the room its own answer leaves, not the longest label', async () => {
    const [first] = await reviewLines(lens.bank, 2, 60);
    const text = first!.slice(4, first!.lastIndexOf('  Rarely')).trimEnd();
    expect(displayWidth(text)).toBeGreaterThanOrEqual(40);
    expect(lens.bank.questions[0]!.text.startsWith(text.replace(/…$/, ''))).toBe(true);
  });
});

describe('the HTML chart', () => {
  const labels = (svg: string) =>
    [...svg.matchAll(/<text class="label"[^>]*>(.*?)<\/text>/g)].map((m) =>
      [...m[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => t[1]!),
    );
  const chart = (label: string) =>
    svgBars([{ label, value: 50, tone: 'solid' }], { solid: 50, strength: 75 }, 'Scores');

  it('prints a label with no space in its first 38 characters once, over two lines', () => {
    const label = 'Customer-obsessed-leadership-across-every-team';
    const [lines] = labels(chart(label));
    expect(lines).toHaveLength(2);
    expect(lines!.join('')).toBe(label);
    expect(labels(chart('Overall'))).toEqual([['Overall']]);
  });

  it('wraps a Japanese label by width instead of clipping it, and cuts one too long for two lines with "…"', () => {
    const title = ja.bank.dimensions[0]!.title;
    const [lines] = labels(chart(title));
    expect(lines).toHaveLength(2);
    expect(lines!.join('')).toBe(title);
    for (const line of lines!) expect(displayWidth(line)).toBeLessThanOrEqual(38);

    const long = title.repeat(3);
    const svg = chart(long);
    const [cut] = labels(svg);
    expect(cut).toHaveLength(2);
    expect(cut![1]!.endsWith('…')).toBe(true);
    expect(svg).toContain(`<title>${long}</title>`);
  });
});
