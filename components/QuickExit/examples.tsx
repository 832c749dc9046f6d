import { describeComponent } from '@/components/component-spec';
import { contentPagePath, localePath } from '@/lib/site';
import { translator } from '@/tests/components/next-intl-server';
import { quickExitShows } from '@/tests/components/shows';
import { QuickExitBar, QuickExitSkip } from '.';

export default [
  describeComponent(QuickExitBar, {
    name: 'QuickExitBar',
    description:
      'The sticky bar at the top of every page with the "Exit this page" link to a neutral site, and a link to the page that explains it.',
    params: { locale: 'The reader’s locale: the language of the links and of the neutral site.' },
    examples: [
      {
        name: 'default',
        props: (locale) => ({ locale }),
        // Its count of Shift presses is announced in a live status.
        shows: (locale) => {
          const exit = quickExitShows(locale);
          return { ...exit, text: [...exit.text!, translator(locale, 'quickExit')('what')], links: [...exit.links!, localePath(locale, contentPagePath('browse-safely'))], roles: ['link', 'status'] };
        },
      },
    ],
  }),
  describeComponent(QuickExitSkip, {
    name: 'QuickExitSkip',
    description: 'A second "Exit this page" link, hidden until it has focus, right after the skip link for keyboard and screen-reader users.',
    params: { locale: 'The reader’s locale: the language of the link and of the neutral site.' },
    examples: [{ name: 'default', props: (locale) => ({ locale }), shows: quickExitShows }],
  }),
];
