// The Impressum and the privacy notice, loaded together as one small chunk (see App.tsx); their
// texts are the `legal` namespace.
export { ImprintPage } from './ImprintPage';
export { PrivacyPage } from './PrivacyPage';
