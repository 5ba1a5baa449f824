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

# How often, over a recall window: memory answers more honestly than agreement does.
scale:
  min: 1
  max: 5
  stem: In the last three months, how often did you do this?
  observerStem: In the last three months, how often did {name} do this?   # {name}: the leader, in a 360
  labels: [Never, Rarely, Sometimes, Often, Almost always]
  notApplicable: Does not apply to my role   # optional: counted apart, never as a 1 or a blank

# Scores run 0–100: below solid is a development area, from strength up a strength.
bands: { solid: 50, strength: 75 }

dimensions:
  - id: listening
    title: Listening to customers
    description: Hearing what customers need before deciding what to do.
    coaching:
      goal:                    # one measurable outcome: a baseline in week one, a number at day 90
        start: From the customer conversations you count in week one, to one a week by day 90.      # for scores below 25
        regular: From the share of decisions you count in week one, to 8 of 10 made after hearing a customer by day 90.
      firstStep: This week, count the customer conversations you had in the last four weeks; that is your baseline.
      habit: Every Monday, book one customer conversation for the week and keep it.
      others: Ask the colleague customers praise most to let you sit in on two of their calls, and note what they ask.
      study: Take a short course on active listening, or read a book on interviewing customers.
      feedback:                # one question each: ask permission, name the situation, the behaviour, its impact
        - to: customer
          ask: May I ask about our call last week? When I suggested a fix early, what did I miss about your needs?
        - to: manager
          ask: Could I check one meeting with you? When I summarised the customer's view on Tuesday, what did I leave out?
      checkIn: How many customers did I hear from this week before deciding something that affects them?
      keepDoing: Keep listening first; it is why your decisions land with customers.
      recognition: Thank someone who listened well to a customer, and say what it changed.

questions:                     # one observable behaviour each, first person, at most 20 words; three or more per dimension
  - id: listening-1
    dimension: listening
    text: I asked a customer what they needed before I suggested a solution.
    observer: asked customers what they needed before suggesting a solution.   # third person, without the subject
    action: In your next three customer calls, ask what they need before you offer anything.
  - id: listening-2
    dimension: listening
    text: I said a customer's request back to them to check I had understood it.
    observer: said a customer's request back to them to check it was understood.
    action: End your next two customer calls by summarising their request in one sentence.
  - id: listening-3
    dimension: listening
    text: I decided what a customer needed before they had finished explaining.
    observer: decided what a customer needed before they had finished explaining.
    reverse: true              # a concrete counter-behaviour, not a negation; keep these under a third
    action: In your next customer meeting, let the customer finish before you say what you would do.
    # weight: 2                # optional: counts twice in the dimension's mean
    # selfOnly: true           # only if an observer could not have seen it (then no observer line)

reflections:                   # optional free-text questions, kept in the report but not scored
  - id: last-conversation
    dimension: listening       # optional: the dimension it speaks to
    text: Think of your last customer conversation. What did you learn that you did not expect?
`;
}
