import type { KeyboardEvent } from 'react';

/** Alt+↑ / Alt+↓ on a focused row moves it, as the buttons beside it do. */
export function onMoveKeys(move: (delta: -1 | 1) => void) {
  return (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    event.stopPropagation();
    move(event.key === 'ArrowUp' ? -1 : 1);
  };
}
