import { qrPath } from '@/lib/qr';

/** A QR code for `url`, drawn at build time as inline SVG: dark on white in every colour scheme, so cameras read it. */
export function QrCode({ url, label, className }: { url: string; label: string; className?: string }) {
  const { size, d } = qrPath(url);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      className={className}
    >
      <title>{label}</title>
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
