/** The app's mark: a gauge reaching "ready", in the accent colour. */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path d="M7 21a9 9 0 1 1 18 0" fill="none" stroke="var(--on-accent)" strokeWidth="2.6" strokeLinecap="round" />
      <path d="M16 20.5l5.2-6" stroke="var(--on-accent)" strokeWidth="2.6" strokeLinecap="round" />
      <circle cx="16" cy="21" r="2" fill="var(--on-accent)" />
    </svg>
  );
}
