import { describeComponent } from '@/components/component-spec';
import { translator } from '@/tests/components/next-intl-server';
import type { Locale } from '@/lib/locales';
import { CopyButton, CopyScript } from '.';

/** The schools page's strings in `locale` (messages/<locale>.json), for the button's label as that page gives it. */
const schools = (locale: Locale) => translator(locale, 'schools');

export default [
  describeComponent(CopyButton, {
    name: 'CopyButton',
    description:
      'A button that copies the text of another element on the page and then says it has, shown only once the copy script runs.',
    params: {
      locale: 'The reader’s locale, for what the button says after copying or when copying fails.',
      target: 'The id of the element whose text the button copies.',
      label: 'What the button says: which text it copies.',
    },
    examples: [
      {
        name: 'the newsletter paragraph',
        props: (locale) => ({ locale, target: 'newsletter-text', label: schools(locale)('newsletter.copy') }),
        shows: (locale) => ({ text: [schools(locale)('newsletter.copy')], roles: ['button', 'status'] }),
      },
      {
        name: 'the badge’s code',
        props: (locale) => ({ locale, target: 'badge-code', label: schools(locale)('badge.copy') }),
        shows: (locale) => ({ text: [schools(locale)('badge.copy')], roles: ['button', 'status'] }),
      },
    ],
  }),
  describeComponent(CopyScript, {
    name: 'CopyScript',
    description: 'The script that shows every copy button on a page and makes it work; a page that has copy buttons renders it once.',
    params: {},
    // A script element: nothing a reader sees.
    examples: [{ name: 'default', props: {}, shows: {} }],
  }),
];
