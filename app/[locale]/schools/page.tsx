import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CopyButton, CopyScript } from '@/components/CopyButton';
import { GuideList } from '@/components/GuideList';
import { Heading } from '@/components/Heading';
import { PageFrame } from '@/components/PageFrame';
import { Sources } from '@/components/Sources';
import { badgeFileName, badgeHtml, badgePath, badgeTarget } from '@/lib/badge';
import { getContentPage, getGuide, listGuides, type Guide } from '@/lib/content';
import { dirOf, type Locale } from '@/lib/locales';
import { printUrl } from '@/lib/print-urls';
import { disclosureGuide, disclosureReviewed, disclosureSources, kitGroups, shareMoments } from '@/lib/schools';
import { contentPagePath, guidePath, localePath, pageUrl, sitePaths, siteUrl } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('schools');
  return pageMetadata(locale, sitePaths.schools, { title: t('title'), description: t('description') });
}

const h2 = 'text-2xl font-bold';
const h3 = 'text-xl font-bold';
const link = 'underline underline-offset-4';

/** A guide's title as a link; an untranslated guide is marked as English. */
function GuideLink({ locale, guide }: { locale: Locale; guide: Guide }) {
  const pending = guide.textLocale !== locale;
  const href = localePath(locale, guidePath(guide.slug));
  return (
    <a
      className={`${link} font-semibold`}
      href={href}
      data-print-url={printUrl(href, siteUrl)}
      lang={pending ? guide.textLocale : undefined}
      dir={pending ? dirOf(guide.textLocale) : undefined}
    >
      {guide.frontMatter.title}
    </a>
  );
}

/** A sheet of the kit or a guide: its title as a link, then its one-line summary; a text still in English is marked. */
function KitItem({ locale, href, title, summary, textLocale }: { locale: Locale; href: string; title: string; summary: string; textLocale: Locale }) {
  const pending = textLocale !== locale;
  return (
    <li lang={pending ? textLocale : undefined} dir={pending ? dirOf(textLocale) : undefined}>
      <a className={`${link} font-semibold`} href={href} data-print-url={printUrl(href, siteUrl)}>
        {title}
      </a>
      <span className="block">{summary}</span>
    </li>
  );
}

