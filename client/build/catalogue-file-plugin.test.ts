import { describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../domain/catalogue';
import { lookupService } from '../../domain/catalogue/lookup';
import { serviceNamespaces } from './catalogue-file-plugin';

describe('the build’s service namespaces (a question page fetches its texts before the catalogue is there)', () => {
  it('name for every form service the namespace the catalogue gives its newest version, and nothing else', () => {
    const entries = catalogueEntries();
    const forms = entries.filter((entry) => entry.kind === 'form');
    const built = serviceNamespaces();
    expect(Object.keys(built).sort()).toEqual([...new Set(forms.map((entry) => entry.id))].sort());
    for (const id of Object.keys(built)) expect(built[id], id).toBe(lookupService(entries, id)?.namespace);
  });
});
