/**
 * Rules that span several parts of a bank (unique ids, references, scale labels, bands).
 * They run on the raw data, beside zod, so one pass reports every problem in a file.
 */
import { isRecord } from '../input/isRecord.js';
import type { InputIssue, PathSegment } from '../input/issue.js';
import type { YamlSource } from '../input/yamlSource.js';
import { didYouMean } from '../text/suggest.js';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function crossCheck(source: YamlSource, data: unknown): InputIssue[] {
  if (!isRecord(data)) return [];
  const issues: InputIssue[] = [];
  const at = (path: PathSegment[], message: string) => issues.push(source.issueAt(path, message));

  // Ids are unique across dimensions, questions and reflections, because answers and reports key on them.
  const seen = new Map<string, PathSegment[]>();
  for (const section of ['dimensions', 'questions', 'reflections'] as const) {
    list(data[section]).forEach((item, index) => {
      if (!isRecord(item) || typeof item.id !== 'string') return;
      const path = [section, index, 'id'];
      const first = seen.get(item.id);
      if (first) {
        const { line } = source.locate(first);
        at(path, `duplicate id "${item.id}" (already used at line ${line})`);
      } else {
        seen.set(item.id, path);
      }
    });
  }

  const dimensionIds = list(data.dimensions)
    .map((d) => (isRecord(d) && typeof d.id === 'string' ? d.id : undefined))
    .filter((d): d is string => d !== undefined);
  const used = new Set<string>();
  list(data.questions).forEach((question, index) => {
    if (!isRecord(question) || typeof question.dimension !== 'string') return;
    used.add(question.dimension);
    if (!dimensionIds.includes(question.dimension)) {
      at(
        ['questions', index, 'dimension'],
        `"${question.dimension}" is not a dimension of this bank (${dimensionIds.join(', ')})${didYouMean(question.dimension, dimensionIds)}`,
      );
    }
  });
  list(data.reflections).forEach((reflection, index) => {
    if (
      isRecord(reflection) &&
      typeof reflection.dimension === 'string' &&
      !dimensionIds.includes(reflection.dimension)
    ) {
      at(
        ['reflections', index, 'dimension'],
        `"${reflection.dimension}" is not a dimension of this bank (${dimensionIds.join(', ')})${didYouMean(reflection.dimension, dimensionIds)}`,
      );
    }
  });
  list(data.dimensions).forEach((dimension, index) => {
    if (isRecord(dimension) && typeof dimension.id === 'string' && !used.has(dimension.id)) {
      at(['dimensions', index, 'id'], `dimension "${dimension.id}" has no questions`);
    }
  });

  const scale = data.scale;
  if (isRecord(scale) && Number.isInteger(scale.min) && Number.isInteger(scale.max)) {
    const min = scale.min as number;
    const max = scale.max as number;
    if (max <= min) at(['scale', 'max'], `expected max to be greater than min (${min}), got ${max}`);
    else if (Array.isArray(scale.labels) && scale.labels.length !== max - min + 1) {
      at(['scale', 'labels'], `expected ${max - min + 1} labels for a ${min}–${max} scale, got ${scale.labels.length}`);
    }
  }

  const bands = data.bands;
  if (
    isRecord(bands) &&
    typeof bands.solid === 'number' &&
    typeof bands.strength === 'number' &&
    bands.strength <= bands.solid
  ) {
    at(['bands', 'strength'], `expected strength to be above solid (${bands.solid}), got ${bands.strength}`);
  }
  return issues;
}
