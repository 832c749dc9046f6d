import { describe, expect, it } from 'vitest';
import { englishSentences, looksEnglish } from '../english-text';

describe('finding English left on a translated page', () => {
  it('knows an English sentence from a name, an address or another language', () => {
    expect(looksEnglish('If a child is in danger now, call your emergency number')).toBe(true);
    expect(looksEnglish('Internet Watch Foundation')).toBe(false);
    expect(looksEnglish('report.iwf.org.uk/')).toBe(false);
    expect(looksEnglish('https://haven.example/pt/guides/if-your-child-tells-you')).toBe(false);
    expect(looksEnglish("Si un enfant est en danger maintenant, appelez le numéro d'urgence")).toBe(false);
    expect(looksEnglish('Se uma criança está em perigo agora, ligue para o número de emergência')).toBe(false);
    expect(looksEnglish('Si un niño está en peligro ahora, llame al número de emergencia')).toBe(false);
  });

  it('reads a paragraph whole, across its links, and skips text marked lang="en" or translate="no"', () => {
    const html = `<html lang="fr"><body>
      <p>Signalez ici. <a href="#">Find where to report</a> in your country if you can.</p>
      <p lang="en">This guide is not yet translated, so you see the English text.</p>
      <p><span translate="no">National Center for Missing &amp; Exploited Children</span> : signalez en ligne.</p>
      </body></html>`;
    expect(englishSentences(html, 'fr')).toEqual(['Signalez ici. Find where to report in your country if you can.']);
  });
});
