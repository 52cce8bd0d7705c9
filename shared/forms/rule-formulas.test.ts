import { parseNumber } from '../text/numbers';
import { looseKey } from '../text/normalise';
import { foldPairs, NO_DATA_MARK_TEXTS, numberWords } from './rule-formulas';

test('the fold covers every Vietnamese vowel with a diacritic and đ, each as looseKey folds it', () => {
  const pairs = foldPairs();
  expect(pairs).toHaveLength(67);
  for (const [ch, folded] of pairs) expect([ch, looseKey(ch)]).toEqual([ch, folded]);
});

test('the placeholders the form reads as no data are no data to check', () => {
  for (const t of NO_DATA_MARK_TEXTS) expect([t, parseNumber(t, { kind: 'count' }).kind]).toEqual([t, 'no_data']);
});

test('the listed words read as check reads them: no data, an estimate, a lead word', () => {
  for (const [tagged, kind] of numberWords()) {
    const w = tagged.slice(2);
    const parsed = parseNumber(kind === 'p' || kind === 'w' ? w : `${w} 12`, { kind: 'count' });
    if (kind === 'p' || kind === 'w') expect([w, parsed.kind]).toEqual([w, 'no_data']);
    else expect([w, parsed]).toEqual([w, kind === 'a' ? { kind: 'number', value: 12, approximate: true } : { kind: 'number', value: 12 }]);
  }
});
