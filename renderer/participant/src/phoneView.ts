/**
 * Draws the phone page from the controller's state: one screen at a time, large touch targets,
 * native form controls (radio buttons for the levels), headings that take focus when the screen
 * changes so a screen reader follows along.
 */
import { localizeFramework } from '../../../shared/framework/localize';
import { LEVEL_COLORS, UNSURE_COLOR } from '../../../shared/framework/levelColors';
import { GAP_IDS, type GapId } from '../../../shared/framework/types';
import type { Message } from '../../../shared/i18n/message';
import type { Translator } from '../../../shared/i18n/translator';
import type { MyVote, PhoneScore, RoomDistribution } from '../../../shared/room/protocol';
import { JOIN_CODE_LENGTH, PHONE_COMMENT_MAX, PHONE_NAME_MAX } from '../../../shared/room/roomConstants';
import { roundLabel } from '../../../shared/room/roundLabel';
import { h } from './dom';
import type { ClosedRound, PhoneController, PhoneState, Screen } from './phoneController';

/** The translator in force on this phone while a screen is drawn (set by the draw function). */
let i18n: Translator;

/**
 * The built-in framework's words come from this phone's own catalogue (a phone may read another
 * language than the room); the round's brief, in the session's language, names anything else.
 */
function isBuiltInGap(gapId: string): gapId is GapId {
  return (GAP_IDS as readonly string[]).includes(gapId);
}

function gapNameOf(round: { gapId: string; gapName: string }): string {
  return isBuiltInGap(round.gapId) ? localizeFramework(i18n).gapById(round.gapId).name : round.gapName;
}

function descriptorOf(round: { gapId: string }, level: 1 | 2 | 3 | 4 | 5, fromBrief: string | null): string | null {
  return isBuiltInGap(round.gapId) ? localizeFramework(i18n).gapById(round.gapId).ladder[level] : fromBrief;
}

/** A level's name in this phone's language. */
function levelName(score: 1 | 2 | 3 | 4 | 5, _levels?: readonly { level: number; name: string }[]): string {
  return localizeFramework(i18n).levelNames[score];
}

/** "3 · Partly proven", or "Not sure". */
function scoreLabel(score: PhoneScore, levels?: readonly { level: number; name: string }[]): string {
  return i18n.t('roomProtocol.scoreWords', { score: String(score), level: score === 'unsure' ? '' : levelName(score, levels) });
}

function chip(score: PhoneScore, size: 'normal' | 'large' = 'normal'): HTMLElement {
  const colour = score === 'unsure' ? UNSURE_COLOR : LEVEL_COLORS[score];
  const node = h('span', { className: `chip${size === 'large' ? ' chip-large' : ''}`, 'aria-hidden': 'true' }, score === 'unsure' ? '?' : String(score));
  node.style.background = colour.fill;
  node.style.color = colour.text;
  return node;
}

function gapLine(round: ClosedRound, label: string): HTMLElement {
  const dot = h('span', { className: 'gap-dot', 'aria-hidden': 'true' });
  dot.style.background = round.gapColor;
  return h('p', { className: 'eyebrow gap-line' }, dot, i18n.t('phone.vote.gapLine', { number: round.gapNumber, total: round.gapCount, label }));
}

function heading(text: string): HTMLElement {
  return h('h1', { tabindex: '-1', 'data-focus': 'heading' }, text);
}

function errorLine(message: Message | null): HTMLElement | null {
  return message ? h('p', { className: 'error', role: 'alert' }, i18n.text(message)) : null;
}

function nameField(id: string, disabled: boolean): HTMLElement {
  return h(
    'div',
    { className: 'field' },
    h('label', { for: id }, i18n.t('phone.join.nameLabel')),
    h('input', { id, name: 'name', className: 'input', type: 'text', autocomplete: 'given-name', maxlength: PHONE_NAME_MAX, enterkeyhint: 'go', disabled }),
    h('p', { className: 'hint' }, i18n.t('phone.join.nameHint')),
  );
}

function joinButtons(busy: boolean): HTMLElement {
  return h(
    'div',
    { className: 'actions' },
    h('button', { type: 'submit', className: 'btn btn-primary', name: 'with-name', disabled: busy }, i18n.t(busy ? 'phone.join.submitBusy' : 'phone.join.submit')),
    h('button', { type: 'submit', className: 'btn', name: 'anonymous', disabled: busy }, i18n.t('phone.join.anonymous')),
  );
}

