import { describeComponent } from '@/components/component-spec';
import { translator } from '@/tests/components/next-intl-server';
import { locales, type Locale } from '@/lib/locales';
import { siteName, siteUrl } from '@/lib/site';
import { LanguageChooserPage } from '.';

/** Each locale's tagline, from messages/<locale>.json, as scripts/postbuild.ts reads them. */
const taglines = Object.fromEntries(
  locales.map((locale) => [
    locale,
    translator(locale, 'site')('tagline'),
  ]),
) as Record<Locale, string>;

export default [
  describeComponent(LanguageChooserPage, {
    name: 'LanguageChooserPage',
    description:
      'The whole document at the root of the static site, for hosts that cannot choose the language themselves: a link to each language’s home page.',
    params: {
      name: 'The site’s name, the same in every language, when it is not the usual one.',
      taglines: 'Each language’s one-line description of the site, shown under its link.',
      stylesheets: 'The addresses of the site’s stylesheets, as the built pages link them.',
      origin: 'The public address the site was built for, for the links to each language’s home page.',
    },
    examples: [
      { name: 'as the build writes it', props: { taglines, stylesheets: [], origin: siteUrl.origin } },
      { name: 'with the name given', props: { name: siteName, taglines, stylesheets: [], origin: siteUrl.origin } },
    ],
  }),
];
