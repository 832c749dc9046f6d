// How a channel is named and dialled on a page.
import type { Channel } from '@/lib/channels/schema';
import { inLocaleScript, scriptOf, type Locale } from '@/lib/locales';
import { E164, SHORT_CODE } from '@/lib/phone-plan';

/**
 * An organisation's name for a reader: its official name in the reader's own script first where it has one, with
 * the name it is searched by beside it ("生命熱線（Suicide Prevention Hotline）" in Chinese); otherwise its official
 * name, and its name in the country's language where it has one ("Cybertip.ca / Cyberaide.ca").
 */
function nameFor(name: string, localName: string | undefined, locale: Locale): string {
  if (!localName) return name;
  if (!inLocaleScript(localName, locale)) return `${name} / ${localName}`;
  // Chinese brackets are full width.
  return scriptOf(locale) === 'Han' ? `${localName}（${name}）` : `${localName} (${name})`;
}

export function channelName(channel: Pick<Channel, 'name' | 'localName'>, locale: Locale): string {
  return nameFor(channel.name, channel.localName, locale);
}

/** The name of the organisation that runs a channel, the same way. */
export function operatorName(channel: Pick<Channel, 'operator' | 'localOperator'>, locale: Locale): string | undefined {
  return channel.operator && nameFor(channel.operator, channel.localOperator, locale);
}

/** A tel: link for an E.164 number, or a short national number dialled as is (3018, 112). */
export function telHref(number: string): string {
  if (!E164.test(number) && !SHORT_CODE.test(number)) throw new Error(`not a dialable number: ${number}`);
  return `tel:${number}`;
}

