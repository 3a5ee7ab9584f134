/**
 * The framework speaks of the session's own work. Its briefings and hints say "{items}" where a
 * room would name what the AI handles; a session that records its word ("invoices", "calls",
 * "claims") reads it there, any other reads "cases". Nothing here is specific to one channel.
 */
import type { Session } from '../model/session';
import type { GapDefinition } from './types';

/** The fact that holds the session's word for its unit of work, in the plural. */
export const WORK_ITEMS_FACT_ID = 'scope.workItems';
export const DEFAULT_WORK_ITEMS = 'cases';
const WORK_ITEMS_MAX = 40;
const TOKEN = /\{items\}/g;

/** The session's word for what the AI handles, cleaned for use mid-sentence; "cases" when none is recorded. */
export function workItemsOf(session: Pick<Session, 'facts'>): string {
  const raw = session.facts[WORK_ITEMS_FACT_ID];
  const word = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim().slice(0, WORK_ITEMS_MAX).trim() : '';
  if (word === '') return DEFAULT_WORK_ITEMS;
  // "Invoices" typed at the start of a field reads "invoices" mid-sentence; "RFPs" and "KYC files" keep their capitals.
  return /^\p{Lu}\p{Ll}/u.test(word) ? word[0]!.toLocaleLowerCase() + word.slice(1) : word;
}

/** A framework text in the session's words. */
export function inSessionWords(text: string, session: Pick<Session, 'facts'>): string {
  const items = workItemsOf(session);
  return text.replace(TOKEN, items);
}

/** What a gap's briefing says to this session: what pilots usually had, what production means, the questions. */
export interface GapBriefingText {
  pilotUsuallyHad: string;
  productionMeans: string;
  questions: string[];
}

export function gapBriefing(gap: GapDefinition, session: Pick<Session, 'facts'>): GapBriefingText {
  const say = (text: string) => inSessionWords(text, session);
  return { pilotUsuallyHad: say(gap.pilotUsuallyHad), productionMeans: say(gap.productionMeans), questions: gap.questions.map(say) };
}
