/** What a coach needs to collect answers elsewhere: `show`, `template`, and the item-level debrief. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadlens, shippedBank } from './run.js';

const bank = shippedBank('listen-respond');
const tmp = mkdtempSync(join(tmpdir(), 'leadlens-show-'));

describe('leadlens show', () => {
  it('prints the scale, every dimension and every question, within 80 columns', () => {
    const run = leadlens(['show', 'listen-respond']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('In the last three months, how often did you do this?');
    for (const d of bank.dimensions) expect(run.stdout).toContain(`${d.title} (${d.id})`);
    const flat = run.stdout.replace(/\s+/g, ' ');
    for (const q of bank.questions) expect(flat).toContain(q.text);
    for (const line of run.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('--observer shows the third-person wording and leaves self-only questions out', () => {
    const out = JSON.parse(leadlens(['show', 'listen-respond', '--observer', '-f', 'json']).stdout);
    expect(out.form).toBe('observer');
    const shown = out.dimensions.flatMap((d: { questions: { id: string; text: string }[] }) => d.questions);
    const seen = bank.questions.filter((q) => !q.selfOnly);
    expect(shown.map((q: { id: string }) => q.id)).toEqual(seen.map((q) => q.id));
    expect(shown[0].text).toBe(`This leader ${seen[0]!.observer}`);
    expect(out.reflections).toEqual([]);
  });

  it('prints markdown, and refuses an unknown format', () => {
    const md = leadlens(['show', 'listen-respond', '-f', 'markdown']).stdout;
    expect(md).toMatch(/^## Listening and responding to customers/);
    expect(md).toContain(`| \`${bank.questions[0]!.id}\` |`);
    const bad = leadlens(['show', 'listen-respond', '-f', 'yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('leadlens: unknown format "yaml"; expected text, markdown or json');
  });
});

describe('leadlens template', () => {
  it('prints a blank answers file that, filled in, scores as given', () => {
    const template = leadlens(['template', 'listen-respond']).stdout;
    for (const q of bank.questions) expect(template).toContain(`  ${q.id}:    # ${q.text}`);
    // Left blank, it is a valid file with nothing answered.
    const blank = join(tmp, 'blank.yaml');
    writeFileSync(blank, template);
    const empty = leadlens(['take', 'listen-respond', '--answers', blank, '-f', 'json', '--no-save']);
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout).answers).toEqual({});
    // Filled in: every question answered 4, the first "does not apply".
    const filled = join(tmp, 'filled.yaml');
    writeFileSync(
      filled,
      template.replace(
        /^( {2}[a-z0-9-]+):( {4}#)/gm,
        (_, id, rest) => `${id}: ${id.trim() === bank.questions[0]!.id ? 'na' : 4}${rest}`,
      ),
    );
    const result = JSON.parse(
      leadlens(['take', 'listen-respond', '--answers', filled, '-f', 'json', '--no-save']).stdout,
    );
    expect(result.notApplicable).toEqual([bank.questions[0]!.id]);
    expect(Object.keys(result.answers)).toHaveLength(bank.questions.length - 1);
  });

  it('--csv prints the cohort header: respondent, then the question ids', () => {
    const header = leadlens(['template', 'listen-respond', '--csv']).stdout;
    expect(header).toBe(`respondent,${bank.questions.map((q) => q.id).join(',')}\r\n`);
    const cohort = join(tmp, 'cohort.csv');
    writeFileSync(cohort, `${header}Ann,${bank.questions.map(() => '3').join(',')}\r\n`);
    const run = leadlens(['score', '--bank', 'listen-respond', '--csv', cohort, '-f', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).respondents[0].overall.score).toBe(50);
  });

  it('--observer --csv adds a group column and leaves self-only questions out', () => {
    const header = leadlens(['template', 'listen-respond', '--csv', '--observer']).stdout;
    expect(header).toBe(
      `respondent,group,${bank.questions
        .filter((q) => !q.selfOnly)
        .map((q) => q.id)
        .join(',')}\r\n`,
    );
  });
});

describe('the item-level debrief', () => {
  const answers = join(tmp, 'debrief.yaml');
  writeFileSync(
    answers,
    `answers:\n${bank.questions.map((q, i) => `  ${q.id}: ${i === 0 ? 'na' : i === 1 ? '' : 2}`).join('\n')}\n`,
  );

  it('markdown and html list every question with the answer given, by dimension', () => {
    const md = leadlens(['take', 'listen-respond', '--answers', answers, '-f', 'markdown', '--no-save']).stdout;
    expect(md).toContain('### Your answers: Listening and responding to customers');
    expect(md).toContain(
      `- ${bank.questions[0]!.text.replace(/([\\`*_[\]|<>])/g, '\\$1')} — *Does not apply to my role*`,
    );
    expect(md).toContain(' — *not answered*');
    expect(md).toContain(' — *Rarely*');
    const html = leadlens(['take', 'listen-respond', '--answers', answers, '-f', 'html', '--no-save']).stdout;
    expect(html).toContain('<h2>Your answers: Listening and responding to customers</h2>');
    expect(html.match(/<table class="items">/g)).toHaveLength(bank.dimensions.length);
  });

  it('json has every item; the text report lists them with --items only', () => {
    const json = JSON.parse(
      leadlens(['take', 'listen-respond', '--answers', answers, '-f', 'json', '--no-save']).stdout,
    );
    expect(json.items).toHaveLength(bank.questions.length);
    expect(json.items[0]).toMatchObject({
      id: bank.questions[0]!.id,
      answer: null,
      label: 'Does not apply to my role',
      notApplicable: true,
    });
    expect(json.items[1]).toMatchObject({ answer: null, label: null, notApplicable: false });
    expect(json.items[2]).toMatchObject({ answer: 2, label: 'Rarely' });
    const plain = leadlens(['take', 'listen-respond', '--answers', answers, '--no-save']).stdout;
    expect(plain).not.toContain('Your answers:');
    const items = leadlens(['take', 'listen-respond', '--answers', answers, '--no-save', '--items']).stdout;
    expect(items).toContain('Your answers: Listening and responding to customers');
    expect(items.replace(/\s+/g, ' ')).toContain(`${bank.questions[2]!.text} — Rarely`);
  });
});
