import type { ReactNode } from 'react';
import { defaultLocale } from '@/lib/locales';

const noticeClass = 'mb-6 rounded-md border border-amber-700 bg-amber-50 p-4 dark:border-amber-400 dark:bg-amber-950';

/** The strings the notices need, from the reader's messages (guides.translationPending, guides.translationStale). */
export interface TranslationNoticeText {
  pending: ReactNode;
  /** The stale notice with the English page's date and a link to it; its link is made with `englishLink`. */
  stale: (englishLink: (chunks: ReactNode) => ReactNode) => ReactNode;
}

/**
 * What a reader is told about the language of an MDX page: nothing for a current translation or an English page; that
 * a translation is coming, when the text is the English one; or, for a translation made from an older English version,
 * the day the English changed and a link to it (as Starlight's Lunaria does).
 * Pure, so tests/unit/translation-notice.test.ts renders every case with each locale's messages.
 */
export function TranslationNotice({
  pending,
  englishUpdated,
  englishHref,
  text,
}: {
  pending: boolean;
  englishUpdated?: string;
  englishHref: string;
  text: TranslationNoticeText;
}) {
  if (pending) {
    return (
      <p role="note" className={noticeClass}>
        {text.pending}
      </p>
    );
  }
  if (!englishUpdated) return null;
  return (
    <p role="note" className={noticeClass} data-translation-stale={englishUpdated}>
      {text.stale((chunks) => (
        <a href={englishHref} hrefLang={defaultLocale} className="underline">
          {chunks}
        </a>
      ))}
    </p>
  );
}
