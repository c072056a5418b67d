export { allTexts, citizenFacing, namespaceOf, STAFF_NAMESPACES, wordPattern, type TextsByLanguage } from './texts';
export { termProblems, type Concept, type Problem } from './terms';
export { factsOf, lostFacts } from './fidelity';
export { layoutWords, middleDotProblems, negations, passiveAuxiliaries, startsWithPronoun } from './easy-rules';
export { identicalProblems } from './identical';
