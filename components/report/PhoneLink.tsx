import { telHref } from '@/lib/reporting-channels';

/** A tap-to-call number; digits stay left-to-right inside right-to-left text. */
export function PhoneLink({ number, display }: { number: string; display?: string }) {
  return (
    <a href={telHref(number)} dir="ltr" className="whitespace-nowrap font-semibold underline underline-offset-2">
      {display ?? number}
    </a>
  );
}
