export { countSyllables } from './syllables';
export { displaySentences, maskAddresses, splitSentences, splitWords, type Word } from './text-units';
export { readability, type Readability } from './scores';
export { DENIED_ABBREVIATIONS, deniedAbbreviations } from './abbreviations';
