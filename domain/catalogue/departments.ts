/**
 * The departments (Fachdienste) of Stadt Werne that receive requests from the portal.
 * Names are German because clerks and citizens know them by these names; `locales/` carries
 * the translations under `departments:<id>`.
 */
export interface Department {
  id: string;
  /** German name as it appears on letters. */
  name: string;
}

export const DEPARTMENTS: readonly Department[] = [
  { id: 'abfall', name: 'Kommunalbetrieb Werne – Abfallwirtschaft' },
  { id: 'abwasser', name: 'Kommunalbetrieb Werne – Abwasser' },
  { id: 'tiefbau', name: 'Tiefbau und Straßenunterhaltung' },
  { id: 'ordnung', name: 'Ordnungsamt' },
  { id: 'buergerbuero', name: 'Bürgerbüro' },
  { id: 'stadtkasse', name: 'Stadtkasse' },
  { id: 'gruen', name: 'Grünflächen' },
  { id: 'planung', name: 'Stadtplanung' },
  { id: 'zentrale', name: 'Zentrale Dienste – Anregungen und Beschwerden' },
  { id: 'fundbuero', name: 'Fundbüro (im Bürgerbüro)' },
];

export function findDepartment(id: string): Department | undefined {
  return DEPARTMENTS.find((d) => d.id === id);
}
