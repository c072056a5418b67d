/**
 * Where a citizen can challenge a decision (Rechtsbehelfsbelehrung, § 58 VwGO). In North
 * Rhine-Westphalia the objection procedure (Widerspruch) is abolished for most matters (§ 110
 * JustG NRW), so the remedy is an action at the administrative court for the city's district.
 * Catalogue data: a service that decides on an application names its court; a service without
 * one (a report, a suggestion) issues no appealable decision and its letters carry no notice.
 */
export interface LegalRemedy {
  kind: 'klage' | 'widerspruch';
  /** The court (or, for an objection, the authority), as it is addressed. */
  body: string;
  address: string;
}

/** Werne lies in the Kreis Unna, whose administrative court sits in Gelsenkirchen. */
export const VG_GELSENKIRCHEN: LegalRemedy = {
  kind: 'klage',
  body: 'Verwaltungsgericht Gelsenkirchen',
  address: 'Bahnhofsvorplatz 3, 45879 Gelsenkirchen',
};
