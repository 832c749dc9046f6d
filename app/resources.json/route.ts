import { resourcesDocument } from '@/lib/resources';

// Built once with the site. Served with Access-Control-Allow-Origin: * (server/site-policy.mjs), so other sites can
// read it.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(resourcesDocument());
}
