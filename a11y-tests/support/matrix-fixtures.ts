import { randomUUID } from 'node:crypto';
import { listServices } from '../../domain/catalogue';
import { SLOT_POOLS, candidateSlots } from '../../domain/slots';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../../server/test-support/api-client';
import { E2E_PORT } from '../playwright.config';
import type { Who } from '../screens';
import { bundIdCitizen } from './bundid-fixtures';
import { mapFixtures } from './map-fixtures';

/** The data the screens of the inventory need, made once through the API before the walk. */
export interface MatrixFixtures {
  /** The session cookie (`name=value`) of each kind of visitor; none for `anon`. */
  sessions: Record<Exclude<Who, 'anon'>, string>;
  /** Values for the `{name}` placeholders of `Screen.path`. */
  values: Record<string, string>;
}

const BASE = () => `http://127.0.0.1:${E2E_PORT}`;

async function staff(email: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(BASE());
  const res = await client.login(email, password);
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
  return client;
}

function todayInWerne(): { day: string; month: string; year: string } {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * One of the last bookable times, away from other tests' slots. Each language's walk makes its
 * own fixtures on its worker's portal, and a Bürgerbüro time has two places: a random one of
 * the last thirty keeps three walks from filling one time.
 */
function lateSlot(): string {
  const late = candidateSlots(SLOT_POOLS.buergerbuero, new Date()).slice(-30);
  return late[Math.floor(Math.random() * late.length)]!;
}

export async function makeMatrixFixtures(): Promise<MatrixFixtures> {
  const values: Record<string, string> = {};

  // A citizen with a routed Sperrmüllkarte, a complete draft, and an empty draft of every service.
  const citizen = new ApiClient(BASE());
  await citizen.register('Karla Kontrast');
  values.routedId = await citizen.sendRouted({ street: 'Bonenstraße' });
  // A confirmed Bürgerbüro appointment (the last bookable time, away from other tests' slots).
  const appointment = submitted({
    id: randomUUID(),
    serviceId: 'termin-buergerbuero',
    catalogueVersion: 1,
    answers: { concern: 'anmeldung', persons: '1', slot: lateSlot(), name: 'Karla Kontrast', email: 'karla@example.org' },
    status: 'draft',
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    history: [],
    _deleted: false,
  });
  await citizen.push([{ assumedMasterState: null, newDocumentState: appointment }]);
  await eventually(async () => (await citizen.current(appointment.id))?.status === 'received', 20_000, 'appointment routing');
  values.appointmentId = appointment.id;
  const complete = sperrmuellDraft({ answers: { ...sperrmuellDraft().answers, phone: '02389 12345' } as never });
  values.completeDraftId = complete.id;
  const now = new Date().toISOString();
  const drafts = listServices().map((service) => {
    const id = randomUUID();
    values[`draft:${service.id}`] = id;
    return {
      id,
      serviceId: service.id,
      catalogueVersion: service.version,
      answers: {},
      status: 'draft' as const,
      createdAt: now,
      updatedAt: now,
      history: [],
      _deleted: false,
    };
  });
  const pushed = await citizen.push([complete, ...drafts].map((doc) => ({ assumedMasterState: null, newDocumentState: doc as never })));
  if (pushed.status !== 200 || pushed.body.conflicts.length) {
    throw new Error(`drafts not stored: ${pushed.status} ${JSON.stringify(pushed.body).slice(0, 500)}`);
  }

  Object.assign(values, await mapFixtures(citizen, BASE()));

  const newCitizen = new ApiClient(BASE());
  await newCitizen.register('Nora Neu');
  const bundId = await bundIdCitizen(BASE());
  values.trustDraftId = bundId.trustDraftId;
  values.notSentId = bundId.notSentId;

  const clerk = await staff('abfall@stadt-werne.example', 'werne-demo-abfall');
  const lead = await staff('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall');
  // One text template of the department, so its page and the case's template picker show one.
  const template = await lead.call('POST', '/api/clerk/templates', { kind: 'message', name: 'Eingangsbestätigung', texts: { de: 'Guten Tag {name}, Ihr Antrag {aktenzeichen} ist bei uns eingegangen.' } });
  if (template.status !== 201) throw new Error(`template: ${template.status}`);
  const fundbuero = await staff('fundbuero@stadt-werne.example', 'werne-demo-fundbuero');
  const admin = await staff('admin@stadt-werne.example', 'werne-demo-admin');
  const treasury = await staff('kasse@stadt-werne.example', 'werne-demo-kasse');

  const found = await fundbuero.call('POST', '/api/fundsachen', {
    id: randomUUID(),
    category: 'schluessel',
    description: 'Schlüsselbund mit rotem Anhänger',
    place: 'Stadtpark',
    foundOn: todayInWerne(),
    storageNumber: 'B-2',
  });
  if (found.status !== 201) throw new Error(`found item: ${found.status} ${JSON.stringify(found.body)}`);

  const staffList = await admin.call('GET', '/api/admin/staff');
  const abfallClerk = (staffList.body.staff as { id: string; email: string }[]).find((s) => s.email === 'abfall@stadt-werne.example');
  if (!abfallClerk) throw new Error('Abfall clerk not listed');
  values.staffId = abfallClerk.id;

  return {
    sessions: {
      citizen: citizen.cookieHeader,
      newCitizen: newCitizen.cookieHeader,
      bundidCitizen: bundId.session,
      clerk: clerk.cookieHeader,
      lead: lead.cookieHeader,
      fundbuero: fundbuero.cookieHeader,
      treasury: treasury.cookieHeader,
      admin: admin.cookieHeader,
    },
    values,
  };
}

/** The screen's address with its placeholders filled in. */
export function resolvePath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no fixture for {${name}}`);
    return value;
  });
}
