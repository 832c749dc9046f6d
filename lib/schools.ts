import type { Source } from '@/lib/guide-schema';

// What the schools page recommends, by the moment a school shares it. Slugs are guides in content/en/guides;
// tests/unit/schools.test.ts checks that each one exists.
export const shareMoments = [
  { id: 'start-of-year', key: 'startOfYear', slugs: ['talk-with-your-child', 'grooming', 'warning-signs'] },
  { id: 'before-holidays', key: 'beforeHolidays', slugs: ['safer-devices-and-apps', 'sextortion', 'how-to-report'] },
  {
    id: 'after-incident',
    key: 'afterIncident',
    slugs: ['if-your-child-tells-you', 'if-images-are-shared', 'how-to-report', 'after-you-report'],
  },
] as const;

/**
 * The schools' and families' kit on the schools page, by who reads it: the printable sheets (lib/kit.ts) and the guide
 * a school needs when students made fake images of classmates.
 */
export const kitGroups = [
  { key: 'staff', items: [{ sheet: 'schools/incident' }, { sheet: 'schools/lessons' }] },
  { key: 'families', items: [{ sheet: 'schools/letter' }, { sheet: 'first-hour' }, { guide: 'ai-fake-images' }] },
  { key: 'youngPeople', items: [{ sheet: 'young-people/first-hour' }] },
] as const;

/** The guide for parents that continues the staff advice on a child's disclosure. */
export const disclosureGuide = 'if-your-child-tells-you';

/**
 * Where the disclosure advice comes from: the reference names these for "never view, copy or forward an image". Each
 * has its address, the UK government's schools guidance (UKCIS) included, read on the date given.
 */
export const disclosureSources: Source[] = [
  {
    title: 'Sharing nudes and semi-nudes: advice for education settings working with children and young people',
    publisher: 'UK Council for Internet Safety (UKCIS), GOV.UK',
    url: 'https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people',
    date: '2026-12-01',
  },
  {
    title: 'Frequently asked questions',
    publisher: 'Internet Watch Foundation (IWF)',
    url: 'https://www.iwf.org.uk/faqs/',
    date: '2026-11-21',
  },
  { title: 'How to report', publisher: 'INHOPE', url: 'https://www.inhope.org/EN/how-to-report', date: '2026-11-21' },
  {
    title: 'Take It Down: frequently asked questions',
    publisher: 'National Center for Missing & Exploited Children (NCMEC)',
    url: 'https://takeitdown.ncmec.org/faq/',
    date: '2026-11-21',
  },
];

export const disclosureReviewed = '2026-12-01';
