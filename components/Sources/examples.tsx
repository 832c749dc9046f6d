import { describeComponent } from '@/components/component-spec';
import { getGuide } from '@/lib/content';
import type { Source } from '@/lib/guide-schema';
import type { Locale } from '@/lib/locales';
import { getCountry } from '@/lib/channels/directory';
import { disclosureReviewed, disclosureSources } from '@/lib/schools';
import { translator } from '@/tests/components/next-intl-server';
import { Sources } from '.';

/** The sources and review day of a guide, in the reader's language where it is translated. */
function guide(locale: Locale, slug: string) {
  const found = getGuide(locale, slug);
  if (!found) throw new Error(`content/en/guides has no ${slug}.mdx`);
  return { sources: found.frontMatter.sources, reviewed: found.frontMatter.reviewed };
}

// A source whose title is in French: a page the directory cites for Belgium's 103 line, read on the day it was checked.
const belgium = getCountry('BE')!.channels.find((c) => c.id === 'ecoute-enfants-103')!;
const cited = belgium.sources.find((s) => s.lang === 'fr' && s.publisher && s.url.startsWith('https://'))!;
const french: Source = { title: cited.title, publisher: cited.publisher!, url: cited.url, lang: cited.lang, date: cited.date ?? belgium.verified };

/** A region headed "Sources" at its level; each source's title (a link where it has an address) and publisher. */
function listed(locale: Locale, sources: Source[], level: 2 | 3 = 2) {
  return {
    text: [translator(locale, 'guides')('sources'), ...sources.flatMap((s) => [s.title, s.publisher])],
    links: sources.flatMap((s) => (s.url ? [s.url] : [])),
    roles: ['region', `heading ${level}`, 'list', 'time'],
  };
}

export default [
  describeComponent(Sources, {
    name: 'Sources',
    description:
      'Where a page’s facts come from and the day they were last checked, at the end of the page or under one of its sections.',
    params: {
      locale: 'The reader’s locale: the language of the heading and of the dates.',
      sources: 'The pages and publications the facts come from, each with the day it was read.',
      reviewed: 'The day the facts were last checked.',
      id: 'The heading’s id, the target of its “link to this section” control; unique on the page.',
      level: 'Whether the list ends the page (a main heading) or belongs to one section (a subheading).',
    },
    examples: [
      { name: 'at the end of a guide', props: (locale) => ({ locale, ...guide(locale, 'sextortion') }), shows: (locale) => listed(locale, guide(locale, 'sextortion').sources) },
      {
        name: 'under one section',
        props: (locale) => ({ locale, sources: disclosureSources, reviewed: disclosureReviewed, id: 'disclosure-sources', level: 3 as const }),
        shows: (locale) => listed(locale, disclosureSources, 3),
      },
      {
        name: 'a title in another language',
        props: (locale) => ({ locale, sources: [french], reviewed: belgium.verified }),
        shows: (locale) => ({ ...listed(locale, [french]), lang: ['fr'] }),
      },
    ],
  }),
];
