/** The appendix that explains how the workshop reached its conclusions, worded for the client. */
import { localizeFramework } from '../framework/localize';
import type { Translator } from '../i18n/translator';
import { gapCountMessage } from './reportFrame';
import type { Session } from '../model/session';
import { formatNumber } from '../text/numbers';
import type { MethodSection } from './reportModel';

export function methodSections(session: Session, i18n: Translator): MethodSection[] {
  const frameworkGaps = localizeFramework(i18n).gaps;
  const gapList = frameworkGaps.map((g) => `${g.number}. ${g.name}`).join('; ');
  const gapCount = gapCountMessage(frameworkGaps.length);
  const spread = session.settings.divergenceSpread;
  const split = session.settings.championSkepticGap;
  const t = i18n.t;
  const sections: MethodSection[] = [
    { heading: t('report.method.assessed.heading'), paragraphs: [t('report.method.assessed.pilot', { gapCount }), t('report.method.assessed.gaps', { gapCount, gaps: gapList })] },
    {
      heading: t('report.method.scoring.heading'),
      paragraphs: [
        t('report.method.scoring.private'),
        t('report.method.scoring.consensus'),
        t('report.method.scoring.disagreement', { spread: formatNumber(spread, 1, i18n.locale), split: formatNumber(split, 1, i18n.locale) }),
      ],
    },
    { heading: t('report.method.checks.heading'), paragraphs: [t('report.method.checks.patterns')] },
    {
      heading: t('report.method.verdict.heading'),
      paragraphs: [t('report.method.verdict.notYet'), t('report.method.verdict.goWithConditions'), t('report.method.verdict.go'), t('report.method.verdict.override')],
    },
  ];
  if (session.settings.anonymous) sections.push({ heading: t('report.method.anonymity.heading'), paragraphs: [t('report.method.anonymity.text')] });
  return sections;
}
