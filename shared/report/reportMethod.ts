/** The appendix that explains how the workshop reached its conclusions, worded for the client. */
import { localizeFramework } from '../framework/localize';
import { DEFAULT_LANGUAGE, translatorNow } from '../i18n';
import type { Session } from '../model/session';
import type { MethodSection } from './reportModel';

export function methodSections(session: Session): MethodSection[] {
  const gapList = localizeFramework(translatorNow(DEFAULT_LANGUAGE)).gaps.map((g) => `${g.number}. ${g.name}`).join('; ');
  const spread = session.settings.divergenceSpread;
  const split = session.settings.championSkepticGap;
  const sections: MethodSection[] = [
    {
      heading: 'What was assessed',
      paragraphs: [
        'A pilot proves that something can work under friendly conditions. Production asks whether it keeps working with real data, ordinary users, peak load, live systems and an internal team behind it. The workshop looked at the six gaps where pilots most often fall short of that test.',
        `The six gaps: ${gapList}. For each one the room compared what the pilot had with what production will demand, captured the facts in numbers where possible, and asked the questions a sceptical reviewer would ask.`,
      ],
    },
    {
      heading: 'How each gap was scored',
      paragraphs: [
        'Every participant scored each gap on a five-level ladder, privately, before any score was shown. Once everyone had voted, the distribution was revealed and discussed; where the room was divided, it could vote again, and earlier rounds were kept.',
        'The facilitator then confirmed a consensus level with a one-line rationale. The default proposal is the median of the votes, rounded down when it falls between two levels, so the score errs on the cautious side. "Not sure" votes are counted but do not move the median.',
        `The room is said to disagree on a gap when the votes are ${spread} or more levels apart, or when they form two separate camps. Champions and skeptics are compared on every gap; a difference of ${split} points or more is reported.`,
      ],
    },
    {
      heading: 'The pilot-trap checks',
      paragraphs: [
        'Alongside the scores, Readiness Room checks the session for eleven patterns that keep pilots from reaching production: success judged on model metrics only, a curated data sample, champions as the only users, a large jump in volume without a load test, a pilot that never touched a production system, no accountable business owner, no path to production, a divided room, a split between champions and skeptics, actions without owner or date, and hard cases deferred "for later". Each open flag in this report says what was found and what would close it.',
      ],
    },
    {
      heading: 'How the verdict is drafted',
      paragraphs: [
        'Not yet: a gap has no consensus, a gap is at level 1, a gap at level 2 has no open action with an owner and a due date, or a blocking flag is open (no accountable business owner, or no business KPI at all).',
        'Go with conditions: every gap is at level 3 or above, or the gaps at level 2 each carry an owned, dated action.',
        'Go: every gap is at level 4 or above and no flag is open.',
        'The facilitator may confirm or override the drafted verdict; an override is always recorded with its reason, and both verdicts appear in this report.',
      ],
    },
  ];
  if (session.settings.anonymous) {
    sections.push({
      heading: 'Anonymity',
      paragraphs: [
        'This workshop was run in anonymous mode. No participant is named in this report: votes are shown as counts, comments without attribution, and any group of fewer than three people is merged with others. Action owners are named, because an action needs someone accountable for it.',
      ],
    });
  }
  return sections;
}
