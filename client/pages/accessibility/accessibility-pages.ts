// The accessibility pages, loaded together as one chunk (see App.tsx).
import './accessibility.css';

export { AccessibilityStatementPage } from './AccessibilityStatementPage';
export { EasyLanguageStartPage } from './EasyLanguageStartPage';
export { SignLanguagePage } from './SignLanguagePage';
