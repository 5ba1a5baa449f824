import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../../src/bank/schema.js';
import { BUILT_IN_DIR, builtInBankIds } from '../../src/bank/load.js';
import { parseBank } from '../../src/bank/parse.js';
import { formatIssue } from '../../src/input/issue.js';

const ids = builtInBankIds();

describe('shipped banks', () => {
  it('ships the six banks from the sources', () => {
    expect(ids).toEqual(['customer-lens', 'hidden-leader', 'leader-as-coach', 'leader-behaviours', 'listen-respond', 'servant-leader']);
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
      for (const d of bank.dimensions) expect(bank.questions.filter((q) => q.dimension === d.id).length, d.id).toBeGreaterThanOrEqual(3);
    });

    it('has reverse-keyed questions, but no more than a third', () => {
      const reversed = bank.questions.filter((q) => q.reverse).length;
      expect(reversed).toBeGreaterThanOrEqual(1);
      expect(reversed * 3).toBeLessThanOrEqual(bank.questions.length);
    });

    it('gives every dimension a goal, actions of all three kinds, two feedback prompts and a check-in', () => {
      for (const d of bank.dimensions) {
        expect(new Set(d.coaching.actions.map((a) => a.type)), d.id).toEqual(new Set(ACTION_TYPES));
        expect(d.coaching.feedback.length, d.id).toBeGreaterThanOrEqual(2);
        expect(d.coaching.checkIn.endsWith('?'), d.id).toBe(true);
      }
    });

    it('phrases feedback prompts by asking permission first', () => {
      for (const d of bank.dimensions) {
        for (const f of d.coaching.feedback) expect(f.ask, `${d.id}: ${f.ask}`).toMatch(/^(May I|Can I|Could I|Would you)/);
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
});
