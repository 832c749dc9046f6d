import { describeComponent } from '@/components/component-spec';
import { parseSiteContact } from '@/lib/site-contact';
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
      { name: 'information', props: (locale) => ({ locale, children: body }) },
      { name: 'information with a title', props: (locale) => ({ locale, type: 'info' as const, title: 'Good to know', children: body }) },
      { name: 'a warning', props: (locale) => ({ locale, type: 'warning' as const, children: body }) },
      { name: 'a warning with a title', props: (locale) => ({ locale, type: 'warning' as const, title: 'Before you report', children: body }) },
      { name: 'a danger', props: (locale) => ({ locale, type: 'danger' as const, children: body }) },
      { name: 'a danger with a title', props: (locale) => ({ locale, type: 'danger' as const, title: 'Never save the image', children: body }) },
    ],
  }),
  describeComponent(Steps, {
    name: 'Steps',
    description: 'A guide’s numbered list shown as steps to take in order, each with its number in a circle.',
    params: { children: 'The steps, as the numbered list MDX makes of the text.' },
    examples: [{ name: 'three steps', props: { children: steps } }],
  }),
  describeComponent(Checklist, {
    name: 'Checklist',
    description: 'A guide’s bulleted list shown as a checklist of things to do or to keep in mind, each with an empty box to tick.',
    params: { children: 'The items, as the bulleted list MDX makes of the text.' },
    examples: [{ name: 'three items', props: { children: checklist } }],
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
      { name: 'for parents', props: (locale) => ({ locale, audience: 'parents' as const }) },
      { name: 'for young people', props: (locale) => ({ locale, audience: 'young-people' as const }) },
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
      { name: 'images found online', props: (locale) => ({ locale, situation: 'found-images' as const }) },
      { name: 'sextortion', props: (locale) => ({ locale, situation: 'sextortion' as const }) },
      { name: 'a child told me', props: (locale) => ({ locale, situation: 'child-told-me' as const }) },
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
      { name: 'an email address', props: (locale) => ({ locale, contact: parseSiteContact('help@haven.example') }) },
      { name: 'a web address', props: (locale) => ({ locale, contact: parseSiteContact('https://haven.example/contact') }) },
      { name: 'none given', props: (locale) => ({ locale, contact: undefined }) },
    ],
  }),
];
