import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { options, renderCohort, renderSingle, result, type People } from '../formatsFixture.js';
import { schemaErrors } from '../resultSchema.js';

const tmp = mkdtempSync(join(tmpdir(), 'leadlens-formats-'));

describe('json', () => {
  const check = schemaErrors;

  it('a single result validates against docs/result.schema.json', async () => {
    expect(check(JSON.parse(await renderSingle('json')))).toEqual([]);
  });

  it('a cohort validates, with every respondent and the summary', async () => {
    const cohort = JSON.parse(await renderCohort('json'));
    expect(check(cohort)).toEqual([]);
    expect(cohort.kind).toBe('cohort');
    expect(cohort.respondents.map((r: { respondent: string }) => r.respondent)).toEqual(['Ann', 'Bo, Jr.', 'Cy\u0007']);
    expect(cohort.summary).toMatchObject({ respondents: 3, skipped: 1, belowThreshold: 1 });
  });

  it('the schema can fail: a result missing its overall score does not validate', async () => {
    const broken = JSON.parse(await renderSingle('json'));
    delete broken.overall;
    expect(check(broken)).not.toEqual([]);
  });
});

describe('csv', () => {
  const parse = (text: string) => Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' }).data;

  it('one row per respondent, means and scores per dimension, then overall and flags', async () => {
    const rows = parse(await renderCohort('csv'));
    expect(rows[0]).toEqual([
      'respondent',
      'alpha.mean',
      'alpha.score',
      'beta.mean',
      'beta.score',
      'overall.score',
      'flags',
    ]);
    expect(rows[1]).toEqual(['Ann', '4', '75', '3', '50', '63', '']);
    expect(rows[2]).toEqual(['Bo, Jr.', '2', '25', '5', '100', '63', '']);
    expect(rows[3]).toEqual(['Cy\\x07', '3', '50', '', '', '50', 'insufficient:beta']); // the bell character, shown inert
    expect(rows).toHaveLength(4);
  });

  it('a single result is the same shape', async () => {
    expect(parse(await renderSingle('csv'))).toEqual([
      ['respondent', 'alpha.mean', 'alpha.score', 'beta.mean', 'beta.score', 'overall.score', 'flags'],
      ['Sam <& "Co">', '4', '75', '1.67', '17', '46', ''],
    ]);
  });
});

