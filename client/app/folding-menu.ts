import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The GOV.UK header's menu button: on a phone the links take three rows before the first heading,
 * so they fold behind one button (aria-expanded). Escape closes it and returns focus to the
 * button; opening another page closes it. On a wide screen there is no button and no folding.
 *
 * Whether it folds is the style sheet's decision (layout.css, `max-width: 40em` with
 * `scripting: enabled`), not a script's: the prerendered header is then folded from its first
 * paint exactly as the hydrated one, so hydration moves nothing (issue 17: a script deciding it
 * made every public page shift by 0.0275 on a phone). Without JavaScript the media query does not
 * match, and the links stay open. The markup is the same at every width (only the layout
 * differs), which the accessibility matrix relies on.
 */
export function useFoldingMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { path } = useLocation();
  useEffect(() => setOpen(false), [path]);
  const closeOnEscape = (event: KeyboardEvent) => {
    // On a wide screen the button is not shown: nothing is folded, nothing to close.
    const shown = (button.current?.getClientRects().length ?? 0) > 0;
    if (!shown || !open || event.key !== 'Escape') return;
    setOpen(false);
    button.current?.focus();
  };
  return {
    open,
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
