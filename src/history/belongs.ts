/**
 * Which results belong together: one person's (names compared without case or edge spaces) and of
 * one kind, since a 360 result's scores are the observers' view and a self-assessment's the
 * leader's own: set side by side, they would read as change that never happened. Pure.
 */
import type { AssessmentResult } from '../result.js';

/** A respondent's name as results are paired by it. */
export const whose = (r: Pick<AssessmentResult, 'respondent'>): string => (r.respondent ?? '').trim().toLowerCase();

export type ResultKind = 'self' | '360';
export const kindOf = (r: Pick<AssessmentResult, 'feedback360'>): ResultKind => (r.feedback360 ? '360' : 'self');

/** Two results of one bank, one person and one kind. */
export const belongTogether = (a: AssessmentResult, b: AssessmentResult): boolean =>
  a.bank.id === b.bank.id && whose(a) === whose(b) && kindOf(a) === kindOf(b);
