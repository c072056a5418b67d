import { describe, expect, it } from 'vitest';
import { countSyllables, deniedAbbreviations, displaySentences, readability, splitSentences, splitWords } from '.';

describe('countSyllables', () => {
  it.each([
    ['Hund', 1], ['vier', 1], ['See', 1], ['Kfz', 1], ['Straße', 2], ['Gebühr', 2], ['Sperrmüll', 2], ['Leichte', 2],
    ['Häuser', 2], ['Bienen', 2], ['Feuer', 2], ['Bauer', 2], ['Schleier', 2], ['Quittung', 2], ['Theater', 3],
    ['Poesie', 3], ['Bürgerbüro', 4], ['Aktenzeichen', 4], ['Sachbearbeitung', 5], ['Einwohnermeldeamt', 6],
  ])('%s has %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe('splitting', () => {
  it('ends sentences at . ! ? before a capital, not inside dates, addresses or numbers', () => {
    expect(splitSentences('Am 01.12.2026 kommt die Abfuhr. Schreiben Sie an info@stadt-werne.de! Geht das? Ja.')).toHaveLength(4);
    expect(splitSentences('Es kostet 3,5 Euro.\nDanke.')).toHaveLength(2);
  });

  it('counts a compound with a middle dot as one word with the syllables of its parts', () => {
    const [word] = splitWords('Bürger·büro', countSyllables);
    expect(word).toMatchObject({ syllables: 4, letters: 10 });
    expect(splitWords('Ihr Termin am {{date}} im Bürger·büro', countSyllables).map((w) => w.syllables)).toEqual([1, 2, 1, 2, 1, 4]);
  });
});

describe('readability', () => {
  it('computes Flesch-Amstad and the first Wiener Sachtextformel', () => {
    // 3 words, 3 syllables, 1 sentence: 180 − 3 − 58.5 × 1; all words one syllable, none over 6 letters.
    const easy = readability('Der Hund bellt.');
    expect(easy.fleschAmstad).toBeCloseTo(118.5, 5);
    expect(easy.wstf).toBeCloseTo(0.1672 * 3 - 0.0327 * 100 - 0.875, 5);
    // 5 words, 11 syllables (1+5+1+2+2): 180 − 5 − 58.5 × 2.2 = 46.3; MS 20 %, IW 20 % (only "Sachbearbeitung" has over six letters), ES 40 %.
    const hard = readability('Die Sachbearbeitung prüft Ihren Antrag.');
    expect(hard.fleschAmstad).toBeCloseTo(46.3, 5);
    expect(hard.wstf).toBeCloseTo(0.1935 * 20 + 0.1672 * 5 + 0.1297 * 20 - 0.0327 * 40 - 0.875, 5);
  });

  it('takes many texts together by their sentences', () => {
    const both = readability(['Der Hund bellt.', 'Die Sachbearbeitung prüft Ihren Antrag.']);
    expect(both).toMatchObject({ sentences: 2, words: 8, syllables: 14, sentenceLengths: [3, 5] });
    expect(both.fleschAmstad).toBeCloseTo(180 - 4 - 58.5 * (14 / 8), 5);
  });
});

describe('deniedAbbreviations', () => {
  it('finds spaced and unspaced forms', () => {
    expect(deniedAbbreviations('Alte Möbel, z. B. ein Schrank, bzw. ein Tisch')).toEqual(['z.B.', 'bzw.']);
    expect(deniedAbbreviations('Rufen Sie an: Tel. 123, Hauptstraße Nr. 5, d.h. heute')).toEqual(['d.h.', 'Nr.', 'Tel.']);
  });

  it('leaves words, web and e-mail addresses alone', () => {
    expect(deniedAbbreviations('Schreiben Sie an tel.nr@usw.example oder sehen Sie www.ca.example/abs.html an.')).toEqual([]);
    expect(deniedAbbreviations('Die Nummer und der Abstand, circa zehn Meter.')).toEqual([]);
  });
});

describe('displaySentences', () => {
  it('keeps the text as written, addresses included', () => {
    expect(displaySentences('Schreiben Sie an info@stadt-werne.example. Oder rufen Sie an! Am {{date}} kommen wir.')).toEqual([
      'Schreiben Sie an info@stadt-werne.example.',
      'Oder rufen Sie an!',
      'Am {{date}} kommen wir.',
    ]);
  });
});
