import type { ComponentType } from 'preact';
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { DEPARTMENT_ROLES, type Role } from '../../domain/staff/roles';
import { focusHeadingAfterNavigation } from '../components/PageHeading/focus-heading';
import { LoginPage } from '../pages/account/LoginPage';
import { LogoutPage } from '../pages/account/LogoutPage';
import { RegisterPage } from '../pages/account/RegisterPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ServiceStartPage } from '../pages/service/ServiceStartPage';
import { StartPage } from '../pages/StartPage';
import { Layout } from './Layout';
import { RequireUser } from './RequireUser';
import { ServiceRoute } from './ServiceRoute';
import { TextsGate } from './TextsGate';

// Filling in a request: its own chunk (form-pages.ts), loaded before a form address renders.
const formPages = () => import(/* webpackChunkName: "form" */ './form-pages');
const FormPage = lazy(() => formPages().then((m) => m.FormPage));
const CheckAnswersPage = lazy(() => formPages().then((m) => m.CheckAnswersPage));
const ConfirmationPage = lazy(() => formPages().then((m) => m.ConfirmationPage));
const WithdrawPage = lazy(() => formPages().then((m) => m.WithdrawPage));
const FORM_PAGES = [FormPage, CheckAnswersPage, ConfirmationPage, WithdrawPage];

// Clerks' pages need the server anyway, so they load on demand; citizens' lazy chunks are
// precached, so they open offline too.
const InboxPage = lazy(() => import('../pages/clerk/InboxPage').then((m) => m.InboxPage));
const CaseDetailPage = lazy(() => import('../pages/clerk/CaseDetailPage').then((m) => m.CaseDetailPage));
const AuditPage = lazy(() => import('../pages/clerk/AuditPage').then((m) => m.AuditPage));
const TemplatesPage = lazy(() => import('../pages/clerk/TemplatesPage').then((m) => m.TemplatesPage));
// The treasury's statement import: its own chunk, loaded only by the Stadtkasse.
const KassePage = lazy(() => import(/* webpackChunkName: "kasse" */ '../pages/kasse/KassePage').then((m) => m.KassePage));
// The administrator's pages: one chunk, loaded only by those who open them (their texts ride in
// the lazy texts chunk like every feature's).
const admin = () => import(/* webpackChunkName: "admin" */ '../pages/admin/admin-pages');
const AdminOverviewPage = lazy(() => admin().then((m) => m.AdminOverviewPage));
const DepartmentsPage = lazy(() => admin().then((m) => m.DepartmentsPage));
const NewDepartmentPage = lazy(() => admin().then((m) => m.NewDepartmentPage));
const DepartmentPage = lazy(() => admin().then((m) => m.DepartmentPage));
const StaffPage = lazy(() => admin().then((m) => m.StaffPage));
const NewStaffPage = lazy(() => admin().then((m) => m.NewStaffPage));
const StaffAccountPage = lazy(() => admin().then((m) => m.StaffAccountPage));
const RoutingPage = lazy(() => admin().then((m) => m.RoutingPage));
const RoutingServicePage = lazy(() => admin().then((m) => m.RoutingServicePage));
const AdminAuditPage = lazy(() => admin().then((m) => m.AdminAuditPage));
const CapacityPage = lazy(() => admin().then((m) => m.CapacityPage));
const ArchiveOffersPage = lazy(() => admin().then((m) => m.ArchiveOffersPage));
// Meine Anträge, a request's page, Profile, Mein Bereich and the Abfallkalender (with its street and calendar data) load on
// demand too: the service worker precaches every chunk, so they still open offline, and the
// first visit stays within its size budget.
const MyRequestsPage = lazy(() => import(/* webpackChunkName: "city" */ '../pages/requests/MyRequestsPage').then((m) => m.MyRequestsPage));
const RequestDetailPage = lazy(() => import(/* webpackChunkName: "city" */ '../pages/requests/RequestDetailPage').then((m) => m.RequestDetailPage));
const MyAreaPage = lazy(() => import(/* webpackChunkName: "city" */ '../pages/home/MyAreaPage').then((m) => m.MyAreaPage));
const ProfilePage = lazy(() => import(/* webpackChunkName: "city" */ '../pages/profile/ProfilePage').then((m) => m.ProfilePage));
const DeleteAccountPage = lazy(() =>
  import(/* webpackChunkName: "city" */ '../pages/profile/DeleteAccountPage').then((m) => m.DeleteAccountPage),
);
// Password pages: a small chunk of their own, loaded when asked for.
const passwordPages = () => import(/* webpackChunkName: "password" */ '../pages/account/password/password-pages');
const ForgotPasswordPage = lazy(() => passwordPages().then((m) => m.ForgotPasswordPage));
const NewPasswordPage = lazy(() => passwordPages().then((m) => m.NewPasswordPage));
const SetPasswordPage = lazy(() => passwordPages().then((m) => m.SetPasswordPage));
const emailPages = () => import(/* webpackChunkName: "password" */ '../pages/account/email/email-pages');
const ConfirmEmailPage = lazy(() => emailPages().then((m) => m.ConfirmEmailPage));
const cityPages = () => import(/* webpackChunkName: "city" */ '../pages/city-pages');
const WasteCalendarPage = lazy(() => cityPages().then((m) => m.WasteCalendarPage));
const WasteYearPage = lazy(() => cityPages().then((m) => m.YearOverviewPage));
// The accessibility pages (statement, Leichte Sprache start page, sign language): one small chunk,
// precached like every chunk, so they open offline too.
const accessibility = () => import(/* webpackChunkName: "accessibility" */ '../pages/accessibility/accessibility-pages');
const AccessibilityStatementPage = lazy(() => accessibility().then((m) => m.AccessibilityStatementPage));
const EasyLanguageStartPage = lazy(() => accessibility().then((m) => m.EasyLanguageStartPage));
const SignLanguagePage = lazy(() => accessibility().then((m) => m.SignLanguagePage));
// The Impressum and the privacy notice: one small chunk, precached like every other.
const legal = () => import(/* webpackChunkName: "legal" */ '../pages/legal/legal-pages');
const ImprintPage = lazy(() => legal().then((m) => m.ImprintPage));
const PrivacyPage = lazy(() => legal().then((m) => m.PrivacyPage));
// The public list of found items loads on demand too; its chunk is precached, so it opens offline.
// The Leichte Sprache glossary: its own small chunk, precached like every other.
const GlossaryPage = lazy(() =>
  import(/* webpackChunkName: "easy" */ '../pages/easy-language/GlossaryPage').then((m) => m.GlossaryPage),
);
const FoundItemsPage = lazy(() => import('../pages/fundsachen/FoundItemsPage').then((m) => m.FoundItemsPage));
const FoundItemsClerkPage = lazy(() =>
  import('../pages/fundsachen/clerk/FoundItemsClerkPage').then((m) => m.FoundItemsClerkPage),
);

