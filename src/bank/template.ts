/** The bank `leadlens init` writes: valid as it stands, with comments that explain each part. */
export function bankTemplate(id: string): string {
  return `# A leadlens question bank. Check it with: leadlens validate ${id}.yaml
# Try it with:                              leadlens take ./${id}.yaml
# Completion in editors (YAML language server): run \`leadlens schema > bank.schema.json\` here,
# then add this line at the top:  # yaml-language-server: $schema=./bank.schema.json
id: ${id}                      # lowercase letters, digits and dashes; must match the file name in a bank folder
title: My customer-focus check
version: "0.1.0"               # quoted, or YAML reads 1.0 as a number
description: >-
  One or two sentences on what this bank looks at and who it is for.
source:
  title: Where the ideas come from (an article, a model, your own practice)
  note: A reflective tool for self-coaching, not a validated psychometric instrument.

# The answer scale. This is the default and may be left out.
scale:
  min: 1
  max: 5
  labels: [Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree]

# Scores run 0–100: below solid is a development area, from strength up a strength.
bands: { solid: 50, strength: 75 }

dimensions:
  - id: listening
    title: Listening to customers
    description: Hearing what customers need before deciding what to do.
    coaching:
      goal: In the next 90 days, hear from at least two customers a week before I decide anything that affects them.
      actions:                 # at least three: on the job, learning from others, study
        - type: practice
          text: Call one customer this week and ask what they needed last time they contacted us.
        - type: others
          text: Ask the colleague customers praise most to let you listen in on a call.
        - type: study
          text: Read last month's complaints and write down the three needs behind them.
      feedback:                # at least two: ask permission, name the facts, the behaviour and its effect
        - to: customer
          ask: May I ask how well I listened? When we spoke last week, what did I miss?
        - to: team
          ask: Can I check something with you? In Monday's meeting I decided before hearing you out. What did that cost?
      checkIn: Whom did I listen to this week before deciding?
      keepDoing: Keep listening first; it is why your decisions land with customers.
      recognition: Thank someone who listened well to a customer, and say what it changed.

questions:                     # first person, one behaviour each; at least three per dimension
  - id: listening-1
    dimension: listening
    text: I ask customers what they need before I suggest a solution.
  - id: listening-2
    dimension: listening
    text: I check that I have understood a customer by saying it back to them.
  - id: listening-3
    dimension: listening
    text: I decide what a customer needs before they have finished explaining.
    reverse: true              # agreeing means less of the behaviour; keep these under a third
    # weight: 2                # optional: counts twice in the dimension's mean

reflections:                   # optional free-text questions, kept in the report but not scored
  - id: last-conversation
    text: Think of your last customer conversation. What did you learn that you did not expect?
`;
}
