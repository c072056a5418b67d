/**
 * German syllable counting by vowel groups: a heuristic, as every readability tool's is (exact
 * counts need a hyphenation dictionary, which would cost the client far more than it helps).
 *
 * Each vowel (a e i o u ä ö ü y) starts a syllable, except that the second vowel of a diphthong
 * or a long-vowel spelling (au äu eu ei ai ey ay ie aa ee oo) belongs to the first. A vowel after
 * such a pair starts a new syllable again ("Feu·er", "Bau·er"), and pairs that are not on the list
 * are two syllables ("The·a·ter", "Po·e·sie"). The "u" of "qu" is a consonant sound ("Quit·tung").
 * Known misses, rare in our texts: "Mu·se·um" (eu split), "I·de·en" (ee split), "Fa·mi·li·e".
 */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'y']);
const ONE_SOUND = new Set(['au', 'äu', 'eu', 'ei', 'ai', 'ey', 'ay', 'ie', 'aa', 'ee', 'oo']);

export function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/qu/g, 'qv');
  let syllables = 0;
  let previous = '';
  let previousJoined = false;
  for (const char of letters) {
    if (!VOWELS.has(char)) {
      previous = '';
      previousJoined = false;
      continue;
    }
    if (previous && !previousJoined && ONE_SOUND.has(previous + char)) {
      previousJoined = true;
    } else {
      syllables++;
      previousJoined = false;
    }
    previous = char;
  }
  // A word without a vowel ("Kfz", a number) is still read aloud: at least one syllable.
  return Math.max(1, syllables);
}
