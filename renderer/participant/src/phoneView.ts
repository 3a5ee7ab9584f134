/**
 * Draws the phone page from the controller's state: one screen at a time, large touch targets,
 * native form controls (radio buttons for the levels), headings that take focus when the screen
 * changes so a screen reader follows along.
 */
import { frameworkNow } from '../../../shared/framework/localize';
import { LEVEL_COLORS, UNSURE_COLOR } from '../../../shared/framework/levelColors';
import type { MyVote, PhoneScore, RoomDistribution } from '../../../shared/room/protocol';
import { scoreWords } from '../../../shared/room/voteWords';
import { JOIN_CODE_LENGTH, PHONE_COMMENT_MAX, PHONE_NAME_MAX } from '../../../shared/room/roomConstants';
import { roundLabel } from '../../../shared/room/roundLabel';
import { plural } from '../../../shared/text/plural';
import { h } from './dom';
import type { ClosedRound, PhoneController, PhoneState, Screen } from './phoneController';

const scoreLabel = scoreWords;

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
  return h('p', { className: 'eyebrow gap-line' }, dot, `Gap ${round.gapNumber} of 6 · ${label}`);
}

function heading(text: string): HTMLElement {
  return h('h1', { tabindex: '-1', 'data-focus': 'heading' }, text);
}

function errorLine(text: string | null): HTMLElement | null {
  return text ? h('p', { className: 'error', role: 'alert' }, text) : null;
}

function nameField(id: string, disabled: boolean): HTMLElement {
  return h(
    'div',
    { className: 'field' },
    h('label', { for: id }, 'Your name'),
    h('input', { id, name: 'name', className: 'input', type: 'text', autocomplete: 'given-name', maxlength: PHONE_NAME_MAX, enterkeyhint: 'go', disabled }),
    h('p', { className: 'hint' }, 'A first name is enough. Leave it empty to vote without your name.'),
  );
}

function joinButtons(busy: boolean): HTMLElement {
  return h(
    'div',
    { className: 'actions' },
    h('button', { type: 'submit', className: 'btn btn-primary', name: 'with-name', disabled: busy }, busy ? 'Joining…' : 'Join'),
    h('button', { type: 'submit', className: 'btn', name: 'anonymous', disabled: busy }, 'Join without my name'),
  );
}

/** The session's people who have no phone yet: one tap joins as them. */
function peopleChoice(state: PhoneState, busy: boolean, controller: PhoneController): HTMLElement | null {
  if (state.anonymous || state.people.length === 0) return null;
  return h(
    'section',
    { className: 'card people', 'aria-labelledby': 'people-title' },
    h('h2', { id: 'people-title' }, 'Are you on the list?'),
    h('p', { className: 'muted' }, 'The facilitator has already added these people. Tap your name to vote as yourself.'),
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
    h('p', {}, `If you are ${name} and changed phones, the facilitator can let this phone in instead.`),
    h('button', { type: 'button', className: 'btn', onclick: () => controller.askFacilitator() }, `Ask the facilitator to let me in as ${name}`),
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
          h('label', { for: 'room-code' }, 'Room code'),
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
          h('p', { className: 'hint', id: 'code-hint' }, 'The six characters shown on the screen, under the QR code.'),
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
    heading('Join the room'),
    h('p', { className: 'lead' }, 'Your votes go to the facilitator’s laptop in this room and nowhere else.'),
    full ? h('p', { className: 'error', role: 'status' }, state.people.length > 0 ? 'The room is full: only the people listed below can still join.' : 'The room is full: the session cannot take another participant. Ask the facilitator to record your vote on the laptop.') : null,
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
    h('span', { className: 'option-text' }, h('span', { className: 'option-name' }, score === 'unsure' ? 'Not sure' : `${score} · ${name}`), descriptor ? h('span', { className: 'option-descriptor' }, descriptor) : null),
  );
}

function receivedCard(vote: MyVote, controller: PhoneController, canChange: boolean): HTMLElement {
  return h(
    'section',
    { className: 'card received', 'aria-labelledby': 'received-title' },
    h('p', { className: 'received-title', id: 'received-title' }, h('span', { className: 'tick', 'aria-hidden': 'true' }, '✓'), 'Vote received'),
    h('div', { className: 'received-vote' }, chip(vote.score, 'large'), h('span', { className: 'received-label' }, scoreLabel(vote.score))),
    vote.comment ? h('p', { className: 'received-comment' }, `“${vote.comment}”`) : null,
    canChange ? h('p', { className: 'muted' }, 'You can change it until the facilitator reveals the votes.') : null,
    canChange ? h('button', { type: 'button', className: 'btn', onclick: () => controller.changeVote() }, 'Change my vote') : null,
  );
}

