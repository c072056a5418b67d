/**
 * A prerendered page shows its forms before the app runs. Its submit buttons come disabled
 * (client/build/prerender/page-document.ts): a press before then would send the form the browser's
 * way, as a GET with every field, a password too, in the address. Once the app has taken the page
 * over it enables them, and hands the app what the person typed meanwhile: hydration keeps the
 * fields' text on screen but the components' state starts empty, so a field's `input` (or
 * `change`) event is sent again for each filled one.
 */
export const UNTIL_SCRIPT = 'data-until-script';

export function takeOverPrerenderedForms(root: HTMLElement): void {
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
    const toggle = field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');
    const select = field instanceof HTMLSelectElement;
    const typed = toggle
      ? (field as HTMLInputElement).checked !== (field as HTMLInputElement).defaultChecked
      : select
        ? [...(field as HTMLSelectElement).options].some((o) => o.selected !== o.defaultSelected)
        : field.value !== (field as HTMLInputElement | HTMLTextAreaElement).defaultValue;
    if (typed) field.dispatchEvent(new Event(toggle || select ? 'change' : 'input', { bubbles: true }));
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>(`button[${UNTIL_SCRIPT}]`)) {
    button.disabled = false;
    button.removeAttribute(UNTIL_SCRIPT);
  }
}
