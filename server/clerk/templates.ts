import { randomUUID } from 'node:crypto';
import type { TemplateInput, TextTemplate } from '../../domain/templates';
import { HttpError } from '../http/api-error';
import { getOrNull, isConflict, type Store } from '../store';

/**
 * The department's text templates, one document each in the internal database. The id carries
 * the department, so a department's list is one key range and a template id from another
 * department is simply not found (ids reveal nothing).
 */
interface StoredTemplate extends TextTemplate {
  _id: string;
  _rev?: string;
  type: 'textTemplate';
  department: string;
}

const prefix = (department: string) => `template:${department}:`;
const docId = (department: string, id: string) => `${prefix(department)}${id}`;
const TEMPLATES_MAX = 500;

function toTemplate(d: StoredTemplate): TextTemplate {
  return { id: d.id, kind: d.kind, name: d.name, texts: d.texts, updatedAt: d.updatedAt, updatedBy: d.updatedBy };
}

export async function listTemplates(store: Store, department: string): Promise<TextTemplate[]> {
  const res = await store.internal.list({ startkey: prefix(department), endkey: `${prefix(department)}\ufff0`, include_docs: true, limit: TEMPLATES_MAX });
  return res.rows
    .map((r) => r.doc as unknown as StoredTemplate | undefined)
    .filter((d): d is StoredTemplate => d?.type === 'textTemplate')
    .map(toTemplate)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'de'));
}

export async function readTemplate(store: Store, department: string, id: string): Promise<TextTemplate> {
  const doc = await getOrNull<StoredTemplate>(store.internal, docId(department, id));
  if (!doc || doc.type !== 'textTemplate') throw new HttpError(404, 'not_found');
  return toTemplate(doc);
}

export async function createTemplate(store: Store, department: string, authorName: string, input: TemplateInput): Promise<TextTemplate> {
  const id = randomUUID();
  const doc: StoredTemplate = { _id: docId(department, id), type: 'textTemplate', department, id, ...input, texts: { ...input.texts, de: input.texts.de! }, updatedAt: new Date().toISOString(), updatedBy: authorName };
  await store.internal.insert(doc);
  return toTemplate(doc);
}

export async function updateTemplate(store: Store, department: string, id: string, authorName: string, input: TemplateInput): Promise<TextTemplate> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await getOrNull<StoredTemplate>(store.internal, docId(department, id));
    if (!existing || existing.type !== 'textTemplate') throw new HttpError(404, 'not_found');
    const next: StoredTemplate = { ...existing, ...input, texts: { ...input.texts, de: input.texts.de! }, updatedAt: new Date().toISOString(), updatedBy: authorName };
    try {
      await store.internal.insert(next);
      return toTemplate(next);
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
  throw new HttpError(409, 'conflict');
}

export async function deleteTemplate(store: Store, department: string, id: string): Promise<void> {
  const existing = await getOrNull<StoredTemplate>(store.internal, docId(department, id));
  if (!existing || existing.type !== 'textTemplate') throw new HttpError(404, 'not_found');
  await store.internal.destroy(existing._id, existing._rev!).catch((err: unknown) => {
    if (!isConflict(err)) throw err;
  });
}
