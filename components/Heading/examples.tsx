import { describeComponent } from '@/components/component-spec';
import type { Locale } from '@/lib/locales';
import { translator } from '@/tests/components/next-intl-server';
import { Heading } from '.';

/** The heading at its level, and a link to it named for screen readers in the reader's language. */
const heading = (locale: Locale, level: 2 | 3, id: string, text: string) => ({
  text: [text],
  roles: [`heading ${level}`, 'link'],
  links: [`#${id}`],
  labels: [translator(locale, 'anchors')('link', { heading: text })],
});

export default [
  describeComponent(Heading, {
    name: 'Heading',
    description:
      'A section heading with a stable id and a visible “link to this section” control after it, the same as the headings of a guide.',
    params: {
      locale: 'The reader’s locale: the language of the link’s spoken name.',
      level: 'Whether it heads a section of the page or a part of one.',
      id: 'The id the link points to; unique on the page.',
      children: 'The heading’s text.',
      className: 'Classes that style the heading itself, such as its size.',
      groupClassName: 'Classes that place the heading and its link on the page, such as the space above them.',
    },
    examples: [
      {
        name: 'a section heading',
        props: (locale) => ({ locale, level: 2 as const, id: 'when-to-share', children: 'When to share', className: 'text-2xl font-bold' }),
        shows: (locale) => heading(locale, 2, 'when-to-share', 'When to share'),
      },
      {
        name: 'a subheading with space above',
        props: (locale) => ({
          locale,
          level: 3 as const,
          id: 'all-guides',
          children: 'All guides',
          className: 'text-xl font-bold',
          groupClassName: 'mt-6',
        }),
        shows: (locale) => heading(locale, 3, 'all-guides', 'All guides'),
      },
      { name: 'unstyled', props: (locale) => ({ locale, level: 2 as const, id: 'sources', children: 'Sources' }), shows: (locale) => heading(locale, 2, 'sources', 'Sources') },
    ],
  }),
];
