import { resourcesJsonSchema } from '@/lib/resources';

export const dynamic = 'force-static';

export function GET() {
  return new Response(JSON.stringify(resourcesJsonSchema(), null, 2), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
}
