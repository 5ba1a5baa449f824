/**
 * 360 feedback: the leader's self-assessment beside what observers said, overall and by group,
 * with blind spots (self well above others) and hidden strengths (others well above self). Pure.
 *
 * Anonymity: observers are never named, no observer's answers are kept, and a group smaller than
 * the minimum is folded into "others". If the folded observers together number fewer than the
 * minimum, the smallest shown group is folded too, so no small group can be worked out by
 * subtracting the shown groups from the overall figure.
 */
import type { Responses } from '../answers/schema.js';
import type { ParsedBank } from '../bank/parse.js';
import type { Bank } from '../bank/schema.js';
import { assess, type AssessmentResult, type ResultContext } from '../result.js';
import { focusCount, round, score } from '../scoring/score.js';

/** When a gap counts, and how small a group may be shown. */
export interface FeedbackRules {
  /** Minimum |self − others|, in score points (0–100, as the scores), for a blind spot or hidden strength. */
  gap: number;
  /** Smallest group shown on its own. */
  minGroup: number;
}

export interface Observer {
  group: string | null;
  answers: Record<string, number>;
}

export type GapKind = 'blind-spot' | 'hidden-strength' | 'aligned' | 'insufficient';

export interface View {
  mean: number | null;
  score: number | null;
}

export interface DimensionFeedback {
  id: string;
  title: string;
  self: View;
  others: View & { n: number };
  /** Shown groups only. */
  groups: Record<string, View & { n: number }>;
  /** self − others, in score points (0–100, the same units as the scores). */
  gap: number | null;
  kind: GapKind;
}

export interface Feedback360 {
  rules: FeedbackRules;
  observers: number;
  /** Groups shown on their own, with their sizes. */
  groups: { name: string; n: number }[];
  /** How many observers were folded into "others" only. */
  folded: number;
  dimensions: DimensionFeedback[];
  blindSpots: string[];
  hiddenStrengths: string[];
  /**
   * Why the observers' view is not shown: fewer observers than the smallest group allowed, whose
   * answers could be told apart. The report's scores are then the leader's own.
   */
  withheld: string | null;
}

export type FeedbackResult = AssessmentResult & { feedback360: Feedback360 };

const UNGROUPED = 'ungrouped';

/** A stand-in respondent whose answer to each item is the mean of the observers who answered it. */
function pooled(bank: Bank, observers: readonly Observer[]): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const q of bank.questions) {
    let sum = 0;
    let n = 0;
    for (const o of observers) {
      const a = o.answers[q.id];
      if (a !== undefined) {
        sum += a;
        n++;
      }
    }
    if (n) answers[q.id] = sum / n;
  }
  return answers;
}

/** Which groups may be shown on their own. */
export function shownGroups(sizes: Map<string, number>, minGroup: number): Set<string> {
  const shown = new Set([...sizes].filter(([name, n]) => name !== UNGROUPED && n >= minGroup).map(([name]) => name));
  const foldedCount = () => [...sizes].filter(([name]) => !shown.has(name)).reduce((sum, [, n]) => sum + n, 0);
  // Fold the smallest shown group while the folded ones could be recovered by subtraction.
  while (shown.size && foldedCount() > 0 && foldedCount() < minGroup) {
    const smallest = [...shown].sort((a, b) => sizes.get(a)! - sizes.get(b)! || a.localeCompare(b))[0]!;
    shown.delete(smallest);
  }
  // With one group shown and nothing folded, "others" is that group: showing it adds nothing, but reveals nothing either.
  return shown;
}

