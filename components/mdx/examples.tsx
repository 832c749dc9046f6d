import { describeComponent } from '@/components/component-spec';
import { parseSiteContact } from '@/lib/site-contact';
import { readersCountries } from '@/lib/countries';
import type { Locale } from '@/lib/locales';
import { answerFor } from '@/lib/channels/directory';
import { telHref } from '@/lib/channels/names';
import { type Situation } from '@/lib/channels/situations';
import { countryPath, localePath, reportSectionPath, sitePaths } from '@/lib/site';
import { translator } from '@/tests/components/next-intl-server';
import { Callout, Channels, Checklist, GetHelp, SiteContact, Steps } from '.';

const body = <p>Stop replying. Do not pay. Keep the messages.</p>;

const steps = (
  <ol>
    <li>Stop replying.</li>
    <li>Keep the messages.</li>
    <li>Report the account.</li>
  </ol>
);

const checklist = (
  <ul>
    <li>Keep the messages.</li>
    <li>Do not pay.</li>
    <li>Tell someone you trust.</li>
  </ul>
);

const text = (locale: Locale, namespace: string) => translator(locale, namespace);

/** The box's kind, said to screen readers, then its title (the kind's name unless given), then what it says. */
function callout(locale: Locale, type: 'info' | 'warning' | 'danger', title?: string) {
  const kind = text(locale, 'components')(`callout.${type}`);
  return { text: [`${kind}: ${title ?? kind}`, 'Stop replying. Do not pay. Keep the messages.'] };
}

/** A region named "Get help now": each of the reader's countries with its emergency numbers to call, and the ways on. */
function getHelp(locale: Locale, namespace: 'getHelp' | 'youngPeople.getHelp') {
  const t = text(locale, namespace);
  const countries = readersCountries(locale);
  return {
    text: [t('title'), t('emergency'), ...countries.map((c) => c.name), t('elsewhere'), t('report'), t('link')],
    links: [
      ...countries.flatMap((c) => c.emergency.map((e) => telHref(e.number))),
      localePath(locale, reportSectionPath('emergencyNumbers')),
      localePath(locale, sitePaths.report),
    ],
    roles: ['region', 'list', 'link'],
    labels: [t('title')],
    dir: ['ltr' as const],
  };
}

/** Each of the reader's countries linking to its answer, and to the service to try first where there is one. */
function channels(locale: Locale, situation: Situation) {
  const t = text(locale, 'channels');
  const countries = readersCountries(locale);
  return {
    text: [t('title'), t('intro'), ...countries.map((c) => c.name), t('other')],
    links: [
      ...countries.flatMap((c) => {
        const page = localePath(locale, countryPath(c.country));
        const first = answerFor(c.country, situation).first;
        return [`${page}#${situation}`, ...(first ? [`${page}#${first.id}`] : [])];
      }),
      localePath(locale, reportSectionPath('countries')),
    ],
    roles: ['region', 'list', 'link'],
    labels: [t('title')],
  };
}

/** A region named for how to reach the site's people: the address as a link kept left to right, or a plain "none". */
function contact(locale: Locale, given?: ['email' | 'web', string], href?: string) {
  const t = text(locale, 'siteContact');
  if (!given) return { text: [t('title'), t('none')], roles: ['region'], labels: [t('title')] };
  return { text: [t('title'), `${t(given[0])} ${given[1]}`], links: [href!], roles: ['region', 'link'], labels: [t('title')], dir: ['ltr' as const] };
}

