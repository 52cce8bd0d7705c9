// One step of the guided form on screen: what the cell asks for, what is wrong, and a box to type the answer.
import type { Lang } from '../shared';
import type { GuideStep } from '../shared';
import { say } from './pane-words';
import { el } from './dom';

export type StepHandlers = { submit: (input: string) => void; skip: () => void; stop: () => void };

function fact(list: HTMLElement, label: string, value: string): void {
  if (!value) return;
  list.append(el('dt', undefined, label), el('dd', undefined, value));
}

export function renderStep(container: HTMLElement, step: GuideStep, index: number, total: number, lang: Lang, on: StepHandlers): void {
  container.replaceChildren();
  container.hidden = false;
  container.append(el('div', 'guide-progress', say(lang, 'guideProgress', { cell: `${step.sheet}!${step.cell}`, index: index + 1, total })));
  const title = el('div', 'guide-item');
  title.append(el('span', 'stt', step.stt), document.createTextNode(' '), el('span', 'name', step.name));
  container.append(title);

  const facts = el('dl', 'guide-facts');
  fact(facts, say(lang, 'guideField'), step.field);
  fact(facts, say(lang, 'guideUnit'), step.unit);
  fact(facts, say(lang, 'guideTarget'), step.target);
  fact(facts, say(lang, 'guideDeadline'), step.deadline);
  container.append(facts);

  if (step.prompt) container.append(el('p', 'guide-hint', step.prompt.text));
  const problems = el('ul', 'guide-problems');
  for (const p of step.problems) problems.append(el('li', undefined, p));
  container.append(problems);

  const form = el('form', 'guide-form');
  let read: () => string;
  if (step.rule?.type === 'list') {
    // A list cell takes exactly one of its values: offer them, as Excel's drop-down does.
    const select = el('select', 'guide-input');
    select.append(el('option', undefined, ''));
    for (const v of step.rule.values) {
      const option = el('option', undefined, v);
      option.value = v;
      select.append(option);
    }
    read = () => select.value;
    form.append(select);
  } else {
    const input = el('input', 'guide-input');
    input.type = 'text';
    input.placeholder = step.rule?.type === 'date' ? '15/05/2026' : say(lang, 'guidePlaceholder');
    input.autocomplete = 'off';
    if (step.current !== null && step.current !== '') input.value = String(step.current);
    read = () => input.value;
    form.append(input);
  }
  const buttons = el('div', 'guide-buttons');
  const save = el('button', 'primary small', say(lang, 'guideSave'));
  save.type = 'submit';
  const skip = el('button', 'secondary small', say(lang, 'guideSkip'));
  skip.type = 'button';
  skip.addEventListener('click', () => on.skip());
  const stop = el('button', 'secondary small', say(lang, 'guideStop'));
  stop.type = 'button';
  stop.addEventListener('click', () => on.stop());
  buttons.append(save, skip, stop);
  form.append(buttons);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    on.submit(read());
  });
  container.append(form);
  (form.querySelector('.guide-input') as HTMLElement | null)?.focus();
}

export function renderGuideMessage(container: HTMLElement, text: string): void {
  container.replaceChildren(el('p', 'guide-done', text));
  container.hidden = false;
}
