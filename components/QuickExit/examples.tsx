import { describeComponent } from '@/components/component-spec';
import { QuickExitBar, QuickExitSkip } from '.';

export default [
  describeComponent(QuickExitBar, {
    name: 'QuickExitBar',
    description:
      'The sticky bar at the top of every page with the "Exit this page" link to a neutral site, and a link to the page that explains it.',
    params: { locale: 'The reader’s locale: the language of the links and of the neutral site.' },
    examples: [{ name: 'default', props: (locale) => ({ locale }) }],
  }),
  describeComponent(QuickExitSkip, {
    name: 'QuickExitSkip',
    description: 'A second "Exit this page" link, hidden until it has focus, right after the skip link for keyboard and screen-reader users.',
    params: { locale: 'The reader’s locale: the language of the link and of the neutral site.' },
    examples: [{ name: 'default', props: (locale) => ({ locale }) }],
  }),
];
