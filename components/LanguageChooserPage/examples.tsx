import { describeComponent } from '@/components/component-spec';
import { translator } from '@/tests/components/next-intl-server';
import { dirOf, localeNames, locales, type Locale } from '@/lib/locales';
import { localePath, siteName, siteUrl } from '@/lib/site';
import { LanguageChooserPage } from '.';

/** Each locale's tagline, from messages/<locale>.json, as scripts/postbuild.ts reads them. */
const taglines = Object.fromEntries(
  locales.map((locale) => [
    locale,
    translator(locale, 'site')('tagline'),
  ]),
) as Record<Locale, string>;

/** Each language's home, named and described in that language, marked with its language and direction. */
const chooser = {
  text: [siteName, ...locales.flatMap((locale) => [localeNames[locale], taglines[locale]])],
  links: locales.map((locale) => localePath(locale)),
  roles: ['main', 'heading 1', 'list', 'link'],
  lang: [...locales],
  dir: [...new Set(locales.map(dirOf))],
};

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
      { name: 'as the build writes it', props: { taglines, stylesheets: [], origin: siteUrl.origin }, shows: chooser },
      { name: 'with the name given', props: { name: 'Haven (preview)', taglines, stylesheets: [], origin: siteUrl.origin }, shows: { ...chooser, text: ['Haven (preview)', ...chooser.text] } },
    ],
  }),
];
