/**
 * A cheap look at an XML text's shape before any parser builds objects from it: a statement with
 * 200,000 nested elements overflowed the parser's stack, and an element named `__proto__`
 * reached the object it built; both answered 500. One linear pass, no recursion.
 */
export const MAX_XML_DEPTH = 64;

/** Names that would land on an object's prototype chain once parsed into one. */
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

export type XmlShapeProblem = { code: 'tooDeep'; max: number } | { code: 'forbiddenName'; name: string };

const TAG = /<(\/?)([^\s/>!?]+)([^>]*)>/g;
const ATTRIBUTE_NAME = /([^\s=/]+)\s*=/g;

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

export function checkXmlShape(xml: string, maxDepth = MAX_XML_DEPTH): XmlShapeProblem | undefined {
  const source = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  let depth = 0;
  for (const [tag, closing, name, rest] of source.matchAll(TAG)) {
    if (FORBIDDEN_NAMES.has(localName(name))) return { code: 'forbiddenName', name };
    for (const [, attribute] of rest.matchAll(ATTRIBUTE_NAME)) {
      if (FORBIDDEN_NAMES.has(localName(attribute))) return { code: 'forbiddenName', name: attribute };
    }
    if (closing) depth--;
    else if (!tag.endsWith('/>') && ++depth > maxDepth) return { code: 'tooDeep', max: maxDepth };
  }
  return undefined;
}
