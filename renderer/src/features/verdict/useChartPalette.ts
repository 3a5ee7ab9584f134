/**
 * The chart palette of the theme the window shows. The theme lives on <html data-theme>, set by
 * the app (and by the system when it follows it), so charts follow it however it changes.
 */
import { useSyncExternalStore } from 'react';
import { DARK_CHART_PALETTE, LIGHT_CHART_PALETTE, type ChartPalette } from '../../../../shared/charts/chartPalette';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

function isDark(): boolean {
  return document.documentElement.dataset.theme === 'dark';
}

export function useChartPalette(): ChartPalette {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  return dark ? DARK_CHART_PALETTE : LIGHT_CHART_PALETTE;
}
