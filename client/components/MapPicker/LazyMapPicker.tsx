import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Props = { id: string; value: string; onPick(value: string): void };

/** The map's whole code (component, Leaflet, styles) loads only on the page that shows it: the first visit stays within budget. */
export function LazyMapPicker(props: Props) {
  const [Picker, setPicker] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    let live = true;
    void import('./MapPicker').then((m) => live && setPicker(() => m.MapPicker));
    return () => {
      live = false;
    };
  }, []);
  return Picker ? <Picker {...props} /> : null;
}
