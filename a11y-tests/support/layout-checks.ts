import type { Page } from '@playwright/test';

/**
 * Checks axe-core cannot make, run inside the page. Each `…InPage` function is self-contained (it
 * is serialised into the page: support/page-checks.ts installs them once per document, so the
 * matrix runs every check of a mode in one round trip) and returns human-readable problems; none
 * means it passed.
 */

/** Focusable and clickable things, as WCAG 2.5.8 and 2.4.11 mean them. */
export const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';

/** WCAG 1.4.12 text-spacing bookmarklet (Steve Faulkner's), and 1.4.4 text-only resize to 200 %. */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
export const TEXT_200_CSS = 'html { font-size: 200% !important; }';

/**
 * 1.4.10 Reflow and "nothing clipped": no horizontal scrolling of the document, no element
 * sticking out of the viewport (unless inside its own scroll box, e.g. a wide data table, the
 * 1.4.10 exception), and no text cut off by an `overflow: hidden` box.
 */
export function layoutInPage(userCss: string | null): string[] {
  // A user style sheet (constructable, so the page's CSP allows it) for the measure, removed after.
  const sheet = userCss === null ? null : new CSSStyleSheet();
  if (sheet) {
    sheet.replaceSync(userCss!);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  try {
    const problems: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width + 1) problems.push(`document scrolls sideways: ${root.scrollWidth}px content in ${width}px`);
    const describe = (el: Element) =>
      el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.classList.length ? `.${[...el.classList].join('.')}` : '') +
      ` "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const hiddenOnPurpose = (el: Element) => el.closest('.visually-hidden, .skip-link') !== null;
    // A map is the 1.4.10 exception for content that needs two dimensions: its tiles and markers
    // reach past the map's frame, which clips them on purpose (the text field beside it stays the
    // one-dimensional way to give the place).
    const mapContent = (el: Element) => el.classList.contains('leaflet-container') || el.closest('.leaflet-pane') !== null;
    const inScrollBox = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if (ox === 'auto' || ox === 'scroll') return true;
      }
      return false;
    };
    let outside = 0;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1 || hiddenOnPurpose(el) || mapContent(el)) continue;
      if ((r.right > width + 1 || r.left < -1) && !inScrollBox(el) && getComputedStyle(el).position !== 'fixed') {
        if (outside++ < 3) problems.push(`sticks out of the ${width}px viewport (${Math.round(r.left)}…${Math.round(r.right)}): ${describe(el)}`);
      }
      const style = getComputedStyle(el);
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if ((clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1)) {
        if ((el.textContent ?? '').trim()) problems.push(`text clipped by overflow ${style.overflowX}/${style.overflowY}: ${describe(el)}`);
      }
    }
    if (outside > 3) problems.push(`… and ${outside - 3} more elements outside the viewport`);
    return problems;
  } finally {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

/**
 * 2.5.8 Target size (minimum): every target at least 24 × 24 CSS px, or far enough from the
 * others (a 24 px circle on its centre meets no other target or circle). Inline links in running
 * text are exempt by the criterion; axe's `target-size` rule judges those.
 */
export function targetSizeInPage(selector: string): string[] {
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && el.closest('.visually-hidden') === null;
  };
  const targets = [...document.querySelectorAll(selector)].filter(
    (el) => visible(el) && !(el.tagName === 'A' && getComputedStyle(el).display === 'inline'),
  );
  // A native control inside its own label counts with the label as one target.
  const rects = targets.map((el) => {
    const r = el.getBoundingClientRect();
    const label = (el as HTMLInputElement).labels?.[0];
    const lr = label?.getBoundingClientRect();
    const joined = lr && label!.contains(el) ? lr : r;
    return { el, r: joined };
  });
  const problems: string[] = [];
  for (const { el, r } of rects) {
    if (r.width >= 23.5 && r.height >= 23.5) continue;
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const crowded = rects.some(({ el: other, r: o }) => {
      if (other === el || other.contains(el) || el.contains(other)) return false;
      const small = o.width < 23.5 || o.height < 23.5;
      if (small) return Math.hypot(cx - (o.left + o.width / 2), cy - (o.top + o.height / 2)) < 24;
      const dx = Math.max(o.left - cx, 0, cx - o.right);
      const dy = Math.max(o.top - cy, 0, cy - o.bottom);
      return Math.hypot(dx, dy) < 12;
    });
    if (crowded) {
      problems.push(
        `target ${Math.round(r.width)}×${Math.round(r.height)}px, too close to another: ${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      );
    }
  }
  return problems;
}

/**
 * Focus walk over every tabbable element in tab order (positive tabindex is not used here):
 * 2.4.7 the focused element looks different from the unfocused one, and 2.4.11 it is not
 * entirely hidden behind sticky or fixed content. `focus()` scrolls like Tab does; one
 * round trip per screen instead of one per key press (real Tab order: keyboard.spec.ts).
 */
