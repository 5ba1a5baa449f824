/**
 * The pieces that keep a file with a great many problems quick to report: zod given only what it
 * can say something about, issues whose text is made when written, and the written text cut into
 * pieces. Each gives what the plain way gives.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerIds } from '../../src/answers/answerIds.js';
import { answersFileSchema } from '../../src/answers/schema.js';
import { withoutUnknownAnswers } from '../../src/answers/schemaInput.js';
import { writePieces } from '../../src/cli/io/writePieces.js';
import { InputError } from '../../src/errors.js';
import { formatIssue, issueLines, sortIssues, type InputIssue } from '../../src/input/issue.js';
import { KeyIssue } from '../../src/input/keyIssue.js';
import { parseYaml } from '../../src/input/yamlSource.js';
import { fromZodIssues, PARSE_OPTIONS } from '../../src/input/zodIssues.js';

const issue = (line: number, col: number, message = `m${line}.${col}`, path = 'p'): InputIssue => ({
  file: 'a.yaml',
  line,
  col,
  path,
  message,
});

describe('an issue about a key, its text made when read', () => {
  it('reads as the issue issueAt gives, and formats the same', () => {
    const source = parseYaml('answers:\n  a1: 3\n  zz: 4\n', 'a.yaml');
    const lazy = source.keyIssueAt(['answers'], 'zz', '"', '" is not a question');
    const plain = source.issueAt(['answers', 'zz'], '"zz" is not a question', { key: true });
    expect(lazy).toBeInstanceOf(KeyIssue);
    expect((lazy as KeyIssue).toJSON()).toEqual(plain);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(plain);
    expect(formatIssue(lazy)).toBe('a.yaml:3:3 answers.zz: "zz" is not a question');
  });

  it('has the path formatPath gives, at the top level and below a list item', () => {
    expect(new KeyIssue('f', 1, 1, '', 'x', 'unknown key "', '"').path).toBe('x');
    expect(new KeyIssue('f', 1, 1, 'questions[2]', 'idd', '', '').path).toBe('questions[2].idd');
    expect(new KeyIssue('f', 1, 1, 'a', 'b', '<', '>').message).toBe('<b>');
  });
});

describe('zod, given only what it can say something about', () => {
  const known = new Set(['a1', 'a2']);

  it('keeps the answers to known questions, and others only where the value is wrong', () => {
    const raw = { bank: 'mini', answers: { zz: 3, a1: 2, yy: 'x', a2: 9, ww: null, vv: 2.5 }, extra: 1 };
    const result = withoutUnknownAnswers(raw, answerIds(raw), known);
    expect(result).toEqual({ bank: 'mini', answers: { a1: 2, yy: 'x', a2: 9, vv: 2.5 }, extra: 1 });
    expect(Object.keys(result as object)).toEqual(['bank', 'answers', 'extra']);
    expect(Object.keys((result as { answers: object }).answers)).toEqual(['a1', 'yy', 'a2', 'vv']);
  });

  it('gives the data itself when there is nothing to leave out, or no answers mapping', () => {
    const raw = { answers: { a1: 2, zz: 'x' } };
    expect(withoutUnknownAnswers(raw, answerIds(raw), known)).toBe(raw);
    const list = { answers: [1, 2] };
    expect(withoutUnknownAnswers(list, answerIds(list), known)).toBe(list);
    expect(withoutUnknownAnswers('text', [], known)).toBe('text');
  });

  it('leaves out a __proto__ id, which zod passes over, without touching the copy’s prototype', () => {
    const answers = JSON.parse('{"__proto__": "x", "zz": 3, "a1": 4}') as Record<string, unknown>;
    const result = withoutUnknownAnswers({ answers }, answerIds({ answers }), known) as { answers: object };
    expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
    expect(Object.keys(result.answers)).toEqual(['a1']);
  });

  it('reports the same problems as zod given every answer', () => {
    const raw = { answers: { zz: 'x', a1: 2, yy: 3, a2: 'na', xx: 1.5 }, respondant: 'Sam' };
    const source = parseYaml(JSON.stringify(raw), 'a.json');
    const all = answersFileSchema.safeParse(raw, { reportInput: true });
    const some = answersFileSchema.safeParse(withoutUnknownAnswers(raw, answerIds(raw), known), PARSE_OPTIONS);
    const issues = (parsed: typeof all) =>
      parsed.success ? [] : fromZodIssues(source, answersFileSchema, parsed.error.issues).map(formatIssue);
    expect(issues(some)).toEqual(issues(all));
    expect(issues(some)).toEqual([
      'a.json:1:18 answers.zz: expected a whole number on the scale, or na (does not apply)',
      'a.json:1:51 answers.xx: expected a whole number on the scale, or na (does not apply)',
      'a.json:1:56 respondant: unknown key "respondant" (did you mean "respondent"?)',
    ]);
  });

  it('lists the ids a file answers, in order, and none without an answers mapping', () => {
    expect(answerIds({ answers: { b: 1, a: 2 } })).toEqual(['b', 'a']);
    expect(answerIds({ answers: null })).toEqual([]);
    expect(answerIds(undefined)).toEqual([]);
  });
});

describe('issues in order, and written in pieces', () => {
  it('sorts into document order, ties kept in the order found, and copies a list in order', () => {
    const unsorted = [issue(3, 1), issue(1, 5, 'first'), issue(1, 5, 'second'), issue(1, 2)];
    expect(sortIssues(unsorted).map((i) => i.message)).toEqual(['m1.2', 'first', 'second', 'm3.1']);
    const sorted = [issue(1, 1), issue(1, 1, 'tie'), issue(2, 1)];
    const copy = sortIssues(sorted);
    expect(copy).toEqual(sorted);
    expect(copy).not.toBe(sorted);
  });

  it('gives every formatted line, each ending in a newline, in pieces of a bounded length', () => {
    const many = Array.from({ length: 5000 }, (_, i) => issue(i + 1, 3, `"k${i}" is not a question\u001b`));
    many.push(issue(5001, 1, 'the whole file', ''));
    const pieces = [...issueLines(many)];
    expect(pieces.join('')).toBe(`${many.map(formatIssue).join('\n')}\n`);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.endsWith('\n')).toBe(true);
      expect(piece.length).toBeLessThan(40_000);
    }
    expect(pieces[0]).toContain('\\x1b');
    expect([...issueLines([])]).toEqual([]);
  });

  it('keeps the message of an InputError: every issue, one line each', () => {
    const error = new InputError([issue(1, 2, 'one'), issue(3, 4, 'two\u202e', '')]);
    expect(error.message).toBe('a.yaml:1:2 p: one\na.yaml:3:4 two\\u202e');
    expect(String(error)).toBe(`InputError: ${error.message}`);
  });

  it('writes every piece in order, each once the stream has taken the one before', async () => {
    let written = '';
    const stream = new Writable({
      highWaterMark: 8,
      write(chunk, _encoding, done) {
        written += String(chunk);
        setImmediate(done);
      },
    });
    const waiting: number[] = [];
    const write = stream.write.bind(stream);
    stream.write = ((chunk: string) => (waiting.push(stream.writableLength), write(chunk))) as typeof stream.write;
    await writePieces(stream, ['first piece\n', 'second piece\n', 'third\n']);
    expect(written).toBe('first piece\nsecond piece\nthird\n');
    expect(waiting).toEqual([0, 0, 0]);
  });

  it('stops waiting, and writing, when the stream fails', async () => {
    const taken: string[] = [];
    const stream = new Writable({
      highWaterMark: 1,
      write(chunk, _encoding, done) {
        taken.push(String(chunk));
        setImmediate(() => done(new Error('gone')));
      },
    });
    stream.on('error', () => {});
    await expect(writePieces(stream, ['a\n', 'b\n'])).resolves.toBeUndefined();
    expect(taken).toEqual(['a\n']);
  });
});
