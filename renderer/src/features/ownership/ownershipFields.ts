/** The ownership questions, grouped as the room discusses them, each with what a good answer looks like (catalogue ids). */
import type { MessageId } from '../../../../shared/i18n';
import type { Ownership } from '../../../../shared/model/session';

export type OwnershipTextKey = Exclude<keyof Ownership, 'ownerHasBudget' | 'ownerHasAuthority'>;

export interface OwnershipTextField {
  key: OwnershipTextKey;
  label: MessageId;
  hint: MessageId;
  placeholder: MessageId;
  multiline: boolean;
}

export interface OwnershipGroup {
  id: string;
  title: MessageId;
  intro: MessageId;
  fields: OwnershipTextField[];
}

export const BUSINESS_OWNER: OwnershipTextField = {
  key: 'businessOwner',
  label: 'ownership.field.businessOwner.label',
  hint: 'ownership.field.businessOwner.hint',
  placeholder: 'ownership.field.businessOwner.placeholder',
  multiline: false,
};

export const SUPPORT_OWNER: OwnershipTextField = {
  key: 'supportOwner',
  label: 'ownership.field.supportOwner.label',
  hint: 'ownership.field.supportOwner.hint',
  placeholder: 'ownership.field.supportOwner.placeholder',
  multiline: false,
};

export const RUNS_SAFELY: OwnershipGroup = {
  id: 'safely',
  title: 'ownership.group.safely.title',
  intro: 'ownership.group.safely.intro',
  fields: [
    {
      key: 'monitoring',
      label: 'ownership.field.monitoring.label',
      hint: 'ownership.field.monitoring.hint',
      placeholder: 'ownership.field.monitoring.placeholder',
      multiline: true,
    },
    {
      key: 'humanReview',
      label: 'ownership.field.humanReview.label',
      hint: 'ownership.field.humanReview.hint',
      placeholder: 'ownership.field.humanReview.placeholder',
      multiline: true,
    },
    {
      key: 'escalationPath',
      label: 'ownership.field.escalationPath.label',
      hint: 'ownership.field.escalationPath.hint',
      placeholder: 'ownership.field.escalationPath.placeholder',
      multiline: true,
    },
    {
      key: 'rollbackPlan',
      label: 'ownership.field.rollbackPlan.label',
      hint: 'ownership.field.rollbackPlan.hint',
      placeholder: 'ownership.field.rollbackPlan.placeholder',
      multiline: true,
    },
  ],
};

export const GROWS: OwnershipGroup = {
  id: 'grows',
  title: 'ownership.group.grows.title',
  intro: 'ownership.group.grows.intro',
  fields: [
    {
      key: 'expansionCriteria',
      label: 'ownership.field.expansionCriteria.label',
      hint: 'ownership.field.expansionCriteria.hint',
      placeholder: 'ownership.field.expansionCriteria.placeholder',
      multiline: true,
    },
    {
      key: 'timeline',
      label: 'ownership.field.timeline.label',
      hint: 'ownership.field.timeline.hint',
      placeholder: 'ownership.field.timeline.placeholder',
      multiline: true,
    },
    {
      key: 'handoverPlan',
      label: 'ownership.field.handoverPlan.label',
      hint: 'ownership.field.handoverPlan.hint',
      placeholder: 'ownership.field.handoverPlan.placeholder',
      multiline: true,
    },
  ],
};
