/** Small builders shared by the unit tests. */
import { parseBank } from '../src/bank/parse.js';
import type { ParsedBank } from '../src/bank/parse.js';

/** A tiny valid bank as YAML; `patch` replaces whole lines by their text. */
export const MINI_BANK = `id: mini
title: Mini bank
version: "1.0"
description: A bank for tests.
source:
  title: Test source
  note: Not a validated instrument.
dimensions:
  - id: alpha
    title: Alpha
    description: First.
    coaching: &coaching
      goal: Alpha goal.
      actions:
        - { type: practice, text: Do a. }
        - { type: others, text: Ask b. }
        - { type: study, text: Read c. }
      feedback:
        - { to: team, ask: May I ask x? }
        - { to: customer, ask: May I ask y? }
      checkIn: Did I?
      keepDoing: Keep it.
      recognition: Thank them.
  - id: beta
    title: Beta
    description: Second.
    coaching: *coaching
questions:
  - { id: a1, dimension: alpha, text: A one. }
  - { id: a2, dimension: alpha, text: A two., reverse: true }
  - { id: b1, dimension: beta, text: B one., weight: 2 }
  - { id: b2, dimension: beta, text: B two. }
reflections:
  - { id: r1, text: Why? }
`;

export function parsed(text = MINI_BANK): ParsedBank {
  const result = parseBank(text, 'mini.yaml');
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.line}:${i.col} ${i.path}: ${i.message}`).join('\n'));
  return result.value;
}
