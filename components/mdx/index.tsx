import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import { localePath } from '@/lib/site';

// The components guide authors may use in MDX (docs/authoring.md). All render on the server.

type CalloutType = 'info' | 'warning' | 'danger';

const calloutStyles: Record<CalloutType, string> = {
  info: 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950',
  warning: 'border-amber-700 bg-amber-50 dark:border-amber-400 dark:bg-amber-950',
  danger: 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950',
};

async function Callout({
  locale,
  type = 'info',
  title,
  children,
}: {
  locale: Locale;
  type?: CalloutType;
  title?: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'components' });
  if (!(type in calloutStyles)) throw new Error(`<Callout type="${type}">: type must be info, warning or danger`);
  return (
    <div className={`callout my-6 rounded-md border-s-4 px-4 py-1 ${calloutStyles[type]}`}>
      <p className="font-bold">
        <span className="sr-only">{t(`callout.${type}`)}: </span>
        {title ?? t(`callout.${type}`)}
      </p>
      {children}
    </div>
  );
}

function Steps({ children }: { children: ReactNode }) {
  return <div className="steps">{children}</div>;
}

function Checklist({ children }: { children: ReactNode }) {
  return <div className="checklist">{children}</div>;
}

async function GetHelp({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'getHelp' });
  return (
    <section
      aria-label={t('title')}
      className="not-prose my-8 rounded-md border-2 border-red-700 bg-red-50 p-4 dark:border-red-400 dark:bg-red-950"
    >
      <p className="text-lg font-bold">
        {t('title')}
      </p>
      <p className="mt-2">{t('emergency')}</p>
      <p className="mt-2">{t('report')}</p>
      <p className="mt-3">
        <a className="font-semibold underline underline-offset-2" href={localePath(locale, '/report')}>
          {t('link')}
        </a>
      </p>
    </section>
  );
}

/** The component map for one locale (components that show interface text need it). */
export function mdxComponents(locale: Locale) {
  return {
    Callout: (props: Omit<Parameters<typeof Callout>[0], 'locale'>) => <Callout locale={locale} {...props} />,
    Steps,
    Checklist,
    GetHelp: () => <GetHelp locale={locale} />,
  };
}
