import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/bank/parse.js';
import { formatIssue } from '../../src/input/issue.js';
import { MINI_BANK, parsed } from '../helpers.js';

function issuesOf(text: string) {
  const result = parseBank(text, 'x.yaml');
  if (result.ok) throw new Error('expected the bank to be refused');
  return result.issues.map(formatIssue);
}

/** MINI_BANK with one line replaced; fails loudly if the line is not there. */
function edit(from: string, to: string, text = MINI_BANK): string {
  if (!text.includes(from)) throw new Error(`no line ${from}`);
  return text.replace(from, to);
}

describe('parseBank', () => {
  it('accepts a valid bank and fills in defaults', () => {
    const { bank, contentHash } = parsed();
    expect(bank.scale).toEqual({
      min: 1,
      max: 5,
      labels: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
    });
    expect(bank.bands).toEqual({ solid: 50, strength: 75 });
    expect(bank.questions[0]).toEqual({
      id: 'a1',
      dimension: 'alpha',
      text: 'A one.',
      selfOnly: false,
      reverse: false,
      weight: 1,
    });
    expect(contentHash).toMatch(/^sha256:/);
  });

  it('keeps the content hash when only comments and layout change', () => {
    const a = parsed().contentHash;
    const b = parsed(`# a comment\n${MINI_BANK.replace('title: Mini bank', 'title:   "Mini bank"')}`).contentHash;
    const c = parsed(MINI_BANK.replace('text: A one.', 'text: A first.')).contentHash;
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('points at an unknown key and suggests the right one', () => {
    expect(
      issuesOf(
        edit(
          '  - { id: a2, dimension: alpha, text: A two., reverse: true }',
          '  - { id: a2, dimension: alpha, text: A two., revrse: true }',
        ),
      ),
    ).toEqual(['x.yaml:30:47 questions[1].revrse: unknown key "revrse" (did you mean "reverse"?)']);
  });

  it('names a misspelt dimension and the ones that exist', () => {
    expect(issuesOf(edit('{ id: b2, dimension: beta,', '{ id: b2, dimension: betta,'))).toEqual([
      'x.yaml:32:26 questions[3].dimension: "betta" is not a dimension of this bank (alpha, beta) (did you mean "beta"?)',
    ]);
  });

  it('points at the parent of a missing key', () => {
    expect(issuesOf(edit('description: A bank for tests.\n', ''))).toEqual([
      'x.yaml:1:1 missing required key "description" (text)',
    ]);
  });

  it('says what type was expected and what was found', () => {
    expect(issuesOf(edit('version: "1.0"', 'version: 1.0'))).toEqual([
      'x.yaml:3:10 version: expected a version in quotes, such as "1.0.0"',
    ]);
    expect(issuesOf(edit('text: A one. }', 'text: [A, one] }'))).toEqual([
      'x.yaml:29:39 questions[0].text: expected text',
    ]);
  });

  it('refuses a weight that is not positive', () => {
    expect(issuesOf(edit('weight: 2', 'weight: 0'))).toEqual([
      'x.yaml:31:54 questions[2].weight: expected a number greater than 0, got 0',
    ]);
  });

  it('refuses duplicate ids across dimensions, questions and reflections', () => {
    expect(issuesOf(edit('{ id: r1, text: Why? }', '{ id: alpha, text: Why? }'))).toEqual([
      'x.yaml:34:11 reflections[0].id: duplicate id "alpha" (already used at line 9)',
    ]);
  });

  it('refuses a dimension without questions', () => {
    const text = edit(
      '  - { id: b1, dimension: beta, text: B one., weight: 2 }\n  - { id: b2, dimension: beta, text: B two. }\n',
      '',
    );
    expect(issuesOf(text)).toEqual(['x.yaml:24:9 dimensions[1].id: dimension "beta" has no questions']);
  });

  it('checks that scale labels match the scale points', () => {
    const text = edit('dimensions:\n', 'scale:\n  min: 1\n  max: 4\n  labels: [No, Maybe, Yes]\ndimensions:\n');
    expect(issuesOf(text)).toEqual(['x.yaml:11:11 scale.labels: expected 4 labels for a 1–4 scale, got 3']);
  });

  it('checks that bands are in order', () => {
    expect(issuesOf(edit('dimensions:\n', 'bands: { solid: 70, strength: 60 }\ndimensions:\n'))).toEqual([
      'x.yaml:8:31 bands.strength: expected strength to be above solid (70), got 60',
    ]);
  });

  it('reports every problem at once, in document order', () => {
    let text = edit('version: "1.0"', 'version: 1.0');
    text = edit('{ id: b2, dimension: beta,', '{ id: b2, dimension: betta,', text);
    text = edit('- { type: study, text: Read c. }', '- { type: reading, text: Read c. }', text);
    const lines = issuesOf(text).map((line) => line.split(' ')[0]);
    // The study action sits in an anchor that beta reuses through an alias: both places are named.
    expect(lines).toEqual(['x.yaml:3:10', 'x.yaml:17:19', 'x.yaml:27:15', 'x.yaml:32:26']);
  });

  it('reports YAML syntax errors with their position', () => {
    expect(issuesOf('id: x\ntitle: [unclosed\n')).toEqual([expect.stringMatching(/^x\.yaml:3:1 /)]);
    expect(issuesOf('id: x\nid: y\n')).toEqual(['x.yaml:2:1 Map keys must be unique']);
  });

  it('refuses an empty file and a document that is not a mapping', () => {
    expect(issuesOf('')).toEqual(['x.yaml:1:1 the file is empty; expected a question bank']);
    expect(issuesOf('- a\n- b\n')).toEqual(['x.yaml:1:1 expected a mapping of keys to values, got a list']);
  });

  it('refuses __proto__ as a key instead of letting it through', () => {
    const issues = issuesOf(edit('id: mini\n', 'id: mini\n__proto__: { polluted: true }\n'));
    expect(issues).toEqual([
      'x.yaml:2:1 __proto__: unknown key "__proto__" (expected one of: $schema, id, title, version, description, source, scale, bands, dimensions, questions, reflections)',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
