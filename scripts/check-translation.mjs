// Compares every key and {{placeholder}} of locales/en with a translation, plural-aware, and
// stricter than the parity test on {{count}}: Ukrainian `_one` also covers 21, 31, ... so it must
// show the number; Arabic `_zero/_one/_two` may word it. Usage: node scripts/check-translation.mjs uk ar
import { readFileSync, readdirSync, existsSync } from 'node:fs';
const SUFFIX = /_(zero|one|two|few|many|other)$/;
function flat(v, p = '', out = {}) {
  if (Array.isArray(v)) { out[p] = v.join('\n'); return out; }
  if (v && typeof v === 'object') { for (const [k, x] of Object.entries(v)) flat(x, p ? `${p}.${k}` : k, out); return out; }
  out[p] = v; return out;
}
const ph = (s) => [...String(s).matchAll(/\{\{\s*([^}]+?)\s*\}\}|\$t\([^)]*\)/g)].map((m) => m[0]).sort();
let problems = 0;
for (const lng of process.argv.slice(2)) {
  const cats = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  for (const file of readdirSync('locales/en').filter((f) => f.endsWith('.json'))) {
    const path = `locales/${lng}/${file}`;
    if (!existsSync(path)) { console.log(`MISSING FILE ${path}`); problems++; continue; }
    let tr; try { tr = flat(JSON.parse(readFileSync(path, 'utf8'))); } catch (e) { console.log(`INVALID JSON ${path}: ${e.message}`); problems++; continue; }
    const en = flat(JSON.parse(readFileSync(`locales/en/${file}`, 'utf8')));
    const expected = new Map();
    for (const [k, v] of Object.entries(en)) {
      if (SUFFIX.test(k)) { const base = k.replace(SUFFIX, ''); for (const c of cats) expected.set(`${base}_${c}`, en[`${base}_other`]); }
      else expected.set(k, v);
    }
    for (const [k, v] of expected) {
      if (!(k in tr)) { console.log(`${path}: missing ${k}`); problems++; continue; }
      if (typeof tr[k] !== 'string' || !tr[k].trim()) { console.log(`${path}: empty ${k}`); problems++; continue; }
      const plural = SUFFIX.test(k);
      const want = ph(v).filter((p) => !(plural && p === '{{count}}'));
      const got = ph(tr[k]).filter((p) => !(plural && p === '{{count}}'));
      if (JSON.stringify(want) !== JSON.stringify(got)) { console.log(`${path}: placeholders ${k}: en ${want} vs ${got}`); problems++; }
      const needCount = plural && !(lng === 'ar' && /_(zero|one|two)$/.test(k)) && !(lng !== 'ar' && k.endsWith('_one') && cats.length === 2);
      if (needCount && !tr[k].includes('{{count}}') && ph(v).includes('{{count}}')) { console.log(`${path}: ${k} lacks {{count}}`); problems++; }
    }
    for (const k of Object.keys(tr)) if (!expected.has(k)) { console.log(`${path}: extra ${k}`); problems++; }
  }
}
console.log(problems ? `${problems} problem(s)` : 'all keys and placeholders match');
process.exit(problems ? 1 : 0);