/** The session's people who have no phone yet: one tap joins as them. */
function peopleChoice(state: PhoneState, busy: boolean, controller: PhoneController): HTMLElement | null {
  if (state.anonymous || state.people.length === 0) return null;
  return h(
    'section',
    { className: 'card people', 'aria-labelledby': 'people-title' },
    h('h2', { id: 'people-title' }, i18n.t('phone.people.title')),
    h('p', { className: 'muted' }, i18n.t('phone.people.hint')),
    h(
      'ul',
      { className: 'people-list' },
      ...state.people.map((person) => h('li', {}, h('button', { type: 'button', className: 'btn btn-person', disabled: busy, onclick: () => controller.joinAs(person) }, person.name))),
    ),
  );
}

function takenChoice(name: string, controller: PhoneController): HTMLElement {
  return h(
    'div',
    { className: 'card calm' },
    h('p', {}, i18n.t('phone.taken.explain', { name })),
    h('button', { type: 'button', className: 'btn', onclick: () => controller.askFacilitator() }, i18n.t('phone.taken.ask', { name })),
  );
}

function joinScreen(screen: Extract<Screen, { kind: 'join' | 'code' }>, state: PhoneState, controller: PhoneController): HTMLElement[] {
  const withCode = screen.kind === 'code';
  const form = h(
    'form',
    { className: 'stack', novalidate: true },
    withCode
      ? h(
          'div',
          { className: 'field' },
          h('label', { for: 'room-code' }, i18n.t('phone.join.codeLabel')),
          h('input', {
            id: 'room-code',
            name: 'code',
            className: 'input input-code',
            type: 'text',
            inputmode: 'text',
            autocapitalize: 'characters',
            autocomplete: 'off',
            spellcheck: 'false',
            maxlength: JOIN_CODE_LENGTH + 2,
            'aria-describedby': 'code-hint',
            disabled: screen.busy,
          }),
          h('p', { className: 'hint', id: 'code-hint' }, i18n.t('phone.join.codeHint')),
        )
      : null,
    nameField('your-name', screen.busy),
    errorLine(screen.error),
    joinButtons(screen.busy),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(form);
    const name = submitter?.name === 'anonymous' ? null : String(data.get('name') ?? '');
    if (withCode) controller.join(name, String(data.get('code') ?? ''));
    else controller.join(name);
  });
  const full = state.full && !withCode;
  return [
    heading(i18n.t('phone.join.title')),
    h('p', { className: 'lead' }, i18n.t('phone.join.lead')),
    full ? h('p', { className: 'error', role: 'status' }, i18n.t(state.people.length > 0 ? 'phone.join.fullListed' : 'roomServer.refusal.roomFull')) : null,
    screen.kind === 'join' && screen.taken ? takenChoice(screen.taken, controller) : null,
    peopleChoice(state, screen.busy, controller),
    full ? null : form,
  ].filter((node): node is HTMLElement => node !== null);
}

function levelOption(score: PhoneScore, name: string, descriptor: string | null, checked: boolean, disabled: boolean, controller: PhoneController): HTMLElement {
  const id = `level-${score}`;
  const input = h('input', { type: 'radio', name: 'level', id, value: String(score), checked, disabled, className: 'option-input' });
  input.addEventListener('change', () => controller.chooseScore(score));
  return h(
    'label',
    { className: `option${score === 'unsure' ? ' option-unsure' : ''}`, for: id },
    input,
    chip(score),
    h('span', { className: 'option-text' }, h('span', { className: 'option-name' }, i18n.t('roomProtocol.scoreWords', { score: String(score), level: name })), descriptor ? h('span', { className: 'option-descriptor' }, descriptor) : null),
  );
}

