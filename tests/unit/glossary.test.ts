import { describe, expect, it } from 'vitest';
import { containsWord, glossarySchema } from '@/lib/glossary';
import { inLocaleScript } from '@/lib/locales';
import { channelName } from '@/lib/channels/names';

describe('a glossary word is found as the check finds it', () => {
  it('whole words in alphabetic scripts, case and accents as written', () => {
    expect(containsWord('Appelez votre numéro d’urgence.', 'vous', 'fr')).toBe(false);
    expect(containsWord('Si vous êtes en danger', 'vous', 'fr')).toBe(true);
    expect(containsWord('Beides sind Beweise.', 'Sie', 'de')).toBe(false);
    expect(containsWord('Rufen Sie an.', 'Sie', 'de')).toBe(true);
    expect(containsWord('wenn sie droht', 'Sie', 'de')).toBe(false);
  });

  it('whole words where a script joins vowel signs to letters (Devanagari)', () => {
    expect(containsWord('आपको मदद मिलेगी', 'आप', 'hi')).toBe(false);
    expect(containsWord('आप मदद ले सकते हैं', 'आप', 'hi')).toBe(true);
  });

  it('anywhere in Chinese, which has no spaces between words', () => {
    expect(containsWord('请您马上拨打', '您', 'zh-Hans')).toBe(true);
  });
});

describe('the glossary schema', () => {
  it('names the field that is wrong', () => {
    const result = glossarySchema.safeParse({ terms: [{ concept: 'sextortion', avoid: ['x'] }], countryNames: { usa: 'America' } });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('terms.0.use');
    expect(paths).toContain('countryNames.usa');
  });
});

describe('an organisation\'s name for the reader', () => {
  const nccm = { name: 'National Council for Childhood and Motherhood', localName: 'المجلس القومي للطفولة والأمومة' };
  it('comes first in the reader\'s own script, with the name it is searched by beside it', () => {
    expect(channelName(nccm, 'ar')).toBe('المجلس القومي للطفولة والأمومة (National Council for Childhood and Motherhood)');
    expect(channelName(nccm, 'en')).toBe('National Council for Childhood and Motherhood / المجلس القومي للطفولة والأمومة');
    expect(channelName({ name: 'Samaritan Befrienders Hong Kong', localName: '香港撒瑪利亞防止自殺會' }, 'zh-Hans')).toBe(
      '香港撒瑪利亞防止自殺會（Samaritan Befrienders Hong Kong）',
    );
    expect(channelName({ name: 'Cybertip.ca', localName: 'Cyberaide.ca' }, 'fr')).toBe('Cybertip.ca / Cyberaide.ca');
  });

  it('is in a locale\'s script only for Arabic, Devanagari and Han text', () => {
    expect(inLocaleScript('टेली-मानस', 'hi')).toBe(true);
    expect(inLocaleScript('Tele-MANAS', 'hi')).toBe(false);
    expect(inLocaleScript('Cyberaide.ca', 'fr')).toBe(false);
  });
});
