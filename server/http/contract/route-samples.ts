import { randomUUID } from 'node:crypto';
import type { Caller, EndpointId } from '../../../domain/api';
import { sperrmuellDraft } from '../../test-support/api-client';
import { FILE_TEST_SERVICE } from '../../test-support/file-test-service';

/** What the matrix knows of the world it calls: the owner's request, file and department. */
export interface Fixture {
  requestId: string;
  reference: string;
  fileId: string;
  department: string;
}

/** One call of an endpoint: the concrete path, body and headers, and what a caller it admits gets. */
export interface Sample {
  path: string;
  body?: unknown;
  raw?: { type: string; data: string };
  headers?: Record<string, string>;
  /** Statuses an admitted caller may get (default: any 2xx or 3xx). */
  ok?: number[];
  /** Where the declared access alone does not say it (e.g. a list of one's own, empty for others). */
  expect?: Partial<Record<Exclude<CallerName, 'anonymous'>, number[]>>;
}

export type CallerName = 'anonymous' | 'owner' | 'otherCitizen' | 'clerk' | 'otherClerk' | 'lead' | 'treasury' | 'admin';
export const CALLER_ROLE: Record<CallerName, Caller> = {
  anonymous: 'anonymous',
  owner: 'citizen',
  otherCitizen: 'citizen',
  clerk: 'clerk',
  otherClerk: 'clerk',
  lead: 'lead',
  treasury: 'treasury',
  admin: 'admin',
};

const fresh = () => `matrix-${randomUUID()}@example.org`;
const day = new Date();
const today = { day: String(day.getDate()), month: String(day.getMonth() + 1), year: String(day.getFullYear()) };

