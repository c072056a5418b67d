import type { ComponentChildren } from 'preact';
import { headingRef } from './focus-heading';

/**
 * The page's h1. tabindex=-1 lets the app move focus here after each navigation, so screen
 * readers start reading the new page (a client-side route change is otherwise silent).
 */
export function PageHeading({ children, caption }: { children: ComponentChildren; caption?: string }) {
  return (
    <>
      {caption ? <span class="caption">{caption}</span> : null}
      <h1 class="heading-l" tabIndex={-1} ref={headingRef}>
        {children}
      </h1>
    </>
  );
}
