import type { ComponentProps, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../Loading/Loading';
import type { SlotAlternatives as SlotAlternativesType } from './SlotAlternatives';
import type { SlotPicker as SlotPickerType } from './SlotPicker';
import type { AppointmentDetails as AppointmentDetailsType } from './AppointmentDetails';

/**
 * The slot picker and its calendar (holidays, office hours) load on first use, not with the
 * start page: the first-visit budget is for what everyone needs. The service worker precaches
 * the chunk, so it opens offline all the same.
 */
type SlotModules = typeof import('./slot-components');
let loading: Promise<SlotModules> | undefined;
let loaded: SlotModules | undefined;

function load(): Promise<SlotModules> {
  loading ??= import('./slot-components').then((m) => (loaded = m));
  return loading;
}

function useSlotModules(): SlotModules | undefined {
  const [modules, setModules] = useState<SlotModules | undefined>(loaded);
  useEffect(() => {
    if (!modules) void load().then(setModules);
  }, []);
  return modules;
}

function lazyComponent<C extends ComponentType<any>>(pick: (m: SlotModules) => C, placeholder: boolean) {
  return function Lazy(props: ComponentProps<C>) {
    const modules = useSlotModules();
    if (!modules) return placeholder ? <Loading /> : null;
    const Component = pick(modules) as ComponentType<ComponentProps<C>>;
    return <Component {...props} />;
  };
}

export const SlotPicker = lazyComponent<typeof SlotPickerType>((m) => m.SlotPicker, true);
export const SlotAlternatives = lazyComponent<typeof SlotAlternativesType>((m) => m.SlotAlternatives, false);
export const AppointmentDetails = lazyComponent<typeof AppointmentDetailsType>((m) => m.AppointmentDetails, false);