// Paying needs the server anyway; the invoice is kept for offline use and its chunk is precached.
const payments = () => import(/* webpackChunkName: "payments" */ '../pages/payments/payment-pages');
const PayPage = lazy(() => payments().then((m) => m.PayPage));
const InvoicePage = lazy(() => payments().then((m) => m.InvoicePage));

/**
 * Wraps a page so only signed-in people of the given role see it. Route props (params, query,
 * service) pass through unchanged; their types are each page's own business.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function guarded(role: 'citizen' | readonly Role[], Page: ComponentType<any>) {
  return (props: Record<string, unknown>) => (
    <RequireUser role={role}>
      <Page {...props} />
    </RequireUser>
  );
}

const MyRequests = guarded('citizen', MyRequestsPage);
const RequestDetail = guarded('citizen', RequestDetailPage);
const Withdraw = guarded('citizen', WithdrawPage);
const MoveAppointment = guarded('citizen', lazy(() => cityPages().then((m) => m.MoveAppointmentPage)));
const Pay = guarded('citizen', PayPage);
const Invoice = guarded('citizen', InvoicePage);
const Form = guarded('citizen', FormPage );
const Check = guarded('citizen', CheckAnswersPage );
const Confirmation = guarded('citizen', ConfirmationPage );
const Inbox = guarded(DEPARTMENT_ROLES, InboxPage);
const CaseDetail = guarded(DEPARTMENT_ROLES, CaseDetailPage);
const Audit = guarded(['lead'], AuditPage);
const Templates = guarded(DEPARTMENT_ROLES, TemplatesPage);
const FoundItemsClerk = guarded(DEPARTMENT_ROLES, FoundItemsClerkPage);
const Kasse = guarded(['treasury'], KassePage);
const ADMIN = ['admin'] as const;
const AdminOverview = guarded(ADMIN, AdminOverviewPage);
const Departments = guarded(ADMIN, DepartmentsPage);
const NewDepartment = guarded(ADMIN, NewDepartmentPage);
const DepartmentEdit = guarded(ADMIN, DepartmentPage);
const Staff = guarded(ADMIN, StaffPage);
const NewStaff = guarded(ADMIN, NewStaffPage);
const StaffAccount = guarded(ADMIN, StaffAccountPage);
const Routing = guarded(ADMIN, RoutingPage);
const RoutingService = guarded(ADMIN, RoutingServicePage);
const AdminAudit = guarded(ADMIN, AdminAuditPage);
const Capacity = guarded(ADMIN, CapacityPage);
const ArchiveOffers = guarded(ADMIN, ArchiveOffersPage);
const MyArea = guarded('citizen', MyAreaPage);
const Profile = guarded('citizen', ProfilePage);
const DeleteAccount = guarded('citizen', DeleteAccountPage);
const ChangePassword = guarded('citizen', lazy(() => passwordPages().then((m) => m.ChangePasswordPage)));
const ChangeEmail = guarded('citizen', lazy(() => emailPages().then((m) => m.ChangeEmailPage)));

/** Prerendered pages whose code comes in a chunk of their own. */
const PRERENDERED_LAZY_PAGES: Record<string, { preload(): Promise<unknown> }> = {
  '/leichte-sprache': EasyLanguageStartPage,
  '/barrierefreiheit': AccessibilityStatementPage,
  '/fundsachen': FoundItemsPage,
  '/abfallkalender': WasteCalendarPage,
};

