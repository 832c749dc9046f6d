// scripts/postbuild.ts runs this beside its own first steps: one share card (Open Graph image) per guide and locale,
// written to out/og/<locale>/<slug>.png and served by the site itself (`tsx scripts/build-og-images.ts <dir>` writes
// them under another folder; HAVEN_ROOT names another project tree). A guide still in English gets a card in English,
// like its page. A title that cannot be fitted stops the build, naming the guide.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '@/lib/content';
import { locales } from '@/lib/locales';
import { renderShareCard } from '@/lib/build/share-card';
import { shareImagePath, siteName } from '@/lib/site';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'out'));

function main() {
  const started = performance.now();
  fs.rmSync(path.join(outDir, 'og'), { recursive: true, force: true });
  let count = 0;
  let bytes = 0;
  for (const locale of locales) {
    for (const guide of site().guides(locale)) {
      const file = path.join(outDir, shareImagePath(locale, guide.slug));
      let png: Buffer;
      try {
        png = renderShareCard({
          locale: guide.textLocale,
          siteName,
          title: guide.frontMatter.title,
          tagline: site().message(guide.textLocale, 'site.tagline'),
        });
      } catch (error) {
        console.error(`${guide.file}: ${(error as Error).message}`);
        process.exit(1);
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, png);
      count += 1;
      bytes += png.length;
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`share cards: ${count} images in ${path.relative(root, outDir)}/og/ (${(bytes / 1024).toFixed(0)} KiB, ${seconds} s)`);
}

main();
