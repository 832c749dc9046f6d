import type { ReactNode } from 'react';
import type { Locale } from '@/lib/locales';

// Each component folder has an examples.tsx beside its index.tsx, after GOV.UK Frontend's component folders: what the
// component is for, a description of every param, and named examples, each with what a reader finds in it (GOV.UK's
// "examples with expectations"). tests/unit/components.test.ts renders every example in every locale and checks that;
// tests/e2e/components.test.ts runs axe on each, light and dark, left to right and right to left, with the site's own
// stylesheet. `npx tsx scripts/write-component-docs.ts` lists them in docs/components.md.

/** One description per prop, optional ones included: TypeScript refuses a spec that leaves a param undescribed. */
export type Params<P> = { readonly [K in keyof Required<P>]: string };

export interface Example<P> {
  /** Short and unique within the component: it names the test. */
  name: string;
  /** The props; for a component in the reader's language, the props in any locale (the tests render each). */
  props: P | ((locale: Locale) => P);
  /** The component renders nothing for these props (the render test checks that; axe has nothing to check). */
  rendersNothing?: boolean;
  /** What a reader finds in the example, in the locale it is rendered in (every example that renders says). */
  shows?: Shows | ((locale: Locale) => Shows);
}

/**
 * What a reader, or a screen reader, finds in a rendered example (tests/components/reader-view.ts reads it): each
 * item must be there; anything else may be too.
 */
export interface Shows {
  /** Text, found in the example's text with spaces collapsed (a message, a name, a number as written). */
  text?: readonly string[];
  /** Link addresses, each the href of a link. */
  links?: readonly string[];
  /** Roles, written or implied by the element: "banner", "navigation", "main", "contentinfo", "region", "heading 2",
   *  "list", "link", "button", "img", "note", "status", "time"… */
  roles?: readonly string[];
  /** Names said only to assistive technology (aria-label): a link shown as "#", a box's label. */
  labels?: readonly string[];
  /** lang attributes, for text in another language than the page's (a source's title, a name in its own language). */
  lang?: readonly string[];
  /** dir attributes: "ltr" where numbers or addresses are kept left to right, "rtl" for a right-to-left block. */
  dir?: readonly ('ltr' | 'rtl')[];
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
