/**
 * The German legal provisions the two pages cite, as lawyers cite them: the same in every
 * language (an English reader looking them up finds them under these names), and kept out of
 * the texts so a translation can never drop or alter a paragraph number.
 */
export const CITATIONS = {
  imprint: '§ 5 DDG, § 18 MStV',
  vatId: '§ 27a UStG',
  editorial: '§ 18 Abs. 2 MStV',
  notice: 'Art. 13 DSGVO',
  account: 'Art. 6 Abs. 1 lit. e DSGVO, Onlinezugangsgesetz (OZG)',
  processor: 'Art. 28 DSGVO',
  findersReward: '§ 971 BGB',
  deviceStorage: '§ 25 Abs. 2 Nr. 2 TDDDG',
  rights: 'Art. 15–21 DSGVO',
  complaint: 'Art. 77 DSGVO',
} as const;

/** "Art. 6 Abs. 1 lit. e DSGVO" for a legal basis letter. */
export function basisArticle(basis: string): string {
  return `Art. 6 Abs. 1 lit. ${basis} DSGVO`;
}