/** Addresses with three segments are a form's (`/<service>/<request>/<page>`) or withdrawing a request. */
const FORM_ADDRESS = /^\/[\w-]+\/[\w-]+\/[\w-]+\/?$/;

export function isFormAddress(path: string): boolean {
  return FORM_ADDRESS.test(path);
}

/**
 * Loads the code of the page at `path` when it comes in a chunk of its own and renders first
 * (prerendered, or a form): a page still loading during hydration would be taken down and put back
 * (a layout shift), and a form's first render would show nothing until its chunk is there.
 */
export function preloadPage(path: string): Promise<unknown> {
  if (isFormAddress(path)) return Promise.all(FORM_PAGES.map((page) => page.preload()));
  return PRERENDERED_LAZY_PAGES[path]?.preload() ?? Promise.resolve();
}

export function App() {
  return (
    <LocationProvider>
      <Layout>
        <ErrorBoundary>
          <TextsGate>
          <Router onRouteChange={focusHeadingAfterNavigation}>
            <Route path="/" component={StartPage} />
            <Route path="/anmelden" component={LoginPage} />
            <Route path="/registrieren" component={RegisterPage} />
            <Route path="/passwort-vergessen" component={ForgotPasswordPage} />
            <Route path="/passwort-neu" component={NewPasswordPage} />
            <Route path="/zugang-einrichten" component={SetPasswordPage} />
            <Route path="/email-bestaetigen" component={ConfirmEmailPage} />
            <Route path="/abmelden" component={LogoutPage} />
            <Route path="/meine-antraege" component={MyRequests} />
            <Route path="/antraege/:id" component={RequestDetail} />
            <Route path="/antraege/:id/zurueckziehen" component={Withdraw} />
            <Route path="/antraege/:id/termin-verlegen" component={MoveAppointment} />
            <Route path="/antraege/:id/bezahlen" component={Pay} />
            <Route path="/antraege/:id/rechnung" component={Invoice} />
            <Route path="/mein-bereich" component={MyArea} />
            <Route path="/profil" component={Profile} />
            <Route path="/profil/konto-loeschen" component={DeleteAccount} />
            <Route path="/profil/passwort" component={ChangePassword} />
            <Route path="/profil/email" component={ChangeEmail} />
            <Route path="/abfallkalender" component={WasteCalendarPage} />
            <Route path="/abfallkalender/jahr" component={WasteYearPage} />
            <Route path="/fundsachen" component={FoundItemsPage} />
            <Route path="/barrierefreiheit" component={AccessibilityStatementPage} />
            <Route path="/leichte-sprache" component={EasyLanguageStartPage} />
            <Route path="/gebaerdensprache" component={SignLanguagePage} />
            <Route path="/impressum" component={ImprintPage} />
            <Route path="/datenschutz" component={PrivacyPage} />
            <Route path="/leichte-sprache/woerterbuch" component={GlossaryPage} />
            <Route path="/sachbearbeitung" component={Inbox} />
            <Route path="/sachbearbeitung/protokoll" component={Audit} />
            <Route path="/sachbearbeitung/textvorlagen" component={Templates} />
            <Route path="/sachbearbeitung/fundsachen" component={FoundItemsClerk} />
            <Route path="/sachbearbeitung/:id" component={CaseDetail} />
            <Route path="/kasse" component={Kasse} />
            <Route path="/verwaltung" component={AdminOverview} />
            <Route path="/verwaltung/fachdienste" component={Departments} />
            <Route path="/verwaltung/fachdienste/neu" component={NewDepartment} />
            <Route path="/verwaltung/fachdienste/:id" component={DepartmentEdit} />
            <Route path="/verwaltung/mitarbeitende" component={Staff} />
            <Route path="/verwaltung/mitarbeitende/neu" component={NewStaff} />
            <Route path="/verwaltung/mitarbeitende/:id" component={StaffAccount} />
            <Route path="/verwaltung/zustaendigkeiten" component={Routing} />
            <Route path="/verwaltung/zustaendigkeiten/:serviceId" component={RoutingService} />
            <Route path="/verwaltung/kapazitaet" component={Capacity} />
            <Route path="/verwaltung/archiv" component={ArchiveOffers} />
            <Route path="/verwaltung/protokoll" component={AdminAudit} />
            {/* Services of the catalogue, e.g. /sperrmuellkarte/<id>/menge: after every fixed path. */}
            <Route path="/:serviceId" component={ServiceRoute} page={ServiceStartPage} />
            <Route path="/:serviceId/:requestId/pruefen" component={ServiceRoute} page={Check} />
            <Route path="/:serviceId/:requestId/bestaetigung" component={ServiceRoute} page={Confirmation} />
            <Route path="/:serviceId/:requestId/:pageId" component={ServiceRoute} page={Form} />
            <Route default component={NotFoundPage} />
          </Router>
          </TextsGate>
        </ErrorBoundary>
      </Layout>
    </LocationProvider>
  );
}
