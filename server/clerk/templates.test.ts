import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, eventually, sperrmuellDraftV1, submitted } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let citizen: ApiClient;
let clerk: ApiClient;
let lead: ApiClient;
let otherClerk: ApiClient;
let otherLead: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Ayşe Yılmaz');
  [clerk, lead, otherClerk, otherLead] = [0, 1, 2, 3].map(() => new ApiClient(portal.url));
  expect((await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
  expect((await lead.login('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall')).status).toBe(200);
  expect((await otherClerk.login('tiefbau@stadt-werne.example', 'werne-demo-tiefbau')).status).toBe(200);
  expect((await otherLead.login('leitung-tiefbau@stadt-werne.example', 'werne-demo-leitung-tiefbau')).status).toBe(200);
});
afterAll(() => portal.stop());

const TEMPLATES = '/api/clerk/templates';
const fill = (who: ApiClient, caseId: string, templateId: string, kind = 'message') => who.call('POST', `/api/clerk/requests/${caseId}/template-text`, { templateId, kind });
const create = (who: ApiClient, body: object) => who.call('POST', TEMPLATES, body);
const greeting = {
  kind: 'message',
  name: 'Eingangsbestätigung',
  texts: { de: 'Guten Tag {name}, Ihr Antrag {aktenzeichen} vom {eingangsdatum} ist da.', en: 'Dear {name}, your request {aktenzeichen} of {eingangsdatum} has arrived.' },
};

/** A free Sperrmüllkarte of version 1: no fee, no pickup slot. */
async function freeCase(): Promise<string> {
  const doc = submitted(sperrmuellDraftV1());
  expect((await citizen.push([{ assumedMasterState: null, newDocumentState: doc }])).status).toBe(200);
  await eventually(async () => (await citizen.current(doc.id))?.status === 'received', 30_000, 'routing');
  return doc.id;
}

describe('text templates of a department', () => {
  it('the lead writes one; every clerk of the department picks it and gets it filled from the case, in the citizen\'s language where present', async () => {
    const made = await create(lead, greeting);
    expect(made.status).toBe(201);
    const id = made.body.template.id;
    const listed = await clerk.call('GET', TEMPLATES);
    expect(listed.body.canEdit).toBe(false);
    expect(listed.body.templates.map((t: { id: string }) => t.id)).toContain(id);
    expect((await lead.call('GET', TEMPLATES)).body.canEdit).toBe(true);

    const caseId = await freeCase();
    const reference = (await citizen.current(caseId))!.reference!;
    const german = await fill(clerk, caseId, id);
    expect(german.status).toBe(200);
    expect(german.body.language).toBe('de');
    expect(german.body.text).toMatch(new RegExp(`^Guten Tag Ayşe Yılmaz, Ihr Antrag ${reference} vom \\d{1,2}\\. \\p{L}+ \\d{4} ist da\\.$`, 'u'));

    expect((await citizen.call('POST', '/api/profile', { profile: { language: 'en' } })).status).toBe(200);
    const english = await fill(clerk, caseId, id);
    expect(english.body).toMatchObject({ language: 'en' });
    expect(english.body.text).toMatch(new RegExp(`^Dear Ayşe Yılmaz, your request ${reference} of \\d{1,2} [A-Z][a-z]+ \\d{4} has arrived\\.$`));
    // Turkish is not written: German it is, never an empty text.
    expect((await citizen.call('POST', '/api/profile', { profile: { language: 'tr' } })).status).toBe(200);
    expect((await fill(clerk, caseId, id)).body).toMatchObject({ language: 'de', text: german.body.text });
  }, 90_000);

  it('a placeholder the case cannot fill is a 422 naming it, never a blank', async () => {
    const made = await create(lead, { kind: 'decision', name: 'Gebühr', texts: { de: 'Die Gebühr von {gebuehr} ist für {aktenzeichen} zu zahlen.' } });
    const caseId = await freeCase();
    const res = await fill(clerk, caseId, made.body.template.id, 'decision');
    expect(res.status).toBe(422);
    expect(res.body.error).toBe('placeholder_unfilled');
    expect(res.body.problems[0].message).toContain('{gebuehr}');
    // A decision template is not offered as a message.
    expect((await fill(clerk, caseId, made.body.template.id, 'message')).status).toBe(404);
  }, 90_000);

  it('the lead hears which placeholder is unknown and that German is required', async () => {
    const typo = await create(lead, { kind: 'message', name: 'Tippfehler', texts: { de: 'Guten Tag {nmae}' } });
    expect(typo.status).toBe(400);
    expect(typo.body.problems[0]).toMatchObject({ field: 'templateText.de', code: 'unknownPlaceholder' });
    expect(typo.body.problems[0].message).toContain('{nmae}');
    const noGerman = await create(lead, { kind: 'message', name: 'Nur Englisch', texts: { en: 'Hello' } });
    expect(noGerman.status).toBe(400);
    expect(noGerman.body.problems).toContainEqual(expect.objectContaining({ field: 'templateText.de', code: 'required' }));
  });

  it('outsiders: a plain clerk cannot edit; another department cannot read, use or edit; forged fields are refused', async () => {
    const id = (await create(lead, { ...greeting, name: 'Nur für Abfall' })).body.template.id;
    const caseId = await freeCase();
    expect((await create(clerk, greeting)).status).toBe(403);
    expect((await clerk.call('PUT', `${TEMPLATES}/${id}`, greeting)).status).toBe(403);
    expect((await clerk.call('DELETE', `${TEMPLATES}/${id}`, {})).status).toBe(403);

    expect((await otherClerk.call('GET', TEMPLATES)).body.templates.map((t: { id: string }) => t.id)).not.toContain(id);
    expect((await otherLead.call('PUT', `${TEMPLATES}/${id}`, { ...greeting, name: 'Gekapert' })).status).toBe(404);
    expect((await otherLead.call('DELETE', `${TEMPLATES}/${id}`, {})).status).toBe(404);
    expect((await fill(otherClerk, caseId, id)).status).toBe(404);

    const forged = await create(lead, { ...greeting, department: 'tiefbau' });
    expect(forged.status).toBe(400);
    const forgedText = await create(lead, { ...greeting, texts: { ...greeting.texts, fr: 'Bonjour' } });
    expect(forgedText.status).toBe(400);
    // Nothing of it changed hands: the template is still the lead's as written.
    const after = (await lead.call('GET', TEMPLATES)).body.templates.find((t: { id: string }) => t.id === id);
    expect(after).toMatchObject({ name: 'Nur für Abfall', texts: greeting.texts });
    expect((await lead.call('DELETE', `${TEMPLATES}/${id}`, {})).status).toBe(200);
    expect((await fill(clerk, caseId, id)).status).toBe(404);
  }, 90_000);
});
