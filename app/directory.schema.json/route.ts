import { directoryJsonSchema } from '@/lib/directory';

export const dynamic = 'force-static';

export function GET() {
  return new Response(JSON.stringify(directoryJsonSchema(), null, 2), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
}
