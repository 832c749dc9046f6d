import type { ReactNode } from 'react';
import type { Locale } from '@/lib/locales';

// Each component folder has an examples.tsx beside its index.tsx, after GOV.UK Frontend's component folders: what the
// component is for, a description of every param, and named examples. tests/unit/components.test.ts renders every
// example in every locale; tests/e2e/components.test.ts runs axe on each, light and dark, left to right and right to
// left, with the site's own stylesheet. `npx tsx scripts/write-component-docs.ts` lists them in docs/components.md.

/** One description per prop, optional ones included: TypeScript refuses a spec that leaves a param undescribed. */
export type Params<P> = { readonly [K in keyof Required<P>]: string };

export interface Example<P> {
  /** Short and unique within the component: it names the test. */
  name: string;
  /** The props; for a component in the reader's language, the props in any locale (the tests render each). */
  props: P | ((locale: Locale) => P);
  /** The component renders nothing for these props (the render test checks that; axe has nothing to check). */
  rendersNothing?: boolean;
}

export interface ComponentSpec<P extends object = any> {
  name: string;
  description: string;
  component: (props: P) => ReactNode | Promise<ReactNode>;
  params: Params<P>;
  examples: readonly Example<P>[];
  /** The markup it sits in on a page, where it cannot stand alone (a list item needs its list). */
  frame?: (rendered: ReactNode) => ReactNode;
}

export function describeComponent<P extends object>(
  component: (props: P) => ReactNode | Promise<ReactNode>,
  spec: Omit<ComponentSpec<NoInfer<P>>, 'component'>,
): ComponentSpec<P> {
  return { component, ...spec };
}