function receivedCard(vote: MyVote, controller: PhoneController, canChange: boolean, levels: readonly { level: number; name: string }[]): HTMLElement {
  return h(
    'section',
    { className: 'card received', 'aria-labelledby': 'received-title' },
    h('p', { className: 'received-title', id: 'received-title' }, h('span', { className: 'tick', 'aria-hidden': 'true' }, '✓'), i18n.t('phone.vote.received')),
    h('div', { className: 'received-vote' }, chip(vote.score, 'large'), h('span', { className: 'received-label' }, scoreLabel(vote.score, levels))),
    vote.comment ? h('p', { className: 'received-comment' }, i18n.t('phone.vote.quotedComment', { comment: vote.comment })) : null,
    canChange ? h('p', { className: 'muted' }, i18n.t('phone.vote.canChange')) : null,
    canChange ? h('button', { type: 'button', className: 'btn', onclick: () => controller.changeVote() }, i18n.t('phone.vote.change')) : null,
  );
}

function votingScreen(screen: Extract<Screen, { kind: 'voting' }>, controller: PhoneController): HTMLElement[] {
  const { round } = screen;
  const top = [gapLine(round, i18n.text(roundLabel(round.roundNumber))), heading(gapNameOf(round)), h('p', { className: 'lead' }, i18n.t('roomProtocol.question'))];
  if (!screen.editing && screen.myVote) return [...top, receivedCard(screen.myVote, controller, true, round.levels)];

  const comment = h('textarea', { id: 'comment', name: 'comment', className: 'input', rows: 3, maxlength: PHONE_COMMENT_MAX, disabled: screen.sending }) as HTMLTextAreaElement;
  comment.value = screen.draft.comment;
  comment.addEventListener('input', () => controller.setComment(comment.value));
  const details = h('details', { className: 'comment', open: screen.draft.comment !== '' }, h('summary', {}, i18n.t('phone.vote.addComment')), h('label', { for: 'comment', className: 'visually-hidden' }, i18n.t('phone.vote.commentLabel')), comment);

  const form = h(
    'form',
    { className: 'stack', novalidate: true },
    h(
      'fieldset',
      { className: 'options' },
      h('legend', {}, i18n.t('phone.vote.chooseLevel')),
      ...round.levels.map((l) => levelOption(l.level, levelName(l.level), descriptorOf(round, l.level, l.descriptor), screen.draft.score === l.level, screen.sending, controller)),
      levelOption('unsure', '', i18n.t('phone.vote.notSureDescriptor'), screen.draft.score === 'unsure', screen.sending, controller),
    ),
    details,
    errorLine(screen.error),
    h(
      'div',
      { className: 'actions sticky' },
      h('button', { type: 'submit', className: 'btn btn-primary', disabled: screen.sending }, i18n.t(screen.sending ? 'phone.vote.sending' : screen.myVote ? 'phone.vote.sendNew' : 'phone.vote.send')),
      screen.myVote && !screen.sending ? h('button', { type: 'button', className: 'btn btn-ghost', onclick: () => controller.keepVote() }, i18n.t('phone.vote.keep', { vote: scoreLabel(screen.myVote.score, round.levels) })) : null,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    controller.sendVote();
  });
  return [...top, form];
}

function distributionList(distribution: RoomDistribution, mine: PhoneScore | null): HTMLElement {
  const keys: PhoneScore[] = [1, 2, 3, 4, 5, 'unsure'];
  const max = Math.max(1, ...keys.map((k) => distribution[k]));
  const total = keys.reduce((sum, k) => sum + distribution[k], 0);
  return h(
    'ul',
    { className: 'bars', 'aria-label': i18n.t('phone.closed.howRoomVotedCount', { count: total }) },
    ...keys.map((key) => {
      const bar = h('span', { className: 'bar-fill' });
      bar.style.width = `${(distribution[key] / max) * 100}%`;
      bar.style.background = key === 'unsure' ? UNSURE_COLOR.fill : LEVEL_COLORS[key].fill;
      return h(
        'li',
        { className: `bar${key === mine ? ' bar-mine' : ''}` },
        chip(key),
        h('span', { className: 'bar-label' }, key === 'unsure' ? i18n.t('roomProtocol.notSure') : levelName(key), key === mine ? h('span', { className: 'mine' }, ` ${i18n.t('phone.closed.you')}`) : null),
        h('span', { className: 'bar-track', 'aria-hidden': 'true' }, bar),
        h('span', { className: 'bar-count' }, String(distribution[key])),
      );
    }),
  );
}

