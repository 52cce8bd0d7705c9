// One step of the guided form in the sidebar: what the cell asks for, what is wrong, a box for the answer.
// Text goes in through textContent only (el), as in the rest of the sidebar.
import { el } from '../../addin/dom';
import type { GuideStepView } from '../guide';
import type { TextKey } from './ui-text';

export type GuideHandlers = { submit: (input: string) => void; skip: () => void; stop: () => void };
type Say = (key: TextKey, params?: Record<string, string | number>) => string;

function fact(list: HTMLElement, label: string, value: string): void {
  if (!value) return;
  list.append(el('dt', undefined, label), el('dd', undefined, value));
}

export function renderGuideStep(box: HTMLElement, step: GuideStepView, index: number, total: number, t: Say, on: GuideHandlers): void {
  box.replaceChildren();
  box.hidden = false;
  box.append(el('div', 'guide-progress', t('guideProgress', { cell: `${step.sheet}!${step.cell}`, index: index + 1, total })));
  const title = el('div', 'guide-item');
  title.append(el('span', 'stt', step.stt), document.createTextNode(' '), el('span', 'name', step.name));
  box.append(title);

  const facts = el('dl', 'guide-facts');
  fact(facts, t('guideField'), step.field);
  fact(facts, t('guideUnit'), step.unit);
  fact(facts, t('guideTarget'), step.target);
  fact(facts, t('guideDeadline'), step.deadline);
  box.append(facts);

  if (step.prompt) box.append(el('p', 'guide-hint', step.prompt.text));
  const problems = el('ul', 'guide-problems');
  for (const p of step.problems) problems.append(el('li', undefined, p));
  box.append(problems);

  const form = el('form', 'guide-form');
  let read: () => string;
  if (step.rule?.type === 'list') {
    // A list cell takes exactly one of its values: offer them, as the cell's drop-down does.
    const select = el('select', 'guide-input');
    select.append(el('option', undefined, ''));
    for (const v of step.rule.values) {
      const option = el('option', undefined, v);
      option.value = v;
      select.append(option);
    }
    if (typeof step.current === 'string' && step.rule.values.includes(step.current)) select.value = step.current;
    read = () => select.value;
    form.append(select);
  } else {
    const input = el('input', 'guide-input');
    input.type = 'text';
    input.placeholder = step.rule?.type === 'date' ? '15/05/2026' : t('guidePlaceholder');
    input.autocomplete = 'off';
    if (step.current !== null && step.current !== '') input.value = String(step.current);
    read = () => input.value;
    form.append(input);
  }
  const buttons = el('div', 'row');
  const save = el('button', 'btn primary', t('guideSave'));
  save.type = 'submit';
  const skip = el('button', 'btn', t('guideSkip'));
  skip.type = 'button';
  skip.addEventListener('click', () => on.skip());
  const stop = el('button', 'btn', t('guideStop'));
  stop.type = 'button';
  stop.addEventListener('click', () => on.stop());
  buttons.append(save, skip, stop);
  form.append(buttons);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    on.submit(read());
  });
  box.append(form);
  (form.querySelector('.guide-input') as HTMLElement | null)?.focus();
}

export function renderGuideMessage(box: HTMLElement, text: string, kind: 'done' | 'refused'): void {
  box.replaceChildren(el('p', kind === 'done' ? 'guide-done' : 'guide-refused', text));
  box.hidden = false;
}
