import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';

/** Below this width the header's links do not fit beside the title: they fold behind "Menü". */
const NARROW = '(max-width: 40em)';

function useNarrow(): boolean {
  const query = typeof window === 'undefined' ? null : window.matchMedia(NARROW);
  const [narrow, setNarrow] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const update = () => setNarrow(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return narrow;
}

/**
 * The GOV.UK header's menu button: on a phone the links take three rows before the first heading,
 * so they fold behind one button (aria-expanded). Escape closes it and returns focus to the
 * button; opening another page closes it. On a wide screen there is no button and no folding.
 * Width comes from a script, not a CSS media query: the accessibility matrix relies on the
 * style sheets being the same at every width.
 */
export function useFoldingMenu() {
  const folds = useNarrow();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { path } = useLocation();
  useEffect(() => setOpen(false), [path]);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (!folds || !open || event.key !== 'Escape') return;
    setOpen(false);
    button.current?.focus();
  };
  return {
    folds,
    hidden: folds && !open,
    buttonProps: {
      ref: button,
      'aria-expanded': open,
      onClick: () => setOpen(!open),
      onKeyDown: closeOnEscape,
    },
    listProps: {
      onKeyDown: closeOnEscape,
      // A link to the page already open changes no path: the menu still closes.
      onClick(event: MouseEvent) {
        if ((event.target as Element).closest('a')) setOpen(false);
      },
    },
  };
}
