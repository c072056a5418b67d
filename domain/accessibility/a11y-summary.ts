/**
 * The machine-written summary of the last run of the accessibility test matrix
 * (`a11y-tests/results/a11y-summary.json`, written by `a11y-matrix.spec.ts`), read at build time
 * by the accessibility statement. The file comes from another program and may be older or newer
 * than this code, so every field is checked and anything odd is left out instead of shown wrong.
 */
export interface KnownLimitation {
  /** As written by the test run: a plain string, or texts per language. */
  text: string | Readonly<Record<string, string>>;
  screen?: string;
}

export interface A11ySummary {
  /** ISO timestamp of the run; absent when no complete run has been recorded yet. */
  checkedAt?: string;
  screens?: number;
  screenStates?: number;
  /** Modes per screen (language × viewport × colour scheme). */
  modes?: number;
  combinations?: number;
  violations?: number;
  languages: string[];
  viewports: string[];
  colourSchemes: string[];
  checks: string[];
  knownLimitations: KnownLimitation[];
}

const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()) : [];

function limitation(v: unknown): KnownLimitation | undefined {
  if (typeof v === 'string') return v.trim() ? { text: v.trim() } : undefined;
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const screen = typeof o.screen === 'string' ? o.screen : undefined;
  for (const key of ['description', 'text', 'detail']) {
    if (typeof o[key] === 'string' && (o[key] as string).trim()) return { text: (o[key] as string).trim(), screen };
  }
  const texts = Object.fromEntries(Object.entries(o).filter(([k, s]) => /^[a-z]{2}(-[a-z-]+)?$/i.test(k) && typeof s === 'string' && s.trim()));
  return Object.keys(texts).length ? { text: texts as Record<string, string>, screen } : undefined;
}

export function readA11ySummary(raw: unknown): A11ySummary {
  const o = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const checkedAt = typeof o.checkedAt === 'string' && !Number.isNaN(Date.parse(o.checkedAt)) ? o.checkedAt : undefined;
  // An older format counted modes as a list of names.
  const modes = count(o.modes) ?? (Array.isArray(o.modes) ? strings(o.modes).length || undefined : undefined);
  return {
    checkedAt,
    screens: count(o.screens),
    screenStates: count(o.screenStates),
    modes,
    combinations: count(o.combinations),
    // Without a run, "0 violations" would claim a result nobody measured.
    violations: checkedAt ? count(o.violations) : undefined,
    languages: strings(o.languages),
    viewports: strings(o.viewports),
    colourSchemes: strings(o.colourSchemes),
    checks: strings(o.checks),
    knownLimitations: Array.isArray(o.knownLimitations)
      ? o.knownLimitations.map(limitation).filter((l): l is KnownLimitation => l !== undefined)
      : [],
  };
}
