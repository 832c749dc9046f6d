// What every locale's formatting shares, for Next's request config (i18n/request.ts) and for the component tests.

/** Dates on the site are calendar days (reviewed, verified): the same everywhere. */
export const timeZone = 'UTC';
