/** Writing xdomea 3.0 XML: the namespace, escaping, an element, and a code from one of its code lists. */
export const XDOMEA_NS = 'urn:xoev-de:xdomea:schema:3.0.0';

export const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const el = (name: string, body: string) => `<xdomea:${name}>${body}</xdomea:${name}>`;

/** A value of the code list `urn:xoev-de:xdomea:codeliste:<list>`. */
export const code = (list: string, value: string) => `<code listURI="urn:xoev-de:xdomea:codeliste:${list}">${xml(value)}</code>`;
