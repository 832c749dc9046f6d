import type { Shows } from '@/components/component-spec';
import { contentPagePath, localePath, sitePaths } from '@/lib/site';
import { locales, quickExitUrl, type Locale } from '@/lib/locales';
import { telHref } from '@/lib/channels/names';
import { type Channel, type Phone } from '@/lib/channels/schema';
import { formatter, translator } from './next-intl-server';

// What the examples of several components show (components/*/examples.tsx, `shows`), written once.

/** The header: the site's links, the main navigation, and the same page in every other language. */
export function headerShows(locale: Locale, path: string): Required<Pick<Shows, 'text' | 'links' | 'roles' | 'lang'>> {
  const nav = translator(locale, 'nav');
  const others = locales.filter((l) => l !== locale);
  return {
    text: [nav('getHelp'), nav('guides'), nav('report'), nav('schools'), nav('search'), nav('language')],
    links: [localePath(locale), ...[sitePaths.report, sitePaths.guides, sitePaths.schools, sitePaths.search].map((p) => localePath(locale, p)), ...others.map((l) => localePath(l, path))],
    roles: ['banner', 'navigation', 'list', 'link'],
    lang: others,
  };
}

/** The footer: the emergency reminder and the links to the pages about the site. */
export function footerShows(locale: Locale): Required<Pick<Shows, 'text' | 'links' | 'roles'>> {
  const t = translator(locale, 'footer');
  return {
    text: [t('emergency'), t('youngPeople'), t('browseSafely'), t('aboutPage'), t('privacy'), t('accessibility'), t('about')],
    links: (['young-people', 'browse-safely', 'about', 'privacy', 'accessibility'] as const).map((slug) => localePath(locale, contentPagePath(slug))),
    roles: ['contentinfo', 'list', 'link'],
  };
}

/** A whole page: the header, the main region with the page's own h1, the footer. */
export function pageShows(locale: Locale, path: string, { h1, text = [], links = [] }: { h1: string; text?: string[]; links?: string[] }): Shows {
  const header = headerShows(locale, path);
  const footer = footerShows(locale);
  return {
    text: [...header.text, h1, ...text, ...footer.text],
    links: [...header.links, ...links, ...footer.links],
    roles: [...header.roles, 'main', 'heading 1', ...footer.roles],
    lang: header.lang,
  };
}

/** The notice of a translation that follows an older English page, as a reader reads it. */
export function staleNotice(locale: Locale, englishUpdated: string): string {
  const date = formatter(locale).dateTime(new Date(englishUpdated), { dateStyle: 'long', timeZone: 'UTC' });
  return translator(locale, 'guides').markup('translationStale', { date, link: (chunks) => chunks });
}

/** One of a service's numbers as written: a tap-to-call link, a text link (with its keyword), or a WhatsApp number, kept left to right. */
export function phoneShows(locale: Locale, phone: Phone): Required<Pick<Shows, 'text' | 'links' | 'dir'>> {
  const t = translator(locale, 'country');
  const shown = phone.display ?? phone.tel!;
  if (phone.via === 'whatsapp') return { text: [t('via.whatsapp'), shown], links: [], dir: ['ltr'] };
  if (phone.via === 'text') return { text: [phone.keyword ? t('textKeyword', { keyword: phone.keyword }) : t('via.text'), shown], links: [`sms:${phone.tel}`], dir: ['ltr'] };
  return { text: [shown], links: [telHref(phone.tel!)], dir: ['ltr'] };
}

/** A service's card: its name as a heading, how to reach it, what it takes, whether it is anonymous, its sources. */
export function channelShows(locale: Locale, channel: Channel, more: string[] = []): Shows {
  const t = translator(locale, 'country');
  const phones = channel.phones.map((phone) => phoneShows(locale, phone));
  return {
    text: [channel.name, ...phones.flatMap((p) => p.text), formatter(locale).list(channel.handles.map((h) => t(`handle.${h}`))), t(`anonymous.${channel.anonymous}`), ...more],
    links: [...[channel.url, channel.localUrl].filter((url) => url !== undefined), ...phones.flatMap((p) => p.links), ...channel.sources.map((s) => s.url)],
    roles: ['listitem', 'heading 3', 'link', 'time'],
    lang: [...new Set(channel.sources.map((s) => s.lang))],
    dir: ['ltr'],
  };
}

/** The quick-exit link: "Exit this page" to the neutral site. */
export function quickExitShows(locale: Locale): Shows {
  return { text: [translator(locale, 'quickExit')('label')], links: [quickExitUrl(locale)], roles: ['link'] };
}