function votingScreen(screen: Extract<Screen, { kind: 'voting' }>, controller: PhoneController): HTMLElement[] {
  const { round } = screen;
  const top = [gapLine(round, roundLabel(round.roundNumber)), heading(round.gapName), h('p', { className: 'lead' }, round.question)];
  if (!screen.editing && screen.myVote) return [...top, receivedCard(screen.myVote, controller, true)];

  const comment = h('textarea', { id: 'comment', name: 'comment', className: 'input', rows: 3, maxlength: PHONE_COMMENT_MAX, disabled: screen.sending }) as HTMLTextAreaElement;
  comment.value = screen.draft.comment;
  comment.addEventListener('input', () => controller.setComment(comment.value));
  const details = h('details', { className: 'comment', open: screen.draft.comment !== '' }, h('summary', {}, 'Add a comment (optional)'), h('label', { for: 'comment', className: 'visually-hidden' }, 'Comment'), comment);

  const form = h(
    'form',
    { className: 'stack', novalidate: true },
    h(
      'fieldset',
      { className: 'options' },
      h('legend', {}, 'Choose the level that fits best'),
      ...round.levels.map((l) => levelOption(l.level, l.name, l.descriptor, screen.draft.score === l.level, screen.sending, controller)),
      levelOption('unsure', 'Not sure', 'I cannot judge this one.', screen.draft.score === 'unsure', screen.sending, controller),
    ),
    details,
    errorLine(screen.error),
    h(
      'div',
      { className: 'actions sticky' },
      h('button', { type: 'submit', className: 'btn btn-primary', disabled: screen.sending }, screen.sending ? 'Sending…' : screen.myVote ? 'Send my new vote' : 'Send my vote'),
      screen.myVote && !screen.sending ? h('button', { type: 'button', className: 'btn btn-ghost', onclick: () => controller.keepVote() }, `Keep my vote (${scoreLabel(screen.myVote.score)})`) : null,
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
    { className: 'bars', 'aria-label': `How the room voted: ${plural(total, 'vote')}` },
    ...keys.map((key) => {
      const bar = h('span', { className: 'bar-fill' });
      bar.style.width = `${(distribution[key] / max) * 100}%`;
      bar.style.background = key === 'unsure' ? UNSURE_COLOR.fill : LEVEL_COLORS[key].fill;
      return h(
        'li',
        { className: `bar${key === mine ? ' bar-mine' : ''}` },
        chip(key),
        h('span', { className: 'bar-label' }, key === 'unsure' ? 'Not sure' : (frameworkNow()?.levelNames[key] ?? String(key)), key === mine ? h('span', { className: 'mine' }, ' (you)') : null),
        h('span', { className: 'bar-track', 'aria-hidden': 'true' }, bar),
        h('span', { className: 'bar-count' }, String(distribution[key])),
      );
    }),
  );
}

function closedScreen(screen: Extract<Screen, { kind: 'round-closed' }>): HTMLElement[] {
  return [
    gapLine(screen.round, `${screen.round.gapName} · ${roundLabel(screen.round.roundNumber)}`),
    heading(screen.distribution ? 'The votes are revealed' : 'Voting has closed'),
    screen.distribution
      ? h('section', { className: 'card', 'aria-labelledby': 'room-votes' }, h('h2', { id: 'room-votes' }, 'How the room voted'), distributionList(screen.distribution, screen.myVote?.score ?? null))
      : h('p', { className: 'lead' }, 'The facilitator will show the votes on the screen.'),
    screen.myVote ? h('p', {}, 'Your vote: ', h('strong', {}, scoreLabel(screen.myVote.score))) : h('p', { className: 'muted' }, 'You did not vote in this round.'),
    h('p', { className: 'muted' }, 'Keep this page open: the next round appears here by itself.'),
  ];
}

function screenNodes(state: PhoneState, controller: PhoneController): HTMLElement[] {
  const screen = state.screen;
  switch (screen.kind) {
    case 'starting':
      return [heading('Connecting to the room…'), h('p', { className: 'muted' }, 'This takes a second on the room’s network.')];
    case 'code':
    case 'join':
      return joinScreen(screen, state, controller);
    case 'asking':
      return [
        heading('Waiting for the facilitator'),
        h('p', { className: 'lead' }, `The facilitator has been asked to let this phone in as ${screen.name}. Keep this page open.`),
      ];
    case 'waiting':
      return [
        heading('You’re in'),
        h('p', { className: 'lead' }, state.name ? `Joined as ${state.name}.` : 'Joined without your name.'),
        h('section', { className: 'card calm' }, h('p', {}, 'Nothing to vote on yet. When the facilitator opens a round, it appears here by itself.')),
      ];
    case 'voting':
      return votingScreen(screen, controller);
    case 'round-closed':
      return closedScreen(screen);
    case 'room-closed':
      return [heading('The room is closed'), h('p', { className: 'lead' }, 'Thank you for taking part. You can close this page.')];
    case 'stopped':
      return [heading(screen.title), h('p', { className: 'lead' }, screen.message)];
  }
}

/** What makes a redraw necessary: everything but the comment being typed. */
function renderKey(state: PhoneState): string {
  const s = state.screen;
  const screen = s.kind === 'voting' ? { ...s, draft: { score: s.draft.score } } : s;
  return JSON.stringify({ screen, name: state.name, people: state.people, full: state.full, anonymous: state.anonymous });
}

export function createPhoneView(root: HTMLElement, status: HTMLElement): (state: PhoneState, controller: PhoneController) => void {
  let lastKey = '';
  let lastKind = '';
  return (state, controller) => {
    status.textContent =
      state.link === 'offline' && state.screen.kind !== 'room-closed'
        ? 'Connection lost. Reconnecting… Anything you send is kept on this phone until the laptop has it.'
        : '';
    status.dataset.state = state.link;
    const key = renderKey(state);
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