export default async function SchoolsPage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('schools');
  const guide = (slug: string) => getGuide(locale, slug)!;
  const siteLink = pageUrl(locale);
  const badgeFile = badgePath(locale);
  const block = 'mt-3 rounded-md border-2 border-slate-400 p-4 dark:border-slate-500';

  return (
    <PageFrame locale={locale} path={sitePaths.schools}>
      <div data-pagefind-body>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-4 text-lg">{t('intro')}</p>

        <section aria-labelledby="kit" className="mt-10">
          <Heading locale={locale} level={2} id="kit" className={h2}>
            {t('kit.title')}
          </Heading>
          <p className="mt-2">{t('kit.intro')}</p>
          {kitGroups.map((group) => (
            <section key={group.key} aria-labelledby={`kit-${group.key}`} className="mt-6">
              <Heading locale={locale} level={3} id={`kit-${group.key}`} className={h3}>
                {t(`kit.${group.key}`)}
              </Heading>
              <ul className="mt-2 space-y-3">
                {group.items.map((item) => {
                  if ('guide' in item) {
                    const g = guide(item.guide);
                    return (
                      <KitItem key={item.guide} locale={locale} href={localePath(locale, guidePath(item.guide))} title={g.frontMatter.title} summary={g.frontMatter.summary} textLocale={g.textLocale} />
                    );
                  }
                  const page = getContentPage(locale, item.sheet);
                  return (
                    <KitItem key={item.sheet} locale={locale} href={localePath(locale, contentPagePath(item.sheet))} title={page.frontMatter.title} summary={page.frontMatter.summary} textLocale={page.textLocale} />
                  );
                })}
              </ul>
            </section>
          ))}
        </section>

        <section aria-labelledby="when-to-share" className="mt-10">
          <Heading locale={locale} level={2} id="when-to-share" className={h2}>
            {t('when.title')}
          </Heading>
          <p className="mt-2">{t('when.intro')}</p>
          {shareMoments.map((moment) => (
            <section key={moment.id} aria-labelledby={moment.id} className="mt-6">
              <Heading locale={locale} level={3} id={moment.id} className={h3}>
                {t(`when.${moment.key}.title`)}
              </Heading>
              <p className="mt-1">{t(`when.${moment.key}.why`)}</p>
              <ul className="mt-2 list-disc space-y-1 ps-6">
                {moment.slugs.map((slug) => (
                  <li key={slug}>
                    <GuideLink locale={locale} guide={guide(slug)} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>

        <section aria-labelledby="newsletter" className="mt-10">
          <Heading locale={locale} level={2} id="newsletter" className={h2}>
            {t('newsletter.title')}
          </Heading>
          <p className="mt-2">{t('newsletter.intro')}</p>
          <p id="newsletter-text" className={`${block} select-all`}>
            {t.rich('newsletter.text', { url: () => <span dir="ltr">{siteLink}</span> })}
          </p>
          <CopyButton locale={locale} target="newsletter-text" label={t('newsletter.copy')} />
        </section>

        <section aria-labelledby="print" className="mt-10">
          <Heading locale={locale} level={2} id="print" className={h2}>
            {t('print.title')}
          </Heading>
          <p className="mt-2">{t('print.body')}</p>
          <p className="mt-2">{t('print.how')}</p>
          <Heading locale={locale} level={3} id="all-guides" className={h3} groupClassName="mt-6">
            {t('print.allGuides')}
          </Heading>
          <GuideList locale={locale} guides={listGuides(locale)} />
        </section>

        <section aria-labelledby="disclosure" className="mt-10">
          <Heading locale={locale} level={2} id="disclosure" className={h2}>
            {t('disclosure.title')}
          </Heading>
          <p className="mt-2">{t('disclosure.intro')}</p>
          <p className="danger-box mt-4 font-semibold">{t('disclosure.danger')}</p>
          <ol className="mt-4 list-decimal space-y-2 ps-6">
            <li>{t('disclosure.listen')}</li>
            <li>{t('disclosure.noSecret')}</li>
            <li>{t('disclosure.noInvestigate')}</li>
            <li>{t('disclosure.writeDown')}</li>
            <li>{t('disclosure.policy')}</li>
            <li className="font-semibold">{t('disclosure.neverImage')}</li>
          </ol>
          <p className="mt-4">
            {t('disclosure.forParents')} <GuideLink locale={locale} guide={guide(disclosureGuide)} />
          </p>
          <Sources
            locale={locale}
            sources={disclosureSources}
            reviewed={disclosureReviewed}
            id="disclosure-sources"
            level={3}
          />
        </section>

        <section aria-labelledby="link-kit" className="mt-10" data-pagefind-ignore="">
          <Heading locale={locale} level={2} id="link-kit" className={h2}>
            {t('badge.title')}
          </Heading>
          <p className="mt-2">{t('badge.intro')}</p>
          <p className="mt-4">{t('badge.preview')}</p>
          {/* The exact markup a school pastes, rendered: what they see is what their visitors get. */}
          <div className="badge-preview mt-2" dangerouslySetInnerHTML={{ __html: badgeHtml(locale, t('badge.text')) }} />

          <Heading locale={locale} level={3} id="badge-html" className={h3} groupClassName="mt-6">
            {t('badge.htmlTitle')}
          </Heading>
          <p className="mt-1">{t('badge.htmlIntro')}</p>
          <pre dir="ltr" className={`${block} overflow-x-auto text-sm whitespace-pre-wrap break-all`}>
            <code id="badge-code">{badgeHtml(locale, t('badge.text'))}</code>
          </pre>
          <CopyButton locale={locale} target="badge-code" label={t('badge.copy')} />

          <Heading locale={locale} level={3} id="badge-file" className={h3} groupClassName="mt-6">
            {t('badge.fileTitle')}
          </Heading>
          <p className="mt-1">{t('badge.fileIntro')}</p>
          <p className="mt-1 text-sm break-all">
            <code dir="ltr">{badgeTarget(locale)}</code>
          </p>
          <p className="mt-3">
            <a className={`${link} font-semibold`} href={badgeFile} download={badgeFileName(locale)} data-print-url={printUrl(badgeFile, siteUrl)}>
              {t('badge.download')}
            </a>
          </p>
        </section>
      </div>
      <CopyScript />
    </PageFrame>
  );
}