function closedScreen(screen: Extract<Screen, { kind: 'round-closed' }>): HTMLElement[] {
  return [
    gapLine(screen.round, `${gapNameOf(screen.round)} · ${i18n.text(roundLabel(screen.round.roundNumber))}`),
    heading(i18n.t(screen.distribution ? 'phone.closed.revealed' : 'phone.closed.closed')),
    screen.distribution
      ? h('section', { className: 'card', 'aria-labelledby': 'room-votes' }, h('h2', { id: 'room-votes' }, i18n.t('phone.closed.howRoomVoted')), distributionList(screen.distribution, screen.myVote?.score ?? null))
      : h('p', { className: 'lead' }, i18n.t('phone.closed.facilitatorWillShow')),
    screen.myVote ? h('p', {}, `${i18n.t('phone.closed.yourVote')} `, h('strong', {}, scoreLabel(screen.myVote.score))) : h('p', { className: 'muted' }, i18n.t('phone.closed.noVote')),
    h('p', { className: 'muted' }, i18n.t('phone.closed.keepOpen')),
  ];
}

function screenNodes(state: PhoneState, controller: PhoneController): HTMLElement[] {
  const screen = state.screen;
  switch (screen.kind) {
    case 'starting':
      return [heading(i18n.t('phone.starting.title')), h('p', { className: 'muted' }, i18n.t('phone.starting.hint'))];
    case 'code':
    case 'join':
      return joinScreen(screen, state, controller);
    case 'asking':
      return [
        heading(i18n.t('phone.asking.title')),
        h('p', { className: 'lead' }, i18n.t('phone.asking.lead', { name: screen.name })),
      ];
    case 'waiting':
      return [
        heading(i18n.t('phone.waiting.title')),
        h('p', { className: 'lead' }, state.name ? i18n.t('phone.waiting.joinedAs', { name: state.name }) : i18n.t('phone.waiting.joinedAnonymously')),
        h('section', { className: 'card calm' }, h('p', {}, i18n.t('phone.waiting.nothingYet'))),
      ];
    case 'voting':
      return votingScreen(screen, controller);
    case 'round-closed':
      return closedScreen(screen);
    case 'room-closed':
      return [heading(i18n.t('phone.roomClosed.title')), h('p', { className: 'lead' }, i18n.t('phone.roomClosed.lead'))];
    case 'stopped':
      return [heading(i18n.text(screen.title)), h('p', { className: 'lead' }, i18n.text(screen.message))];
  }
}

/** What makes a redraw necessary: everything but the comment being typed. */
function renderKey(state: PhoneState, language: string): string {
  const s = state.screen;
  const screen = s.kind === 'voting' ? { ...s, draft: { score: s.draft.score } } : s;
  return JSON.stringify({ language, screen, name: state.name, people: state.people, full: state.full, anonymous: state.anonymous });
}

/** Draws a state in a language: `translator` is the language this phone shows (the session's, or its person's choice). */
export function createPhoneView(root: HTMLElement, status: HTMLElement): (state: PhoneState, controller: PhoneController, translator: Translator) => void {
  let lastKey = '';
  let lastKind = '';
  return (state, controller, translator) => {
    i18n = translator;
    status.textContent = state.link === 'offline' && state.screen.kind !== 'room-closed' ? i18n.t('phone.link.offline') : '';
    status.dataset.state = state.link;
    const key = renderKey(state, i18n.language);
    if (key === lastKey) return;
    lastKey = key;
    const focused = document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement.id : '';
    // What the person typed survives a redraw (a refused code keeps the code to correct it).
    const place = state.screen.kind === 'voting' ? `voting:${state.screen.round.id}` : state.screen.kind;
    const samePlace = root.dataset.place === place;
    root.dataset.place = place;
    const typed = samePlace ? new Map([...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], textarea')].map((field) => [field.id, field.value])) : new Map<string, string>();
    root.replaceChildren(...screenNodes(state, controller));
    for (const [id, value] of typed) {
      const field = document.getElementById(id);
      if ((field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && field.value === '' && root.contains(field)) field.value = value;
    }
    root.dataset.screen = state.screen.kind;
    if (state.screen.kind !== lastKind) {
      lastKind = state.screen.kind;
      root.querySelector<HTMLElement>('[data-focus="heading"]')?.focus({ preventScroll: false });
    } else if (focused) {
      document.getElementById(focused)?.focus({ preventScroll: true });
    }
  };
}
