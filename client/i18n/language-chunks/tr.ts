import { collectTexts } from './collect-texts';

/** Every client namespace of `locales/tr/`, one lazy chunk (see ../language-texts.ts). */
export const texts = collectTexts(
  import.meta.webpackContext('../../../locales', { recursive: true, regExp: /^\.\/tr\/(?!(?:clerk-api|documents|mail|dev-mailbox|payments-api|payment-sandbox|admin|clerk|clerk-payments|kasse)\.json$)[\w-]+\.json$/ }),
);