export function assess360(
  parsed: ParsedBank,
  self: Responses,
  observers: readonly Observer[],
  rules: FeedbackRules,
  context: ResultContext,
): FeedbackResult {
  const { bank } = parsed;
  const range = bank.scale.max - bank.scale.min;
  const toView = (mean: number | null): View => ({
    mean: mean === null ? null : round(mean),
    score: mean === null ? null : Math.round(((mean - bank.scale.min) / range) * 100),
  });

  const selfScores = score(bank, self.answers);
  // Too few observers to pool without telling them apart: nothing of theirs is shown, anywhere.
  const withheld =
    observers.length < rules.minGroup
      ? `only ${observers.length} observer${observers.length === 1 ? '' : 's'}: at least ${rules.minGroup} are needed before their view is shown, so that no one's answers can be told apart`
      : null;
  const othersScores = score(bank, withheld ? {} : pooled(bank, observers));
  const exactMean = (scores: ReturnType<typeof score>, i: number) => scores.dimensions[i]!.mean;

  const sizes = new Map<string, number>();
  for (const o of observers) sizes.set(o.group ?? UNGROUPED, (sizes.get(o.group ?? UNGROUPED) ?? 0) + 1);
  const shown = withheld ? new Set<string>() : shownGroups(sizes, rules.minGroup);
  const groupScores = new Map(
    [...shown].map((name) => [
      name,
      score(
        bank,
        pooled(
          bank,
          observers.filter((o) => (o.group ?? UNGROUPED) === name),
        ),
      ),
    ]),
  );
  // Each observer is scored once; a dimension counts the observers who answered enough of it.
  const scoredBy = observers.map((o) => ({
    group: o.group ?? UNGROUPED,
    scored: score(bank, o.answers).dimensions.map((d) => d.score !== null),
  }));
  const countFor = (i: number, group?: string) =>
    scoredBy.filter((o) => o.scored[i] && (group === undefined || o.group === group)).length;

  const dimensions = bank.dimensions.map((d, i): DimensionFeedback => {
    const selfMean = exactMean(selfScores, i);
    const othersMean = exactMean(othersScores, i);
    // In score points, from the exact means: the same units the table shows, unrounded until the end.
    const gap = selfMean === null || othersMean === null ? null : Math.round(((selfMean - othersMean) / range) * 100);
    const kind: GapKind =
      gap === null
        ? 'insufficient'
        : gap >= rules.gap
          ? 'blind-spot'
          : -gap >= rules.gap
            ? 'hidden-strength'
            : 'aligned';
    const groups: DimensionFeedback['groups'] = {};
    for (const [name, scores] of groupScores) {
      groups[name] = { ...toView(exactMean(scores, i)), n: countFor(i, name) };
    }
    return {
      id: d.id,
      title: d.title,
      self: toView(selfMean),
      others: { ...toView(othersMean), n: withheld ? 0 : countFor(i) },
      groups,
      gap,
      kind,
    };
  });

  const blindSpots = dimensions
    .filter((d) => d.kind === 'blind-spot')
    .sort((a, b) => b.gap! - a.gap!)
    .map((d) => d.id);
  const hiddenStrengths = dimensions
    .filter((d) => d.kind === 'hidden-strength')
    .sort((a, b) => a.gap! - b.gap!)
    .map((d) => d.id);

  // The report's scores are the observers' view; the plan starts with the blind spots.
  const focus = [...new Set([...blindSpots, ...othersScores.developmentAreas])].slice(
    0,
    Math.max(focusCount(bank.dimensions.length), blindSpots.length),
  );
  const othersView = {
    ...othersScores,
    developmentAreas: focus,
    strengths: othersScores.strengths.filter((id) => !blindSpots.includes(id)),
  };
  return {
    // Withheld, the report is the leader's own view (assess scores the self answers).
    ...assess(parsed, self, context, withheld ? undefined : { scores: othersView, first: blindSpots }),
    feedback360: {
      rules,
      observers: observers.length,
      groups: [...shown].sort().map((name) => ({ name, n: sizes.get(name)! })),
      folded: withheld ? 0 : [...sizes].filter(([name]) => !shown.has(name)).reduce((sum, [, n]) => sum + n, 0),
      dimensions,
      blindSpots,
      hiddenStrengths,
      withheld,
    },
  };
}
