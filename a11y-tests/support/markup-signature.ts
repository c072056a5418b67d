/**
 * What the colour checks of a screen state depend on, as one value: the matrix runs the dark and
 * forced-colours checks of a state once per distinct signature instead of once per language
 * (a11y-matrix.spec.ts says why that is sound).
 *
 * The colour checks (axe's colour rules, focus visible and focused-text contrast, edges in forced
 * colours) read the computed colours and font sizes of the elements there are, with their
 * classes, states and attributes; the words inside them only decide whether an element has text
 * at all. So the signature is the document's element tree with every attribute's value but those that
 * carry words (names, titles, placeholders, the language and direction), the style sheets in force, and for each element
 * whether it holds text of its own. Two languages with the same signature get the same colours
 * from the same style sheets, unless a style rule keyed on the language or the direction that
 * sets colours or fonts applies in the document (Leichte Sprache's larger type): then the
 * document's language and direction are part of the signature, and that language is checked on
 * its own.
 *
 * Self-contained: it is serialised into the page.
 */
export function markupSignatureInPage(): string {
  const WORDS = new Set(['lang', 'dir', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'alt', 'placeholder', 'value', 'content']);
  const KEYED = /:lang\(|\[lang|:dir\(|\[dir/;
  const STYLED = /colou?r|background|shadow|opacity|filter|fill|stroke|outline|mix-blend|font|forced-color-adjust/;
  // A rule keyed on the language or direction that sets colours or fonts and applies in this
  // document (its selector, without pseudo-elements and with any state, matches something).
  const DYNAMIC = /::?(before|after|marker|placeholder|selection|file-selector-button|backdrop)\b|:(hover|focus-visible|focus-within|focus|active|visited)\b/g;
  const applies = (selector: string) => {
    try {
      return document.querySelector(selector.replace(DYNAMIC, '') || '*') !== null;
    } catch {
      return true; // a selector the query cannot take: assume it applies
    }
  };
  const keyedRule = (rules: CSSRuleList): boolean =>
    [...rules].some((rule) =>
      rule instanceof CSSStyleRule
        ? KEYED.test(rule.selectorText) && [...rule.style].some((property) => STYLED.test(property)) && rule.selectorText.split(',').some((s) => KEYED.test(s) && applies(s))
        : 'cssRules' in rule && keyedRule((rule as CSSGroupingRule).cssRules),
    );
  const keyedByLanguage = [...document.styleSheets, ...document.adoptedStyleSheets].some((sheet) => {
    try {
      return keyedRule(sheet.cssRules);
    } catch {
      return true; // a sheet that cannot be read: assume the worst
    }
  });
  const root = document.documentElement;
  // Words are left out, but not whether there are any (an empty value is another state).
  const attributesOf = (el: Element, leaveOut = '') =>
    [...el.attributes]
      .filter((a) => a.name !== leaveOut)
      .map((a) => (WORDS.has(a.name) ? `${a.name}${a.value.trim() ? '=…' : ''}` : `${a.name}=${a.value}`))
      .sort()
      .join(' ');
  const parts: string[] = [
    keyedByLanguage ? `${root.lang}|${root.dir}|${getComputedStyle(root).direction}` : '',
    // The style sheets in force (a language may load its own).
    [...document.styleSheets].map((s) => s.href ?? `inline:${s.cssRules.length}`).join(' '),
    attributesOf(root),
    `current languages: ${document.querySelectorAll('.language-switch__button[aria-current="true"]').length}`,
  ];
  // In every language one button of the language switch is the current one: which one it is
  // changes nothing but its words, unless a style rule picks the buttons by their place.
  const SWITCH = '.language-switch__button';
  const positional = [...document.styleSheets].some((sheet) => {
    const find = (rules: CSSRuleList): boolean =>
      [...rules].some((r) => (r instanceof CSSStyleRule ? r.selectorText.includes('language-switch') && /:nth|:first|:last|[+~]/.test(r.selectorText) : 'cssRules' in r && find((r as CSSGroupingRule).cssRules)));
    try {
      return find(sheet.cssRules);
    } catch {
      return true;
    }
  });
  const visit = (el: Element) => {
    const attributes = attributesOf(el, !positional && el.matches(SWITCH) ? 'aria-current' : '');
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    parts.push(`<${el.tagName} ${attributes}${ownText ? ' #text' : ''}>`);
    for (const child of el.children) visit(child);
    parts.push('>');
  };
  visit(document.body);
  // cyrb53: a short value to keep and compare, instead of the whole tree.
  const text = parts.join('');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h2 >>> 0).toString(16)}${(h1 >>> 0).toString(16)}:${text.length}`;
}
