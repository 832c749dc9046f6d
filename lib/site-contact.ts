// Who answers for this copy of the site: SITE_CONTACT, set at build time to an email address or an https address
// (a contact form, an issue tracker). The about and accessibility pages show it (<SiteContact /> in MDX); when it is
// not set they say so, and never show an address made up here.

export type SiteContact = { kind: 'email'; address: string; href: string } | { kind: 'web'; address: string; href: string };

const email = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

/** SITE_CONTACT read: undefined when empty; a value that is neither an email nor an https address stops the build. */
export function parseSiteContact(value: string | undefined): SiteContact | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const address = text.replace(/^mailto:/i, '');
  if (email.test(address)) return { kind: 'email', address, href: `mailto:${address}` };
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    // Reported below with the value.
  }
  if (url?.protocol === 'https:' && url.hostname) return { kind: 'web', address: url.href, href: url.href };
  throw new Error(`SITE_CONTACT must be an email address or an https:// address, not "${text}"`);
}

/** This build's contact, read from the environment each time (the tests set it). */
export function siteContact(): SiteContact | undefined {
  return parseSiteContact(process.env.SITE_CONTACT);
}
