import { describe, expect, test } from 'vitest';
import { toSentenceCase } from '../../server/src/export/sentence-case.js';

describe('toSentenceCase (APA 7 titles)', () => {
  test.each([
    [
      'Noninvasive Treatments for Acute, Subacute, and Chronic Low Back Pain: A Clinical Practice Guideline From the American College of Physicians',
      'Noninvasive treatments for acute, subacute, and chronic low back pain: A clinical practice guideline from the American College of Physicians',
    ],
    [
      'Adaptation of the CARE Guidelines for Therapeutic Massage and Bodywork Publications: Efforts To Improve the Impact of Case Reports',
      'Adaptation of the CARE guidelines for therapeutic massage and bodywork publications: Efforts to improve the impact of case reports',
    ],
    ['Massage for Low-back Pain', 'Massage for low-back pain'],
    [
      'Deep Tissue Massage and Nonsteroidal Anti-Inflammatory Drugs for Low Back Pain',
      'Deep tissue massage and nonsteroidal anti-inflammatory drugs for low back pain',
    ],
  ])('title case is lowered except names and acronyms: %s', (title, expected) => {
    expect(toSentenceCase(title)).toBe(expected);
  });

  test('a title already in sentence case keeps its names and gets a capital after the colon', () => {
    expect(toSentenceCase('Massage for low-back pain: a systematic review within the framework of the Cochrane Collaboration Back Review Group')).toBe(
      'Massage for low-back pain: A systematic review within the framework of the Cochrane Collaboration Back Review Group',
    );
    expect(toSentenceCase('Randomised controlled trial of Alexander technique lessons (ATEAM)')).toBe(
      'Randomised controlled trial of Alexander technique lessons (ATEAM)',
    );
  });
});
