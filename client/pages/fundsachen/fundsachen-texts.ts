/** The namespace of the public list's and the clerks' page texts (collected into the lazy texts chunk). */
export const FUNDSACHEN_LISTE_NAMESPACE = 'fundsachen-liste';
