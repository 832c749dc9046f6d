import { countryZonesModule } from '@/lib/country-zones';

// Built once with the site, beside the hand-written modules of public/js/.
export const dynamic = 'force-static';

export function GET() {
  return new Response(countryZonesModule(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
