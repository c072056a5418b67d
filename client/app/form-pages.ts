/**
 * The pages of filling in a request (questions, check, confirmation, withdrawing): one lazy chunk,
 * precached like every citizen chunk. No prerendered page needs them, so the first paint of the
 * public pages no longer waits for their ~14 KB gzip; a form address loads them before its first
 * render (App.tsx preloadPage), and a service's start page fetches them while the citizen reads.
 */
export { CheckAnswersPage } from '../pages/service/CheckAnswersPage';
export { ConfirmationPage } from '../pages/service/ConfirmationPage';
export { FormPage } from '../pages/service/FormPage';
export { WithdrawPage } from '../pages/requests/WithdrawPage';
