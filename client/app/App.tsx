import type { ComponentType } from 'preact';
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { DEPARTMENT_ROLES, type Role } from '../../domain/staff/roles';
import { focusHeadingAfterNavigation } from '../components/PageHeading/focus-heading';
import { LoginPage } from '../pages/account/LoginPage';
import { LogoutPage } from '../pages/account/LogoutPage';
import { RegisterPage } from '../pages/account/RegisterPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { MyRequestsPage } from '../pages/requests/MyRequestsPage';
import { RequestDetailPage } from '../pages/requests/RequestDetailPage';
import { WithdrawPage } from '../pages/requests/WithdrawPage';
import { CheckAnswersPage } from '../pages/service/CheckAnswersPage';
import { ConfirmationPage } from '../pages/service/ConfirmationPage';
import { FormPage } from '../pages/service/FormPage';
import { ServiceStartPage } from '../pages/service/ServiceStartPage';
import { StartPage } from '../pages/StartPage';
import { Layout } from './Layout';
import { RequireUser } from './RequireUser';
import { ServiceRoute } from './ServiceRoute';
import { TextsGate } from './TextsGate';

// Clerks' pages need the server anyway, so they load on demand; citizens' pages are in the
// main bundle so they open offline without a further download.
const InboxPage = lazy(() => import('../pages/clerk/InboxPage').then((m) => m.InboxPage));
const CaseDetailPage = lazy(() => import('../pages/clerk/CaseDetailPage').then((m) => m.CaseDetailPage));
const AuditPage = lazy(() => import('../pages/clerk/AuditPage').then((m) => m.AuditPage));
// Profile, Mein Bereich and the Abfallkalender (with its street and calendar data) load on
// demand too: the service worker precaches every chunk, so they still open offline, and the
// first visit stays within its size budget.
const MyAreaPage = lazy(() => import(/* webpackChunkName: "city" */ '../pages/home/MyAreaPage').then((m) => m.MyAreaPage));
const ProfilePage = lazy(() => import(/* webpackChunkName: "city" */ '../pages/profile/ProfilePage').then((m) => m.ProfilePage));
const DeleteAccountPage = lazy(() =>
  import(/* webpackChunkName: "city" */ '../pages/profile/DeleteAccountPage').then((m) => m.DeleteAccountPage),
);
const WasteCalendarPage = lazy(() =>
  import(/* webpackChunkName: "city" */ '../pages/waste/WasteCalendarPage').then((m) => m.WasteCalendarPage),
);
// The public list of found items loads on demand too; its chunk is precached, so it opens offline.
const FoundItemsPage = lazy(() => import('../pages/fundsachen/FoundItemsPage').then((m) => m.FoundItemsPage));
const FoundItemsClerkPage = lazy(() =>
  import('../pages/fundsachen/clerk/FoundItemsClerkPage').then((m) => m.FoundItemsClerkPage),
);

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
const Form = guarded('citizen', FormPage );
const Check = guarded('citizen', CheckAnswersPage );
const Confirmation = guarded('citizen', ConfirmationPage );
const Inbox = guarded(DEPARTMENT_ROLES, InboxPage);
const CaseDetail = guarded(DEPARTMENT_ROLES, CaseDetailPage);
const Audit = guarded(['lead'], AuditPage);
const FoundItemsClerk = guarded(DEPARTMENT_ROLES, FoundItemsClerkPage);
const MyArea = guarded('citizen', MyAreaPage);
const Profile = guarded('citizen', ProfilePage);
const DeleteAccount = guarded('citizen', DeleteAccountPage);

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
            <Route path="/abmelden" component={LogoutPage} />
            <Route path="/meine-antraege" component={MyRequests} />
            <Route path="/antraege/:id" component={RequestDetail} />
            <Route path="/antraege/:id/zurueckziehen" component={Withdraw} />
            <Route path="/mein-bereich" component={MyArea} />
            <Route path="/profil" component={Profile} />
            <Route path="/profil/konto-loeschen" component={DeleteAccount} />
            <Route path="/abfallkalender" component={WasteCalendarPage} />
            <Route path="/fundsachen" component={FoundItemsPage} />
            <Route path="/sachbearbeitung" component={Inbox} />
            <Route path="/sachbearbeitung/protokoll" component={Audit} />
            <Route path="/sachbearbeitung/fundsachen" component={FoundItemsClerk} />
            <Route path="/sachbearbeitung/:id" component={CaseDetail} />
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
