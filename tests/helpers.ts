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

/** The same bank in the version-2 format: a frequency scale, "does not apply", observer wording, per-question actions. */
export const MINI_BANK_V2 = `id: mini
title: Mini bank
version: "2.0"
description: A bank for tests.
source:
  title: Test source
  note: Not a validated instrument.
scale:
  min: 1
  max: 5
  stem: In the last three months, how often did you do this?
  observerStem: In the last three months, how often did {name} do this?
  labels: [Never, Rarely, Sometimes, Often, Almost always]
  notApplicable: Does not apply to my role
dimensions:
  - id: alpha
    title: Alpha
    description: First.
    coaching: &coaching
      goal: { start: Start alpha., regular: Regular alpha. }
      firstStep: Count a.
      habit: Do a weekly.
      others: Ask b.
      study: Read c.
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
  - { id: a1, dimension: alpha, text: I did a one., observer: did a one., action: Try a one. }
  - { id: a2, dimension: alpha, text: I did a two., observer: did a two., action: Try a two., reverse: true }
  - { id: a3, dimension: alpha, text: I did a three., selfOnly: true, action: Try a three. }
  - { id: b1, dimension: beta, text: I did b one., observer: did b one., action: Try b one. }
  - { id: b2, dimension: beta, text: I did b two., observer: did b two., action: Try b two. }
  - { id: b3, dimension: beta, text: I did b three., observer: did b three., action: Try b three. }
reflections:
  - { id: r1, dimension: beta, text: Why? }
`;
