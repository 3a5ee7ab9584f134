/** True when keyboard focus has fallen to <body>: what had it was removed, or nothing had it yet. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}