export function focusInPage({ selector, forced }: { selector: string; forced: boolean }): string[] {
  const problems: string[] = [];
  const tabbable = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
    if ((el as HTMLButtonElement).disabled || el.tabIndex < 0) return false;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    // Only the checked radio of a group is in the tab order.
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) {
      const group = document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${el.name}"]`);
      const first = [...group].find((g) => g.checked) ?? group[0];
      if (first !== el) return false;
    }
    return (r.width > 0 || r.height > 0 || el.classList.contains('skip-link')) && s.visibility !== 'hidden';
  });
  const look = (el: HTMLElement) => {
    const s = getComputedStyle(el);
    return {
      outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none',
      outlineColour: s.outlineColor,
      rest: [s.boxShadow, s.backgroundColor, s.borderColor, s.color, s.textDecorationLine].join('|'),
    };
  };
  const rgb = (c: string) => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
  };
  const luminance = ([r, g, b]: number[]) =>
    [r, g, b].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const contrast = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 30)}"`;
  (document.activeElement as HTMLElement | null)?.blur?.();
  for (const el of tabbable.slice(0, 60)) {
    const before = look(el);
    el.focus();
    if (document.activeElement !== el) continue;
    const after = look(el);
    const outlineShows = after.outline !== 'none' && (forced || !transparent(after.outlineColour));
    if (!outlineShows && after.rest === before.rest && after.outline === before.outline) problems.push(`no visible focus: ${name(el)}`);
    // 1.4.3 in the focused state too: axe only sees the page unfocused.
    const s = getComputedStyle(el);
    const bg = rgb(s.backgroundColor);
    if (!forced && bg && bg[3] === 1 && (el.textContent ?? '').trim()) {
      const fg = rgb(s.color);
      const ratio = fg ? contrast(fg, bg) : 21;
      if (ratio < 4.5) problems.push(`focused text contrast ${ratio.toFixed(2)}:1 (${s.color} on ${s.backgroundColor}): ${name(el)}`);
    }
    const r = el.getBoundingClientRect();
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.bottom - 2],
    ];
    let coveredBy: Element | null = null;
    let seen = false;
    for (const [x, y] of points) {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || el.contains(hit) || hit.contains(el) || [...((el as HTMLInputElement).labels ?? [])].some((l) => l.contains(hit))) {
        seen = true;
        break;
      }
      for (let p: Element | null = hit; p; p = p.parentElement) {
        const pos = getComputedStyle(p).position;
        if (pos === 'fixed' || pos === 'sticky') coveredBy = p;
      }
      if (!coveredBy) seen = true;
    }
    if (!seen && coveredBy) problems.push(`focused element hidden behind ${name(coveredBy)}: ${name(el)}`);
  }
  (document.activeElement as HTMLElement | null)?.blur?.();
  window.scrollTo(0, 0);
  return problems;
}

/**
 * Forced colours: buttons and fields keep a visible edge (border or underline), as backgrounds
 * and shadows are dropped. Native checkboxes, radios and the file button draw their own.
 */
export function forcedColourEdgeInPage(): string[] {
  const problems: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('button, .button, input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), select, textarea')) {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || el.closest('.visually-hidden')) continue;
    const s = getComputedStyle(el);
    const edge = ['Top', 'Right', 'Bottom', 'Left'].some(
      (side) => s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
    );
    if (!edge && !s.textDecorationLine.includes('underline')) {
      problems.push(`no edge in forced colours: ${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
    }
  }
  return problems;
}

/** 2.3.3 with prefers-reduced-motion: no animation or transition longer than 0.01 s runs. */
export function motionProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (v: string) => Math.max(0, ...v.split(',').map((x) => (x.trim().endsWith('ms') ? parseFloat(x) / 1000 : parseFloat(x)) || 0));
    const problems: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const s = getComputedStyle(el);
      if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) problems.push(`animation ${s.animationName} on ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      if (s.transitionProperty !== 'none' && seconds(s.transitionDuration) > 0.01) problems.push(`transition ${s.transitionProperty} ${s.transitionDuration} on ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    }
    for (const a of document.getAnimations()) {
      const d = Number(a.effect?.getComputedTiming().duration ?? 0);
      if (a.playState === 'running' && d > 10) problems.push(`running animation of ${d} ms`);
    }
    return problems.slice(0, 5);
  });
}

/**
 * The matrix checks colours at one viewport only, on the premise that nothing but the flow of
 * the layout changes with the width. This names every style rule that would break the premise
 * (a width, height or orientation media query that sets colours, a container query), so the day one is added the
 * matrix says it must check colours per viewport again, instead of silently checking less.
 */
export function widthDependentStyles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const COLOUR = /colou?r|background|shadow|opacity|filter|fill|stroke|outline|mix-blend/;
    const setsColours = (group: CSSGroupingRule): boolean =>
      [...group.cssRules].some((inner) =>
        inner instanceof CSSStyleRule
          ? [...inner.style].some((property) => COLOUR.test(property))
          : 'cssRules' in inner && setsColours(inner as CSSGroupingRule),
      );
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        // Layout may depend on the width; colours may not, since they are checked at one width.
        if (rule instanceof CSSMediaRule && /width|height|orientation|aspect-ratio/.test(rule.conditionText) && setsColours(rule)) found.push(`@media ${rule.conditionText}`);
        else if (typeof CSSContainerRule !== 'undefined' && rule instanceof CSSContainerRule) found.push(`@container ${rule.conditionText}`);
        if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules);
    return found;
  });
}

/**
 * In forced colours the browser paints every colour from the system palette, except below
 * `forced-color-adjust: none`: only then can an author colour fail contrast there.
 */
export function authorColoursInPage(): boolean {
  return [...document.querySelectorAll('body *')].some((el) => getComputedStyle(el).forcedColorAdjust === 'none');
}
