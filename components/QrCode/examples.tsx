import { describeComponent } from '@/components/component-spec';
import { translator } from '@/tests/components/next-intl-server';
import type { Locale } from '@/lib/locales';
import { guidePath, pageUrl } from '@/lib/site';
import { QrCode } from '.';

/** A guide's address and its code's name, as the guide page gives them (guides.qrLabel in messages/<locale>.json). */
function guideCode(locale: Locale) {
  const url = pageUrl(locale, guidePath('sextortion'));
  const t = translator(locale, 'guides');
  return { url, label: t('qrLabel', { url }) };
}

/** An image named with what it is and the address it opens. */
const image = (locale: Locale) => ({ roles: ['img'], labels: [guideCode(locale).label] });

export default [
  describeComponent(QrCode, {
    name: 'QrCode',
    description: 'A QR code for an address, drawn when the site is built, dark on white in every colour scheme so cameras can read it.',
    params: {
      url: 'The address the code opens.',
      label: 'What the code is, for readers who cannot see it.',
      className: 'Classes for the drawing, such as its size on screen and on paper.',
    },
    examples: [
      { name: 'a guide’s address', props: (locale) => ({ ...guideCode(locale), className: 'size-28 shrink-0 print:size-[38mm]' }), shows: (locale) => image(locale) },
      { name: 'without a size', props: (locale) => guideCode(locale), shows: (locale) => image(locale) },
    ],
  }),
];
