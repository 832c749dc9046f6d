import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createFormatter, createTranslator } from 'next-intl';
import { TranslationNotice } from '@/components/TranslationNotice';
import type { Locale } from '@/lib/locales';
import { readMessages } from './messages';

/** The notice as a page in `locale` renders it, with that locale's messages, formatted as the site formats dates. */
export function renderNotice(locale: Locale, props: { pending: boolean; englishUpdated?: string }): string {
  const t = createTranslator({ locale, messages: readMessages(locale), namespace: 'guides' });
  const format = createFormatter({ locale });
  const date = props.englishUpdated ? format.dateTime(new Date(props.englishUpdated), { dateStyle: 'long', timeZone: 'UTC' }) : '';
  return renderToStaticMarkup(
    createElement(TranslationNotice, {
      ...props,
      englishHref: '/en/guides/sextortion',
      text: {
        pending: t('translationPending'),
        stale: (link: (chunks: ReactNode) => ReactNode) => t.rich('translationStale', { date, link }),
      },
    }),
  );
}

