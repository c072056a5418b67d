import type { Store } from '../store';

export interface Colleague {
  id: string;
  name: string;
  role: string;
}

/** The active clerks and leads of one department, for "assign to a colleague". */
export async function departmentStaff(store: Store, department: string): Promise<Colleague[]> {
  const res = await store.users.find({ selector: { type: 'user', department }, fields: ['_id', 'name', 'role', 'deactivatedAt'], limit: 1000 } as never);
  return res.docs
    .filter((d: { role: string; deactivatedAt?: string }) => (d.role === 'clerk' || d.role === 'lead') && !d.deactivatedAt)
    .map((d: { _id: string; name: string; role: string }) => ({ id: d._id.slice('user:'.length), name: d.name, role: d.role }))
    .sort((a: Colleague, b: Colleague) => a.name.localeCompare(b.name, 'de'));
}
