/** Ownership and production path: who owns it with budget and authority, how it runs safely, how it grows. */
import type { Ownership } from '../../../../shared/model/session';
import { TextField, YesNoField } from '../../ui/fields';
import type { StageProps } from '../workshop/stageProps';
import { setOwnership as setOwnershipCommand } from '../../commands/registry';
import { useRunCommand, type RunCommand } from '../../commands/useRunCommand';
import { BUSINESS_OWNER, GROWS, RUNS_SAFELY, SUPPORT_OWNER, type OwnershipGroup, type OwnershipTextField } from './ownershipFields';
import './ownership.css';
import { useI18n } from '../../i18n/TranslatorContext';

function setOwnership(update: RunCommand, patch: Partial<Ownership>): void {
  void update(setOwnershipCommand, { patch });
}

function answered(ownership: Ownership, fields: readonly OwnershipTextField[]): number {
  return fields.filter((f) => ownership[f.key].trim() !== '').length;
}

function OwnershipText({ field, ownership, update }: { field: OwnershipTextField; ownership: Ownership; update: RunCommand }) {
  const i18n = useI18n();
  return (
    <div data-field={field.key}>
      <TextField
        label={i18n.t(field.label)}
        hint={i18n.t(field.hint)}
        placeholder={i18n.t(field.placeholder)}
        value={ownership[field.key]}
        multiline={field.multiline}
        maxLength={500}
        testId={`ownership-${field.key}`}
        onCommit={(value) => setOwnership(update, { [field.key]: value })}
      />
    </div>
  );
}

function Progress({ done, total }: { done: number; total: number }) {
  const i18n = useI18n();
  return (
    <span className="pill ownership-progress" data-complete={done === total || undefined}>
      {i18n.t('ownership.progress', { done, total })}
    </span>
  );
}

function GroupCard({ group, ownership, update }: { group: OwnershipGroup; ownership: Ownership; update: RunCommand }) {
  const i18n = useI18n();
  return (
    <section className="card panel ownership-card" aria-labelledby={`ownership-${group.id}`}>
      <div className="ownership-card-head">
        <div>
          <h2 id={`ownership-${group.id}`}>{i18n.t(group.title)}</h2>
          <p className="muted">{i18n.t(group.intro)}</p>
        </div>
        <Progress done={answered(ownership, group.fields)} total={group.fields.length} />
      </div>
      <div className="ownership-grid">
        {group.fields.map((field) => (
          <OwnershipText key={field.key} field={field} ownership={ownership} update={update} />
        ))}
      </div>
    </section>
  );
}

export function OwnershipStage({ session }: StageProps) {
  const update = useRunCommand(session.id);
  const i18n = useI18n();
  const { ownership } = session;
  const ownerDone =
    answered(ownership, [BUSINESS_OWNER, SUPPORT_OWNER]) + (ownership.ownerHasBudget !== null ? 1 : 0) + (ownership.ownerHasAuthority !== null ? 1 : 0);
  const ownerLacks = ownership.businessOwner.trim() !== '' && (ownership.ownerHasBudget === false || ownership.ownerHasAuthority === false);
  return (
    <div className="stage-grid ownership-stage">
      <section className="card panel ownership-card" aria-labelledby="ownership-who">
        <div className="ownership-card-head">
          <div>
            <h2 id="ownership-who">{i18n.t('ownership.who.title')}</h2>
            <p className="muted">{i18n.t('ownership.who.intro')}</p>
          </div>
          <Progress done={ownerDone} total={4} />
        </div>
        <div className="ownership-owner">
          <OwnershipText field={BUSINESS_OWNER} ownership={ownership} update={update} />
          <div className="ownership-powers">
            <YesNoField
              label={i18n.t('ownership.budget.label')}
              hint={i18n.t('ownership.budget.hint')}
              value={ownership.ownerHasBudget}
              onCommit={(ownerHasBudget) => setOwnership(update, { ownerHasBudget })}
              testId="ownership-ownerHasBudget"
            />
            <YesNoField
              label={i18n.t('ownership.authority.label')}
              hint={i18n.t('ownership.authority.hint')}
              value={ownership.ownerHasAuthority}
              onCommit={(ownerHasAuthority) => setOwnership(update, { ownerHasAuthority })}
              testId="ownership-ownerHasAuthority"
            />
          </div>
          {ownerLacks ? (
            <p className="ownership-warning" role="status">
              {i18n.t('ownership.ownerLacks')}
            </p>
          ) : null}
          <OwnershipText field={SUPPORT_OWNER} ownership={ownership} update={update} />
        </div>
      </section>
      <GroupCard group={RUNS_SAFELY} ownership={ownership} update={update} />
      <GroupCard group={GROWS} ownership={ownership} update={update} />
    </div>
  );
}
