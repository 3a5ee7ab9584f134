/** Ownership and production path: who owns it with budget and authority, how it runs safely, how it grows. */
import type { Ownership } from '../../../../shared/model/session';
import { TextField, YesNoField } from '../../ui/fields';
import type { StageProps } from '../workshop/stageProps';
import { setOwnership as setOwnershipCommand } from '../../commands/registry';
import { useRunCommand, type RunCommand } from '../../commands/useRunCommand';
import { BUSINESS_OWNER, GROWS, RUNS_SAFELY, SUPPORT_OWNER, type OwnershipGroup, type OwnershipTextField } from './ownershipFields';
import './ownership.css';

function setOwnership(update: RunCommand, patch: Partial<Ownership>): void {
  void update(setOwnershipCommand, { patch });
}

function answered(ownership: Ownership, fields: readonly OwnershipTextField[]): number {
  return fields.filter((f) => ownership[f.key].trim() !== '').length;
}

function OwnershipText({ field, ownership, update }: { field: OwnershipTextField; ownership: Ownership; update: RunCommand }) {
  return (
    <div data-field={field.key}>
      <TextField
        label={field.label}
        hint={field.hint}
        placeholder={field.placeholder}
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
  return (
    <span className="pill ownership-progress" data-complete={done === total || undefined}>
      {done} of {total} answered
    </span>
  );
}

function GroupCard({ group, ownership, update }: { group: OwnershipGroup; ownership: Ownership; update: RunCommand }) {
  return (
    <section className="card panel ownership-card" aria-labelledby={`ownership-${group.id}`}>
      <div className="ownership-card-head">
        <div>
          <h2 id={`ownership-${group.id}`}>{group.title}</h2>
          <p className="muted">{group.intro}</p>
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
  const { ownership } = session;
  const ownerDone =
    answered(ownership, [BUSINESS_OWNER, SUPPORT_OWNER]) + (ownership.ownerHasBudget !== null ? 1 : 0) + (ownership.ownerHasAuthority !== null ? 1 : 0);
  const ownerLacks = ownership.businessOwner.trim() !== '' && (ownership.ownerHasBudget === false || ownership.ownerHasAuthority === false);
  return (
    <div className="stage-grid ownership-stage">
      <section className="card panel ownership-card" aria-labelledby="ownership-who">
        <div className="ownership-card-head">
          <div>
            <h2 id="ownership-who">Who owns it</h2>
            <p className="muted">A name with budget and authority, and the team that keeps it running.</p>
          </div>
          <Progress done={ownerDone} total={4} />
        </div>
        <div className="ownership-owner">
          <OwnershipText field={BUSINESS_OWNER} ownership={ownership} update={update} />
          <div className="ownership-powers">
            <YesNoField
              label="Holds the budget to run it?"
              hint="Including the running costs after the pilot budget ends."
              value={ownership.ownerHasBudget}
              onCommit={(ownerHasBudget) => setOwnership(update, { ownerHasBudget })}
              testId="ownership-ownerHasBudget"
            />
            <YesNoField
              label="Has authority to change the workflows?"
              hint="Can make teams adopt it and decide a rollback."
              value={ownership.ownerHasAuthority}
              onCommit={(ownerHasAuthority) => setOwnership(update, { ownerHasAuthority })}
              testId="ownership-ownerHasAuthority"
            />
          </div>
          {ownerLacks ? (
            <p className="ownership-warning" role="status">
              An owner without budget or authority cannot carry this to production: it stays a blocking point for the verdict until it is settled.
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
