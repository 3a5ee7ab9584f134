/**
 * The framework speaks of the session's own work. Its briefings and hints say "{items}" where a
 * room would name what the AI handles; a session that records its word ("invoices", "calls",
 * "Rechnungen") reads it there, any other reads the catalogue's word ("cases", „Fälle“).
 * Nothing here is specific to one channel.
 */
import { msg, type Message, type Translator } from '../i18n';
import type { Session } from '../model/session';
import type { LocalizedGap } from './types';

/** The fact that holds the session's word for its unit of work, in the plural. */
export const WORK_ITEMS_FACT_ID = 'scope.workItems';
/** Where a framework text names the unit of work. */
export const WORK_ITEMS_TOKEN = '{items}';
const WORK_ITEMS_MAX = 40;
const TOKEN = /\{items\}/g;
/** Languages that write every noun with a capital, so a typed word keeps it mid-sentence. */
const CAPITALISED_NOUNS = new Set(['de', 'lb']);

type WordsOf = Pick<Session, 'facts'> & Partial<Pick<Session, 'language'>>;

/** The session's word for what the AI handles, cleaned for use mid-sentence; null when none is recorded. */
export function sessionWorkItems(session: WordsOf): string | null {
  const raw = session.facts[WORK_ITEMS_FACT_ID];
  const word = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim().slice(0, WORK_ITEMS_MAX).trim() : '';
  if (word === '') return null;
  const language = (session.language ?? 'en').split('-')[0]!;
  if (CAPITALISED_NOUNS.has(language)) return word;
  // "Invoices" typed at the start of a field reads "invoices" mid-sentence; "RFPs" and "KYC files" keep their capitals.
  return /^\p{Lu}\p{Ll}/u.test(word) ? word[0]!.toLocaleLowerCase() + word.slice(1) : word;
}

/** The session's word as a message value: its own word, or the catalogue's ("cases") when none is recorded. */
export function workItemsOf(session: WordsOf): string | Message {
  return sessionWorkItems(session) ?? msg('framework.default.workItems');
}

/** A framework text in the session's words, the catalogue's word where the session has none. */
export function inSessionWords(text: string, session: WordsOf, i18n: Translator): string {
  const items = sessionWorkItems(session) ?? i18n.t('framework.default.workItems');
  return text.replace(TOKEN, items);
}

/** What a gap's briefing says to this session: what pilots usually had, what production means, the questions. */
export interface GapBriefingText {
  pilotUsuallyHad: string;
  productionMeans: string;
  questions: string[];
}

export function gapBriefing(gap: LocalizedGap, session: WordsOf, i18n: Translator): GapBriefingText {
  const say = (text: string) => inSessionWords(text, session, i18n);
  return { pilotUsuallyHad: say(gap.pilotUsuallyHad), productionMeans: say(gap.productionMeans), questions: gap.questions.map(say) };
}