/** A sample call for every endpoint of the contract (fresh ids and addresses on every call); the matrix fails if one is missing. */
export function samples(f: Fixture): Record<EndpointId, Sample> {
  const r = `/api/requests/${f.requestId}`;
  const c = `/api/clerk/requests/${f.requestId}`;
  return {
    'system.health': { path: '/healthz' },
    'system.ready': { path: '/readyz', ok: [200, 503] },
    // The tests call from loopback, where no token is needed.
    'system.metrics': { path: '/metrics' },
    'system.openapi': { path: '/api/openapi.json' },
    'system.docs': { path: '/api/docs' },
    'departments.list': { path: '/api/departments' },
    'slots.free': { path: '/api/slots/buergerbuero' },
    // No caller of the matrix is a waste company (they sign in by API key: server/disposer tests).
    'disposer.tour': { path: '/api/entsorger/touren/2026-12-10/mitte' },
    'disposer.tourCsv': { path: '/api/entsorger/touren/2026-12-10/mitte/liste.csv' },
    'disposer.tourPdf': { path: '/api/entsorger/touren/2026-12-10/mitte/liste.pdf' },
    'disposer.mark': { path: `/api/entsorger/touren/2026-12-10/mitte/abholungen/${f.requestId}`, body: { outcome: 'done' }, ok: [404] },
    'archive.offers': { path: '/api/archiv/aussonderungen' },
    'archive.offerXml': { path: '/api/archiv/aussonderungen/00000000-0000-4000-8000-000000000000/anbieteverzeichnis.xml', ok: [404] },
    'archive.evaluate': { path: '/api/archiv/aussonderungen/00000000-0000-4000-8000-000000000000/bewertung', raw: { type: 'application/xml', data: '<x/>' }, ok: [404] },
    'archive.package': { path: `/api/archiv/aussonderungen/00000000-0000-4000-8000-000000000000/vorgaenge/${f.requestId}/abgabe.zip`, ok: [404] },
    'archive.imported': { path: '/api/archiv/aussonderungen/00000000-0000-4000-8000-000000000000/import', raw: { type: 'application/xml', data: '<x/>' }, ok: [404] },
    'map.info': { path: '/api/karte' },
    // No tile provider in the contract tests: the route exists and answers "no map set up".
    'map.tile': { path: '/api/karte/kacheln/0/0/0', ok: [200, 503] },
    'map.nearbyReports': { path: '/api/karte/meldungen?lat=51.66330&lon=7.63360' },
    // The fixture's request is a Sperrmüllkarte draft: not a public report, so nobody can join it.
    'map.meToo': { path: `/api/karte/meldungen/${f.requestId}/ich-auch`, body: {}, ok: [404] },
    'wasteCalendar.feed': { path: '/api/abfallkalender/Steinstra%C3%9Fe.ics' },
    'auth.register': { path: '/api/auth/register', body: { email: fresh(), password: 'ein langes passwort', name: 'Neu' }, ok: [202] },
    'auth.login': { path: '/api/auth/login', body: { email: 'buergerin@example.org', password: 'werne-demo-buergerin' } },
    'auth.logout': { path: '/api/auth/logout', body: {} },
    'auth.me': { path: '/api/auth/me' },
    'auth.session': { path: '/api/auth/session' },
    // Without a provider the BundID routes answer 503; with one, a start redirects and a callback
    // without this browser's login transaction is refused.
    'auth.bundid.start': { path: '/api/auth/bundid/start?weiter=%2Fmeine-antraege', ok: [303, 503] },
    'auth.bundid.callback': { path: '/api/auth/bundid/callback?code=x&state=y', ok: [400, 503] },
    'auth.bundid.logout': { path: '/api/auth/bundid/logout', body: {} },
    // The fixture citizen has no BundID linked and the password is not known here: refused by name.
    'auth.bundid.unlink': { path: '/api/auth/bundid/unlink', body: { password: 'nicht das passwort' }, ok: [403, 409] },
    // Without STAFF_OIDC_ISSUER (the contract tests) the staff login answers 503; a callback without a transaction is refused.
    'auth.staffLogin.available': { path: '/api/auth/staff-login' },
    'auth.staffLogin.start': { path: '/api/auth/staff-login/start', ok: [303, 503] },
    'auth.staffLogin.callback': { path: '/api/auth/staff-login/callback?code=x&state=y', ok: [400, 503] },
    'auth.forgotPassword': { path: '/api/auth/password/forgot', body: { email: fresh() }, ok: [202] },
    'auth.resetPassword': { path: '/api/auth/password/reset', body: { token: 'AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', password: 'ein langes passwort' }, ok: [400] },
    'auth.acceptInvitation': { path: '/api/auth/password/invitation', body: { token: 'AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', password: 'ein langes passwort' }, ok: [400] },
    // The caller's current password is not known here: refused by name, never changed.
    'auth.confirmEmail': { path: '/api/auth/email/confirm', body: { token: 'AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, ok: [400] },
    'auth.resendConfirmation': { path: '/api/auth/email/resend', body: {}, ok: [202] },
    'auth.changeEmail': { path: '/api/auth/email/change', body: { email: fresh(), currentPassword: 'nicht das passwort' }, ok: [400] },
    'auth.changePassword': { path: '/api/auth/password/change', body: { currentPassword: 'nicht das passwort', newPassword: 'ein langes passwort' }, ok: [400] },
    'profile.read': { path: '/api/profile' },
    'profile.save': { path: '/api/profile', body: { profile: { phone: '02389 1234' } } },
    'profile.export': { path: '/api/profile/export' },
    'profile.deleteAccount': { path: '/api/profile/delete-account', body: { confirm: false }, ok: [400] },
    'sync.requests.pull': { path: '/api/sync/requests/pull', body: { checkpoint: null, batchSize: 10 } },
    'sync.requests.push': { path: '/api/sync/requests/push', body: { rows: [{ assumedMasterState: null, newDocumentState: sperrmuellDraft() }] } },
    'sync.stream': { path: '/api/sync/stream' },
    'sync.messages.pull': { path: '/api/sync/messages/pull', body: { checkpoint: null, batchSize: 10 } },
    // No message of one's own to change here: an empty push is refused at the door.
    'sync.messages.push': { path: '/api/sync/messages/push', body: { rows: [] }, ok: [400] },
    // The other citizen and the clerk ask for a request not theirs: an empty list, never its files.
    'files.list': { path: `/api/files?request=${f.requestId}`, expect: { otherCitizen: [200], clerk: [200], otherClerk: [404] } },
    'files.create': { path: `/api/files/${randomUUID()}`, expect: { otherCitizen: [200] }, body: { requestId: randomUUID(), serviceId: FILE_TEST_SERVICE.id, catalogueVersion: 1, fieldId: 'photos', name: 'x.png', size: 10, sha256: '0'.repeat(64) } },
    'files.status': { path: `/api/files/${f.fileId}/status` },
    'files.chunk': { path: `/api/files/${f.fileId}/chunks/0`, raw: { type: 'application/octet-stream', data: 'x' }, ok: [200, 409] },
    'files.complete': { path: `/api/files/${f.fileId}/complete`, body: {} },
    'files.download': { path: `/api/files/${f.fileId}`, expect: { otherCitizen: [404], clerk: [404], otherClerk: [404], lead: [404], treasury: [404], admin: [404] } },
    'files.delete': { path: `/api/files/${f.fileId}`, body: {}, ok: [204] },
    'messages.attachment': { path: `/api/messages/${randomUUID()}/attachment`, ok: [404] },
    'documents.receipt': { path: `${r}/receipt.pdf` },
    // The fixture is a Sperrmüllkarte, not an appointment: its owner hears 409, everyone else 404.
    'appointments.move': { path: `/api/termine/${f.requestId}/verlegen`, body: { slot: '2099-01-05T08:00' }, ok: [409] },
    'documents.invoice': { path: `${r}/invoice.pdf` },
    'documents.paymentReceipt': { path: `${r}/payment-receipt.pdf`, ok: [404] },
    'payments.start': { path: `${r}/payments`, body: {}, headers: { 'Idempotency-Key': `matrix-${randomUUID()}` }, ok: [200, 201, 503] },
    'payments.invoiceData': { path: `${r}/payment` },
    'payments.return': { path: `/api/payments/${randomUUID()}/return`, ok: [303, 404] },
    'payments.webhook': { path: '/api/payments/webhook', raw: { type: 'application/json', data: '{}' }, ok: [400, 401, 503] },
    'clerk.inbox': { path: '/api/clerk/requests' },
    'clerk.inboxCsv': { path: '/api/clerk/requests.csv' },
    'clerk.staff': { path: '/api/clerk/staff' },
    'clerk.case': { path: c },
    'clerk.action': { path: `${c}/actions`, body: { action: 'start' }, ok: [200, 409] },
    'clerk.decisionPreview': { path: `${c}/decision/preview`, body: { outcome: 'reject', text: 'Nicht zuständig.' }, ok: [200, 409] },
    'clerk.decide': { path: `${c}/decision`, body: { outcome: 'reject', text: 'Nicht zuständig.', digest: '0'.repeat(64), decisionId: '00000000-0000-4000-8000-000000000000' }, ok: [409] },
    'clerk.bulk': { path: '/api/clerk/bulk', body: { ids: [f.requestId], action: 'assignToMe' } },
    'clerk.setFollowUp': { path: `${c}/follow-up`, body: { date: '2030-01-15', note: 'Rückruf' }, ok: [200, 409] },
    'clerk.clearFollowUp': { path: `${c}/follow-up`, body: {} },
    'clerk.assignment': { path: `${c}/assignment`, body: { action: 'assignToMe' } },
    'clerk.notes': { path: `${c}/notes` },
    'clerk.addNote': { path: `${c}/notes`, body: { text: 'Rückruf vereinbart' }, ok: [201] },
    'clerk.messages': { path: `${c}/messages` },
    'clerk.uploadAttachment': { path: `${c}/attachments`, raw: { type: 'application/pdf', data: 'not a pdf' }, ok: [201, 400] },
    'clerk.sendMessage': { path: `${c}/messages`, body: { text: 'Guten Tag' }, ok: [201] },
    'clerk.messageAttachment': { path: `${c}/messages/${randomUUID()}/attachment`, ok: [404] },
    'clerk.caseFile': { path: `${c}/case-file.pdf` },
    'clerk.audit': { path: '/api/clerk/audit' },
    'clerk.templates': { path: '/api/clerk/templates' },
    'clerk.createTemplate': { path: '/api/clerk/templates', body: { kind: 'message', name: 'Matrix', texts: { de: 'Guten Tag {name}, Ihr Antrag {aktenzeichen}.' } }, ok: [201] },
    'clerk.updateTemplate': { path: `/api/clerk/templates/${randomUUID()}`, body: { kind: 'message', name: 'Matrix', texts: { de: 'Guten Tag' } }, ok: [404] },
    'clerk.deleteTemplate': { path: `/api/clerk/templates/${randomUUID()}`, body: {}, ok: [404] },
    'clerk.fillTemplate': { path: `${c}/template-text`, body: { templateId: randomUUID(), kind: 'message' }, ok: [404] },
    'clerk.savedFilters': { path: '/api/clerk/saved-filters' },
    'clerk.saveFilter': { path: '/api/clerk/saved-filters', body: { name: 'Matrix', query: { status: 'received' } }, ok: [201] },
    'clerk.deleteSavedFilter': { path: `/api/clerk/saved-filters/${randomUUID()}`, body: {}, ok: [404] },
    'admin.departments': { path: '/api/admin/departments' },
    'admin.department': { path: `/api/admin/departments/${f.department}` },
    'admin.createDepartment': { path: '/api/admin/departments', body: { id: 'matrix', names: { de: 'Matrix', en: 'Matrix', 'de-x-easy': 'Matrix' } }, ok: [201] },
    'admin.renameDepartment': { path: '/api/admin/departments/matrix', body: { names: { de: 'Matrix 2', en: 'Matrix 2', 'de-x-easy': 'Matrix 2' } } },
    'admin.deactivateDepartment': { path: '/api/admin/departments/matrix/deactivate', body: {} },
    'admin.reactivateDepartment': { path: '/api/admin/departments/matrix/reactivate', body: {} },
    'admin.staff': { path: '/api/admin/staff' },
    'admin.staffAccount': { path: `/api/admin/staff/${randomUUID()}`, ok: [404] },
    'admin.createStaff': { path: '/api/admin/staff', body: { name: 'Neue Kraft', email: fresh(), role: 'clerk', department: f.department }, ok: [201] },
    'admin.resendInvitation': { path: `/api/admin/staff/${randomUUID()}/invitation`, body: {}, ok: [404] },
    'admin.changeStaff': { path: `/api/admin/staff/${randomUUID()}`, body: { role: 'treasury' }, ok: [404] },
    'admin.deactivateStaff': { path: `/api/admin/staff/${randomUUID()}/deactivate`, body: {}, ok: [404] },
    'admin.reactivateStaff': { path: `/api/admin/staff/${randomUUID()}/reactivate`, body: {}, ok: [404] },
    'admin.routing': { path: '/api/admin/routing' },
    'admin.routingService': { path: '/api/admin/routing/sperrmuellkarte' },
    'admin.changeRouting': { path: '/api/admin/routing/sperrmuellkarte', body: { rev: null, override: {} }, ok: [200, 409] },
    'admin.capacity': { path: '/api/admin/capacity' },
    // Saved against no revision: 200 on a fresh store, 409 once another call saved.
    'admin.changeCapacity': { path: '/api/admin/capacity/buergerbuero', body: { rev: null, counters: 2 }, ok: [200, 409] },
    'admin.closeDay': { path: '/api/admin/capacity/sperrmuell/close', body: { date: '2099-01-05', reason: 'Matrix', handling: 'move' } },
    'admin.openDay': { path: '/api/admin/capacity/sperrmuell/open', body: { date: '2099-01-05' } },
    'admin.audit': { path: '/api/admin/audit' },
    'admin.archiveOffers': { path: '/api/admin/archive-offers' },
    'kasse.import': { path: '/api/kasse/kontoauszuege', raw: { type: 'application/xml', data: '<Document/>' }, ok: [400] },
    'kasse.imports': { path: '/api/kasse/kontoauszuege' },
    'kasse.closeLine': { path: `/api/kasse/zeilen/${randomUUID()}/erledigt`, body: { note: 'erledigt' }, ok: [404] },
    'fundsachen.list': { path: '/api/fundsachen' },
    'fundsachen.overview': { path: '/api/fundsachen/verwaltung' },
    'fundsachen.lostReports': { path: '/api/fundsachen/verlustmeldungen?category=schluessel' },
    'fundsachen.create': { path: '/api/fundsachen', body: { id: randomUUID(), category: 'schluessel', description: 'Schlüsselbund mit rotem Anhänger', place: 'Marktplatz', foundOn: today, storageNumber: 'A-1' }, ok: [201] },
  };
}