describe('junit', () => {
  const xsd = new URL('../fixtures/junit-10.xsd', import.meta.url).pathname;
  const validates = (xml: string, name: string) => {
    const file = join(tmp, name);
    writeFileSync(file, xml);
    return execFileSync('xmllint', ['--noout', '--schema', xsd, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  };

  it('validates against junit-10.xsd (Jenkins xunit), one suite per respondent', async () => {
    const xml = await renderCohort('junit');
    expect(() => validates(xml, 'cohort.xml')).not.toThrow();
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml.match(/<testcase /g)).toHaveLength(9);
  });

  it('fails a case below its threshold and skips one that could not be scored', async () => {
    const xml = await renderSingle('junit');
    expect(() => validates(xml, 'single.xml')).not.toThrow();
    expect(xml).toContain(
      '<testsuite name="mini: Sam &lt;&amp; &quot;Co&quot;&gt;" tests="3" failures="1" errors="0" skipped="0"',
    );
    expect(xml).toContain('<failure type="threshold" message="17 is below 30">');
    const cohort = await renderCohort('junit');
    expect(cohort).toContain('name="mini: Cy" tests="3" failures="2" errors="0" skipped="0"'); // beta cannot be judged: it fails, and so does overall
  });

  it('strips control characters that XML 1.0 forbids', async () => {
    expect(await renderCohort('junit')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('the schema check can fail', async () => {
    expect(() => validates('<testsuites><testsuite name="x"/></testsuites>', 'bad.xml')).toThrow();
  });

  it("names the bank's file on every suite, as annotations are placed by it", async () => {
    const withFile = { ...options, bankFiles: { mini: 'banks/mini & co.yaml' } };
    const single = await renderSingle('junit', withFile);
    expect(() => validates(single, 'file.xml')).not.toThrow();
    expect(single).toMatch(/<testsuite name="mini: Sam [^>]* file="banks\/mini &amp; co.yaml">/);
    const cohort = await renderCohort('junit', undefined, withFile);
    expect(cohort.match(/<testsuite [^>]* file="banks\/mini &amp; co.yaml">/g)).toHaveLength(3);
  });

  it('makes repeated names unique, "Ann (2)", and says so once each', async () => {
    const said: string[] = [];
    const ann = { a1: 4, a2: 2, b1: 2, b2: 5 };
    const people: People = [
      ['Ann', ann],
      ['Ann', ann],
      ['Ann (2)', ann], // taken already: the next free number
      ['Ann\u0007', ann], // what a reader sees is "Ann"
      ['Bo', ann],
    ];
    const xml = await renderCohort('junit', people, { ...options, warn: (m) => said.push(m) });
    expect(() => validates(xml, 'repeated.xml')).not.toThrow();
    expect([...xml.matchAll(/<testsuite name="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'mini: Ann',
      'mini: Ann (2)',
      'mini: Ann (2) (2)',
      'mini: Ann (3)',
      'mini: Bo',
    ]);
    // The respondent property keeps the name as given.
    expect(xml.match(/<property name="respondent" value="Ann"\/>/g)).toHaveLength(3);
    expect(said).toEqual([
      'junit: two suites would be named "mini: Ann"; the later one is "mini: Ann (2)", as test report readers keep one of a name',
      'junit: two suites would be named "mini: Ann (2)"; the later one is "mini: Ann (2) (2)", as test report readers keep one of a name',
      'junit: two suites would be named "mini: Ann"; the later one is "mini: Ann (3)", as test report readers keep one of a name',
    ]);
  });

  it('says the first ten renamings, then how many more', async () => {
    const said: string[] = [];
    const people: People = Array.from({ length: 14 }, () => ['Ann', { a1: 3, a2: 3, b1: 3, b2: 3 }]);
    const xml = await renderCohort('junit', people, { ...options, warn: (m) => said.push(m) });
    expect(xml).toContain('name="mini: Ann (14)"');
    expect(said).toHaveLength(11);
    expect(said[10]).toBe('junit: …and 3 more repeated names made unique the same way');
  });

  describe('--junit-summary', () => {
    const summary = { ...options, junitSummary: true, bankFiles: { mini: 'mini.yaml' } };

    it('one suite for the cohort: a case per dimension and overall, with mean, spread and who fell below', async () => {
      const xml = await renderCohort('junit', undefined, summary);
      expect(() => validates(xml, 'summary.xml')).not.toThrow();
      expect(xml.match(/<testsuite /g)).toHaveLength(1);
      expect(xml).toContain(
        '<testsuite name="mini: cohort" tests="3" failures="2" errors="0" skipped="0" time="0" timestamp="2026-01-02T03:04:05" file="mini.yaml">',
      );
      expect(xml).toContain('<property name="respondents" value="3"/>');
      expect(xml).toContain('<property name="skippedRows" value="1"/>');
      expect(xml).toContain(
        '<testcase classname="leadlens.mini" name="alpha: Alpha" time="0"><system-out>mean 50, min 25, max 75 over 3 respondents</system-out></testcase>',
      );
      // Cy answered too little of beta to judge it, and so the overall gate fails for Cy as well.
      expect(xml).toContain(
        '<testcase classname="leadlens.mini" name="beta: Beta" time="0"><failure type="threshold" message="1 respondent with too few answers to judge (of 3 respondents)">',
      );
      expect(xml).toContain(
        '<system-out>mean 75, min 50, max 100 over 2 respondents; 1 respondent not scored (too few answers); threshold 30</system-out>',
      );
      expect(xml).toMatch(
        /name="overall" time="0"><failure type="threshold" message="1 respondent with too few answers to judge/,
      );
    });

    it('counts those below a threshold, and gives a spread from five scores', async () => {
      const people: People = [1, 2, 3, 4, 5, 5].map((v, i) => [`P${i}`, { a1: v, a2: 6 - v, b1: v, b2: v }]);
      const xml = await renderCohort('junit', people, { ...summary, thresholds: { dimensions: { alpha: 50 } } });
      expect(() => validates(xml, 'below.xml')).not.toThrow();
      expect(xml).toContain('failures="1" errors="0" skipped="0"');
      expect(xml).toContain('<failure type="threshold" message="2 respondents below 50 (of 6 respondents)">');
      expect(xml).toMatch(
        /name="alpha: Alpha" time="0"><failure[^]*?mean 58\.33, sd 40\.82, min 0, max 100 over 6 respondents; threshold 50/,
      );
    });

    it('stays the same size whatever the size of the cohort', async () => {
      const cohort = (n: number): People =>
        Array.from({ length: n }, (_, i) => [
          `P${i}`,
          { a1: 1 + (i % 5), a2: 1 + ((i * 3) % 5), b1: 3, b2: 1 + (i % 2) },
        ]);
      const small = await renderCohort('junit', cohort(10), summary);
      const large = await renderCohort('junit', cohort(5000), summary);
      expect(Math.abs(large.length - small.length)).toBeLessThan(60);
      expect(large.length).toBeLessThan(2000);
      const perRespondent = await renderCohort('junit', cohort(5000), { ...options, junitSummary: false });
      expect(perRespondent.length).toBeGreaterThan(1000 * large.length);
    });
  });
});

describe('markdown', () => {
  it('a table of dimensions, then the plan', async () => {
    const md = await renderSingle('markdown');
    expect(md).toContain('## Mini bank — Sam <& "Co">'.replace('<', '\\<').replace('>', '\\>'));
    expect(md).toContain('| Alpha | 75 | strength |');
    expect(md).toContain('| Beta | 17 | development area |');
    expect(md).toContain('**Below threshold:** beta: 17 is below 30');
    expect(md).toContain('| Days 1–30 | **On the job:** Do a. |');
    expect(md).toContain('- **Ask your team:** “May I ask x?”');
  });

  it('a cohort: statistics per dimension and a row per respondent', async () => {
    const md = await renderCohort('markdown');
    expect(md).toContain('| Alpha | 3 | 50.0 | – | 25 | 75 | – | 0 |'); // three people: too few for a spread or alpha
    expect(md).toContain(
      '*alpha: too few to say for alpha, beta (it needs 10 people who answered every item; standard deviations need 5 scores).*',
    );
    expect(md).toContain('| Bo, Jr. | 25 | 100 | 63 |  |');
    expect(md).toContain('| Cy\\\\x07 | 50 | – | 50 | insufficient:beta below:beta below:overall |'); // the bell character, shown inert
  });
});

describe('html', () => {
  let page = '';
  beforeAll(async () => {
    page = await renderSingle('html');
  });

  it('is one self-contained file: inline style and SVG, no scripts, nothing fetched', async () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<style>');
    expect(page).toMatch(/<svg [^>]*role="img"/);
    expect(page).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(page.match(/https?:\/\/[^"'\s]+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('shows bars, bands, plan and provenance, with text escaped', async () => {
    expect(page).toContain('<title>Mini bank — Sam &lt;&amp; &quot;Co&quot;&gt;</title>');
    expect(page).toMatch(/<rect class="bar strength" x="300" y="\d+" width="255.0"/); // 75% of 340
    expect(page).toContain('<span class="band development">development area</span>');
    expect(page).toContain('Your 90-day plan');
    expect(page).toContain('Not a validated instrument.');
    expect(page).toContain('@media print');
  });

  it('a cohort: mean bars with spread, statistics and respondents', async () => {
    const cohort = await renderCohort('html');
    expect(cohort).not.toContain('<line class="whisker"'); // no spread from three people
    expect(cohort).toContain('alpha: too few to say for alpha, beta');
    expect(cohort).toContain('<td>Bo, Jr.</td>');
    expect(result.respondent).toBe('Sam <& "Co">');
  });
});
