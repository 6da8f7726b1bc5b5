import { expect, test } from 'vitest';
import { studyLabel } from '../../server/src/use-cases/evidence-points.js';

test.each([
  [['Cherkin DC', 'Sherman KJ'], 2011, 'Cherkin 2011'],
  [['Hernandez-Reif M'], 2001, 'Hernandez-Reif 2001'],
  [['National Institute for Health and Care Excellence'], 2016, 'National Institute for Health and Care Excellence 2016'],
  [['Koninklijk Nederlands Genootschap voor Fysiotherapie (KNGF)'], 2021, 'KNGF 2021'],
  [[], 2020, 'x'],
  [['Allen L'], null, 'x'],
])('authors %j, year %s → %s', (authors, year, label) => {
  expect(studyLabel({ __label: 'Study', id: 'x', authors, year })).toBe(label);
});
