import { resourcesDocument } from '@/lib/resources';

// Built once with the site. next.config.mjs adds Access-Control-Allow-Origin: * so other sites can read it.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(resourcesDocument());
}
