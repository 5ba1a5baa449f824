import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { simpleYaml } from '../../src/input/simpleYaml.js';

const yaml = (text: string): unknown => {
  try {
    return parse(text, { uniqueKeys: true });
  } catch {
    return 'YAML refuses it';
  }
};

// Spaces JavaScript's \s and trim() take for white space, and YAML reads as text.
const UNICODE_SPACES = [
  '\u00a0',
  '\u1680',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];

describe('simpleYaml', () => {
  it('reads the plain shape of an answers file, comments and CRLF included', () => {
    const text =
      "# Sam's answers\r\nrespondent: Sam Lee   # the leader\r\nanswers:\r\n  a1: 4\r\n  a2: 2 # reverse-keyed\r\n\r\nreflections:\r\n  r1: Our biggest accounts are sharp; the newest, a blur.\r\n";
    const expected = {
      respondent: 'Sam Lee',
      answers: { a1: 4, a2: 2 },
      reflections: { r1: 'Our biggest accounts are sharp; the newest, a blur.' },
    };
    expect(simpleYaml(text)).toEqual(expected);
    expect(yaml(text)).toEqual(expected);
  });

  it('leaves everything else to the YAML parser', () => {
    for (const text of [
      'respondent: "Sam"', // quotes
      'answers: { a1: 4 }', // flow style
      'answers:\n  - 4', // a list
      'respondent: yes', // a word YAML 1.1 reads as true
      'respondent: 1e3', // a number in another notation
      'respondent: 007', // a number YAML reads differently
      'respondent: Sam\n  Lee', // a folded line
      'answers:\n    a1: 4\n  a2: 3', // uneven indentation
      'answers:\n\ta1: 4', // a tab
      'answers:', // an empty block, which is null
      'a1: 4\na1: 5', // a repeated key
      '1: 4', // a key YAML reads as a number
      'null: 4', // a key YAML reads as null
      '---\na1: 4', // a document marker
      'respondent: C#', // # not starting a comment
      'respondent: Sam: Lee', // a colon and a space inside the value
      'respondent: Sam\rLee', // a lone carriage return
      '&a respondent: Sam', // an anchor
    ]) {
      expect(simpleYaml(text), text).toBeUndefined();
    }
  });

  it('trims only what YAML trims: spaces and tabs, not Unicode spaces', () => {
    // U+FEFF is left to YAML whole (a byte-order mark has rules of its own).
    for (const space of UNICODE_SPACES.filter((c) => c !== '\ufeff')) {
      const text = `respondent: Sam Lee${space} # the leader\nanswers:\n  a1: 4\nreflections:\n  r1: ${space}Sure${space}\n`;
      const expected = {
        respondent: `Sam Lee${space}`,
        answers: { a1: 4 },
        reflections: { r1: `${space}Sure${space}` },
      };
      expect(yaml(text), JSON.stringify(space)).toEqual(expected);
      expect(simpleYaml(text), JSON.stringify(space)).toEqual(expected);
      // After a Unicode space, # is text, not a comment: YAML's to read.
      expect(simpleYaml(`respondent: Sam${space}# Lee`)).toBeUndefined();
    }
  });

  it('whatever it reads is what the YAML parser reads', () => {
    const key = fc.oneof(
      fc.constantFrom('a1', 'b2', 'respondent', 'answers', 'constructor', 'true', 'x_y-z'),
      fc.string({ maxLength: 5 }),
    );
    const scalar = fc.oneof(
      fc.integer({ min: -9, max: 99 }),
      fc.string({ maxLength: 10 }),
      fc.constantFrom('Sam Lee', 'no', 'null', '3.5', '-', 'a # b', 'ü ß'),
      fc.boolean(),
      fc.constant(null),
    );
    const data = fc.dictionary(key, fc.oneof(scalar, fc.dictionary(key, scalar, { maxKeys: 4 })), { maxKeys: 5 });
    // Text written by the YAML library, and text typed by hand with its quirks.
    const typed = fc
      .array(
        fc.tuple(
          fc.constantFrom('', '  ', '   ', '\t'),
          key,
          fc.constantFrom(':', ': ', ':  ', ' :'),
          fc.oneof(scalar.map(String), fc.string({ maxLength: 8 })),
          fc.constantFrom('', ' # note', '#x', '\r', ...UNICODE_SPACES, ...UNICODE_SPACES.map((c) => `${c}# note`)),
        ),
        { maxLength: 8 },
      )
      .map((lines) =>
        lines.map(([indent, k, colon, value, tail]) => `${indent}${k}${colon}${value}${tail}`).join('\n'),
      );
    // Files shaped as people write them: words, whole numbers, comments, CRLF, any indentation.
    const word = fc.constantFrom(
      'Sam',
      'Lee',
      'we',
      'listen',
      'ü',
      '3rd',
      'x:y',
      'a#b',
      'it’s',
      '-',
      'no',
      '1.5',
      'true',
      ...UNICODE_SPACES,
    );
    // Words apart, or at an edge, with a space or a Unicode space that YAML keeps as text.
    const gap = fc.constantFrom(' ', ' ', ...UNICODE_SPACES);
    const text = fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 4 }).chain((words) =>
      fc.tuple(fc.constantFrom('', ...UNICODE_SPACES), fc.constantFrom('', ...UNICODE_SPACES)).map(
        ([before, after]) =>
          `${before}${words
            .map(([w, g]) => w + g)
            .join('')
            .slice(0, -1)}${after}`,
      ),
    );
    const value = fc.oneof(fc.integer({ min: -3, max: 120 }), text);
    const comment = fc.constantFrom('', '', ' # note', '  #', ' #x: y');
    const plausible = fc
      .record({
        top: fc.array(fc.tuple(fc.constantFrom('respondent', 'bank', 'group', 'extra'), value, comment), {
          maxLength: 3,
        }),
        blocks: fc.array(
          fc.tuple(
            fc.constantFrom('answers', 'reflections'),
            fc.array(fc.tuple(fc.constantFrom('a1', 'a2', 'b1', 'r1'), value, comment), { maxLength: 4 }),
          ),
          { maxLength: 2 },
        ),
        indent: fc.constantFrom('  ', '    ', ' '),
        newline: fc.constantFrom('\n', '\r\n'),
      })
      .map(({ top, blocks, indent, newline }) =>
        [
          ...top.map(([k, v, c]) => `${k}: ${v}${c}`),
          ...blocks.flatMap(([k, lines]) => [`${k}:`, ...lines.map(([id, v, c]) => `${indent}${id}: ${v}${c}`)]),
        ].join(newline),
      );
    let read = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          data.map((d) => stringify(d)),
          typed,
          plausible,
          plausible,
        ),
        (text) => {
          const value = simpleYaml(text);
          if (value === undefined) return;
          read++;
          expect(value).toEqual(yaml(text));
        },
      ),
      { numRuns: 5000 },
    );
    // The property says something only if many texts are read, not all left to YAML.
    expect(read).toBeGreaterThan(250);
  });
});
