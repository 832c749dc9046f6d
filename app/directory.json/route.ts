import { directoryDocument } from '@/lib/directory';

// Built once with the site; the server policy lets any origin read it, like /resources.json.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(directoryDocument());
}
