import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

/**
 * A "Copy" button for the text of the element with id `target`, and the live region that says "Copied".
 * The button stays hidden until public/js/copy.js runs (the page renders <CopyScript /> once): without
 * JavaScript the text is still there to select.
 */
export async function CopyButton({ locale, target, label }: { locale: Locale; target: string; label: string }) {
  const t = await getTranslations({ locale, namespace: 'copy' });
  const status = `${target}-status`;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2" data-pagefind-ignore="">
      <button
        type="button"
        hidden
        data-copy={target}
        data-copy-status={status}
        data-copied={t('copied')}
        data-failed={t('failed')}
        className="inline-flex min-h-11 items-center rounded-md bg-slate-900 px-4 py-2 font-semibold text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white"
      >
        {label}
      </button>
      <p id={status} role="status" className="font-semibold" />
    </div>
  );
}

export function CopyScript() {
  return <script type="module" src="/js/copy.js" />;
}