export default [
  describeComponent(Callout, {
    name: 'Callout',
    description:
      'A boxed note inside a guide that stands out from the text: information, a warning, or a danger the reader must not miss.',
    params: {
      locale: 'The reader’s locale: the language of the box’s label.',
      type: 'How serious the note is: information, a warning or a danger.',
      title: 'The box’s own title, shown instead of its label.',
      children: 'What the note says.',
    },
    examples: [
      { name: 'information', props: (locale) => ({ locale, children: body }), shows: (locale) => callout(locale, 'info') },
      {
        name: 'information with a title',
        props: (locale) => ({ locale, type: 'info' as const, title: 'Good to know', children: body }),
        shows: (locale) => callout(locale, 'info', 'Good to know'),
      },
      { name: 'a warning', props: (locale) => ({ locale, type: 'warning' as const, children: body }), shows: (locale) => callout(locale, 'warning') },
      {
        name: 'a warning with a title',
        props: (locale) => ({ locale, type: 'warning' as const, title: 'Before you report', children: body }),
        shows: (locale) => callout(locale, 'warning', 'Before you report'),
      },
      { name: 'a danger', props: (locale) => ({ locale, type: 'danger' as const, children: body }), shows: (locale) => callout(locale, 'danger') },
      {
        name: 'a danger with a title',
        props: (locale) => ({ locale, type: 'danger' as const, title: 'Never save the image', children: body }),
        shows: (locale) => callout(locale, 'danger', 'Never save the image'),
      },
    ],
  }),
  describeComponent(Steps, {
    name: 'Steps',
    description: 'A guide’s numbered list shown as steps to take in order, each with its number in a circle.',
    params: { children: 'The steps, as the numbered list MDX makes of the text.' },
    examples: [{ name: 'three steps', props: { children: steps }, shows: { text: ['Stop replying.', 'Keep the messages.', 'Report the account.'], roles: ['list', 'listitem'] } }],
  }),
  describeComponent(Checklist, {
    name: 'Checklist',
    description: 'A guide’s bulleted list shown as a checklist of things to do or to keep in mind, each with an empty box to tick.',
    params: { children: 'The items, as the bulleted list MDX makes of the text.' },
    examples: [{ name: 'three items', props: { children: checklist }, shows: { text: ['Keep the messages.', 'Do not pay.', 'Tell someone you trust.'], roles: ['list', 'listitem'] } }],
  }),
  describeComponent(GetHelp, {
    name: 'GetHelp',
    description:
      'The box that tells the reader where to get help now: the emergency numbers of the countries where their language is read, and the way to report.',
    params: {
      locale: 'The reader’s locale: the language of the text and whose countries’ numbers are shown.',
      audience: 'Who reads it: parents, or young people, who are spoken to in their own register.',
    },
    examples: [
      { name: 'for parents', props: (locale) => ({ locale, audience: 'parents' as const }), shows: (locale) => getHelp(locale, 'getHelp') },
      { name: 'for young people', props: (locale) => ({ locale, audience: 'young-people' as const }), shows: (locale) => getHelp(locale, 'youngPeople.getHelp') },
    ],
  }),
  describeComponent(Channels, {
    name: 'Channels',
    description:
      'The services that answer one situation in each country where the reader’s language is read, each linking to its entry in the directory.',
    params: {
      locale: 'The reader’s locale: the language of the text and whose countries are listed.',
      situation: 'What happened, one of the choices of the reporting page, which decides the services shown.',
    },
    examples: [
      { name: 'images found online', props: (locale) => ({ locale, situation: 'found-images' as const }), shows: (locale) => channels(locale, 'found-images') },
      { name: 'sextortion', props: (locale) => ({ locale, situation: 'sextortion' as const }), shows: (locale) => channels(locale, 'sextortion') },
      { name: 'a child told me', props: (locale) => ({ locale, situation: 'child-told-me' as const }), shows: (locale) => channels(locale, 'child-told-me') },
    ],
  }),
  describeComponent(SiteContact, {
    name: 'SiteContact',
    description:
      'How to reach the people who run this copy of the site, from SITE_CONTACT at build time, or a plain statement that none was given.',
    params: {
      locale: 'The reader’s locale: the language of the text around the address.',
      contact: 'The email or web address from SITE_CONTACT (lib/site-contact.ts); none when the build was given none.',
    },
    examples: [
      {
        name: 'an email address',
        props: (locale) => ({ locale, contact: parseSiteContact('help@haven.example') }),
        shows: (locale) => contact(locale, ['email', 'help@haven.example'], 'mailto:help@haven.example'),
      },
      {
        name: 'a web address',
        props: (locale) => ({ locale, contact: parseSiteContact('https://haven.example/contact') }),
        shows: (locale) => contact(locale, ['web', 'https://haven.example/contact'], 'https://haven.example/contact'),
      },
      { name: 'none given', props: (locale) => ({ locale, contact: undefined }), shows: (locale) => contact(locale) },
    ],
  }),
];
