import { describeComponent } from '@/components/component-spec';
import { getGuide } from '@/lib/content';
import type { Locale } from '@/lib/locales';
import { guidePath, pageUrl } from '@/lib/site';
import { translator } from '@/tests/components/next-intl-server';
import { pageShows } from '@/tests/components/shows';
import { GuideView } from '.';

/** The guide in its frame: title, summary, sources, and for schools the QR code of its address and the print button. */
function guidePage(locale: Locale, slug: string) {
  const { frontMatter } = guide(locale, slug);
  const t = translator(locale, 'guides');
  const url = pageUrl(locale, guidePath(slug));
  const shows = pageShows(locale, guidePath(slug), { h1: frontMatter.title, text: [frontMatter.summary, t('sources'), t('qrCaption'), url, t('print')] });
  return { ...shows, roles: [...shows.roles!, 'article', 'region', 'heading 2', 'img', 'button'], dir: ['ltr' as const] };
}

const guide = (locale: Parameters<typeof getGuide>[0], slug: string) => {
  const found = getGuide(locale, slug);
  if (!found) throw new Error(`no guide ${slug} in ${locale}`);
  return found;
};

export default [
  describeComponent(GuideView, {
    name: 'GuideView',
    description: 'A whole guide page: the article, its sources, and the QR code and print button that schools use.',
    params: {
      locale: 'The reader’s locale.',
      guide: 'The guide as lib/content.ts loads it, in the reader’s language or in English while it is translated.',
    },
    examples: [
      { name: 'an act guide', props: (locale) => ({ locale, guide: guide(locale, 'sextortion') }), shows: (locale) => guidePage(locale, 'sextortion') },
      {
        name: 'a guide with a checklist and the channels for each situation',
        props: (locale) => ({ locale, guide: guide(locale, 'how-to-report') }),
        shows: (locale) => {
          const shows = guidePage(locale, 'how-to-report');
          return { ...shows, text: [...shows.text!, translator(locale, 'channels')('title')] };
        },
      },
    ],
  }),
];
