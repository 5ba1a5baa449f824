import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_WORDS } from '../../src/bank/lint.js';
import { BUILT_IN_DIR, builtInBankIds } from '../../src/bank/load.js';
import { parseBank } from '../../src/bank/parse.js';
import { formatIssue } from '../../src/input/issue.js';

const ids = builtInBankIds();

describe('shipped banks', () => {
  it('ships the six banks from the sources', () => {
    expect(ids).toEqual([
      'customer-lens',
      'hidden-leader',
      'leader-as-coach',
      'leader-behaviours',
      'listen-respond',
      'servant-leader',
    ]);
  });

  describe.each(ids)('%s', (id) => {
    const result = parseBank(readFileSync(join(BUILT_IN_DIR, `${id}.yaml`), 'utf8'), `${id}.yaml`);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const loaded = result.value;
    const { bank } = loaded;

    it('loads, validates and is named after its id', () => {
      expect(bank.id).toBe(id);
      expect(loaded.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    });

    it('says it is a reflective tool, not a validated instrument', () => {
      expect(bank.source.note).toMatch(/not a validated psychometric instrument/);
    });

    it('has at least three scored questions in every dimension', () => {
      for (const d of bank.dimensions)
        expect(bank.questions.filter((q) => q.dimension === d.id).length, d.id).toBeGreaterThanOrEqual(3);
    });

    it('has reverse-keyed questions, but no more than a third', () => {
      const reversed = bank.questions.filter((q) => q.reverse).length;
      expect(reversed).toBeGreaterThanOrEqual(1);
      expect(reversed * 3).toBeLessThanOrEqual(bank.questions.length);
    });

    it('is version 2: a frequency scale with a recall window, and "does not apply"', () => {
      expect(bank.version).toMatch(/^2\./);
      expect(bank.scale.labels).toEqual(['Never', 'Rarely', 'Sometimes', 'Often', 'Almost always']);
      expect(bank.scale.stem).toMatch(/^In the last three months, how often/);
      expect(bank.scale.observerStem).toContain('{name}');
      expect(bank.scale.notApplicable).toBe('Does not apply to my role');
    });

    it('states its stance on internal and external customers', () => {
      expect(bank.description).toMatch(/internal/i);
      expect(bank.description).toMatch(/\b(pay|pays|paying|buy|buys)\b/);
    });

    it('gives every question observer wording (or marks it self-only, rarely), a small action, and at most 20 words', () => {
      for (const q of bank.questions) {
        expect(q.text.split(/\s+/).length, q.id).toBeLessThanOrEqual(MAX_QUESTION_WORDS);
        expect(q.text, q.id).toMatch(/^I /);
        expect(q.observer !== undefined || q.selfOnly, q.id).toBe(true);
        if (q.observer) expect(q.observer, q.id).toMatch(/^[a-z]/);
        expect(q.action, q.id).toBeTruthy();
      }
      expect(bank.questions.filter((q) => q.selfOnly).length).toBeLessThanOrEqual(2);
    });

    it('gives every dimension two measurable goals, the four kinds of action, one-question feedback prompts and a check-in', () => {
      for (const d of bank.dimensions) {
        const c = d.coaching;
        expect(typeof c.goal === 'object' && c.goal.start && c.goal.regular, d.id).toBeTruthy();
        expect([c.firstStep, c.habit, c.others, c.study].every(Boolean), d.id).toBe(true);
        expect(c.actions, d.id).toBeUndefined();
        expect(c.feedback.length, d.id).toBeGreaterThanOrEqual(2);
        for (const f of c.feedback) expect(f.ask.match(/\?/g)?.length, `${d.id}: ${f.ask}`).toBe(1);
        expect(c.checkIn.endsWith('?'), d.id).toBe(true);
      }
    });

    it('asks for feedback from the team, a manager, a peer and a customer', () => {
      const audiences = new Set(bank.dimensions.flatMap((d) => d.coaching.feedback.map((f) => f.to)));
      for (const to of ['team', 'manager', 'peer', 'customer'] as const) expect(audiences.has(to), to).toBe(true);
    });

    it('phrases feedback prompts by asking permission first', () => {
      for (const d of bank.dimensions) {
        for (const f of d.coaching.feedback)
          expect(f.ask, `${d.id}: ${f.ask}`).toMatch(/^(May I|Can I|Could I|Would you)/);
      }
    });

    it('writes questions in the first person, one sentence each', () => {
      for (const q of bank.questions) {
        expect(q.text, q.id).toMatch(/\b(I|my|me|My|we|our|Our|We|us)\b/);
        expect(q.text.replace(/"[^"]*"/g, '').match(/[.?!](\s|$)/g)?.length ?? 0, q.id).toBe(1);
      }
    });

    it('keeps question text free of control characters', () => {
      const text = readFileSync(join(BUILT_IN_DIR, `${id}.yaml`), 'utf8');
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    });
  });

  it('never repeats a question or an action across banks', () => {
    const seen = new Map<string, string>();
    for (const id of ids) {
      const result = parseBank(readFileSync(join(BUILT_IN_DIR, `${id}.yaml`), 'utf8'), `${id}.yaml`);
      if (!result.ok) continue;
      const { bank } = result.value;
      const texts = [
        ...bank.questions.flatMap((q) => [q.text, q.action ?? '']),
        ...bank.dimensions.flatMap((d) => [
          d.coaching.firstStep ?? '',
          d.coaching.habit ?? '',
          d.coaching.others ?? '',
          d.coaching.study ?? '',
        ]),
      ].filter(Boolean);
      for (const text of texts) {
        const key = text.toLowerCase().replace(/\W+/g, ' ').trim();
        expect(seen.get(key), `${id}: ${text}`).toBeUndefined();
        seen.set(key, id);
      }
    }
  });
});
