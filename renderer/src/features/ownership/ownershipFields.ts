/** The ownership questions, grouped as the room discusses them, each with what a good answer looks like. */
import type { Ownership } from '../../../../shared/model/session';

export type OwnershipTextKey = Exclude<keyof Ownership, 'ownerHasBudget' | 'ownerHasAuthority'>;

export interface OwnershipTextField {
  key: OwnershipTextKey;
  label: string;
  hint: string;
  placeholder: string;
  multiline: boolean;
}

export interface OwnershipGroup {
  id: string;
  title: string;
  intro: string;
  fields: OwnershipTextField[];
}

export const BUSINESS_OWNER: OwnershipTextField = {
  key: 'businessOwner',
  label: 'Business owner',
  hint: 'One named person in the business who answers for the result, not a committee or the vendor.',
  placeholder: 'e.g. Maria Lopez, Head of Customer Service',
  multiline: false,
};

export const SUPPORT_OWNER: OwnershipTextField = {
  key: 'supportOwner',
  label: 'Who runs and supports it',
  hint: 'An internal team with a named lead, staffed and funded from go-live day.',
  placeholder: 'e.g. Contact-centre platform team, lead: Sam Reid',
  multiline: false,
};

export const RUNS_SAFELY: OwnershipGroup = {
  id: 'safely',
  title: 'How it runs safely',
  intro: 'What is watched, who can step in, and how to go back.',
  fields: [
    {
      key: 'monitoring',
      label: 'Monitoring',
      hint: 'The business KPIs and technical signals watched, their alert thresholds, and who receives the alerts.',
      placeholder: 'e.g. Containment, escalations and latency on a live dashboard; alerts to the platform on-call',
      multiline: true,
    },
    {
      key: 'humanReview',
      label: 'Human review',
      hint: 'Which outputs a person checks, how many, how often, and what happens to the errors found.',
      placeholder: 'e.g. Team leads review 50 random calls a week and every complaint',
      multiline: true,
    },
    {
      key: 'escalationPath',
      label: 'Escalation path',
      hint: 'Who is called, in what order and within what time when something goes wrong.',
      placeholder: 'e.g. Agent → team lead (15 min) → platform on-call (30 min) → business owner',
      multiline: true,
    },
    {
      key: 'rollbackPlan',
      label: 'Rollback plan',
      hint: 'How to switch back to the old way, who decides, how long it takes, and when it was last rehearsed.',
      placeholder: 'e.g. Route all calls back to the IVR in under 10 minutes; rehearsed on 12 May',
      multiline: true,
    },
  ],
};

export const GROWS: OwnershipGroup = {
  id: 'grows',
  title: 'How it grows',
  intro: 'When to widen the scope, the path and people to get there, and the handover.',
  fields: [
    {
      key: 'expansionCriteria',
      label: 'Criteria for expanding scope',
      hint: 'Measurable results, held for a set time, that allow the next wave, and what pauses it.',
      placeholder: 'e.g. Containment ≥ 55% for 4 weeks in wave 1 before adding billing calls',
      multiline: true,
    },
    {
      key: 'timeline',
      label: 'Timeline and resources',
      hint: 'Dated milestones up to full production, with the people and budget each one needs.',
      placeholder: 'e.g. Wave 1 on 1 Sept with 2 engineers and 1 analyst; full rollout by January',
      multiline: true,
    },
    {
      key: 'handoverPlan',
      label: 'Handover plan',
      hint: 'What the vendor or pilot team hands over (code, runbooks, knowledge), to whom, and by when.',
      placeholder: 'e.g. Vendor shadows the internal team for 6 weeks; runbooks signed off by the support lead',
      multiline: true,
    },
  ],
};
