/**
 * "Export the portfolio": asks for a folder (main's dialog), then writes the PDF page and the
 * XLSX sheet one after the other, showing each file's state as it goes and what went wrong.
 */
import { useRef, useState } from 'react';
import type { Session } from '../../../../shared/model/session';
import { PORTFOLIO_FORMATS, type PortfolioFormat } from '../../../../shared/portfolio/portfolioFormats';
import { useI18n } from '../../i18n/TranslatorContext';
import { call, messageOf } from '../../platform/api';
import { Icon } from '../../ui/Icon';

interface ExportItem {
  format: PortfolioFormat;
  state: 'waiting' | 'working' | 'done' | 'failed';
  fileName?: string;
  path?: string;
  message?: string;
}

const FORMAT_LABELS = { pdf: 'portfolio.format.pdf', xlsx: 'portfolio.format.xlsx' } as const;

export function PortfolioExport({ sessions, client }: { sessions: readonly Session[]; client: string }) {
  const i18n = useI18n();
  const [items, setItems] = useState<ExportItem[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const running = useRef(false);

  async function run() {
    if (running.current || sessions.length === 0) return;
    running.current = true;
    setProblem(null);
    try {
      const { folder } = await call('chooseExportFolder', {});
      if (folder === null) return;
      setWorking(true);
      const list: ExportItem[] = PORTFOLIO_FORMATS.map((format) => ({ format, state: 'waiting' }));
      const patch = (format: PortfolioFormat, change: Partial<ExportItem>) => {
        const index = list.findIndex((item) => item.format === format);
        list[index] = { ...list[index]!, ...change };
        setItems([...list]);
      };
      setItems([...list]);
      for (const format of PORTFOLIO_FORMATS) {
        patch(format, { state: 'working' });
        try {
          const result = await call('exportPortfolio', { sessions: [...sessions], client, formats: [format], folder });
          const file = result.files[0];
          if (file) patch(format, { state: 'done', fileName: file.fileName, path: file.path });
          else patch(format, { state: 'failed', message: result.failures[0]?.message ?? i18n.t('exportStage.item.notWritten') });
        } catch (error) {
          patch(format, { state: 'failed', message: messageOf(error) });
        }
      }
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      running.current = false;
      setWorking(false);
    }
  }

  async function show(path: string) {
    try {
      await call('showInFolder', { path });
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  return (
    <div className="portfolio-export">
      <button type="button" className="btn btn-primary" onClick={() => void run()} disabled={working} aria-busy={working || undefined}>
        <Icon name="download" /> {working ? i18n.t('portfolio.export.working') : i18n.t('portfolio.export.button')}
      </button>
      {problem ? (
        <p role="alert" className="portfolio-overdue">
          {problem}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="portfolio-export-items" role="status" aria-live="polite">
          {items.map((item) => (
            <li key={item.format} data-state={item.state} data-testid="portfolio-export-item">
              <span>
                {i18n.t(FORMAT_LABELS[item.format])}: {i18n.t('portfolio.export.state', { state: item.state })}
              </span>
              {item.state === 'failed' ? <span className="portfolio-overdue"> {item.message}</span> : null}
              {item.state === 'done' && item.path ? (
                <button type="button" className="btn btn-ghost btn-small" onClick={() => void show(item.path!)} aria-label={i18n.t('portfolio.export.showNamed', { file: item.fileName ?? '' })}>
                  {i18n.t('exportStage.showInFolder')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
