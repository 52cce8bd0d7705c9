// One step of the guided form on screen, in the Excel pane and the Sheets sidebar alike: what the cell asks for, what
// is wrong, and a box to type the answer. Text goes in through textContent only (el).
import type { GuideStep } from '../shared';
import { el } from './dom';

export type StepHandlers = { submit: (input: string) => void; skip: () => void; stop: () => void };
/** A step as the page has it (the sidebar's comes through google.script.run, its value JSON-safe). */
export type StepView = Omit<GuideStep, 'current' | 'kind'> & { current: unknown };
/** Each face's words for the step (from its own group of the text module), and its button classes. */
export type StepWords = {
  progress: (p: { cell: string; index: number; total: number }) => string;
  field: string;
  unit: string;
  target: string;
  deadline: string;
  placeholder: string;
  save: string;
  skip: string;
  stop: string;
};
export type StepLook = { buttons: string; primary: string; secondary: string };
const PANE_LOOK: StepLook = { buttons: 'guide-buttons', primary: 'primary small', secondary: 'secondary small' };

function fact(list: HTMLElement, label: string, value: string): void {
  if (!value) return;
  list.append(el('dt', undefined, label), el('dd', undefined, value));
}

export function renderStep(container: HTMLElement, step: StepView, index: number, total: number, words: StepWords, on: StepHandlers, look: StepLook = PANE_LOOK): void {
  container.replaceChildren();
  container.hidden = false;
  container.append(el('div', 'guide-progress', words.progress({ cell: `${step.sheet}!${step.cell}`, index: index + 1, total })));
  const title = el('div', 'guide-item');
  title.append(el('span', 'stt', step.stt), document.createTextNode(' '), el('span', 'name', step.name));
  container.append(title);

  const facts = el('dl', 'guide-facts');
  fact(facts, words.field, step.field);
  fact(facts, words.unit, step.unit);
  fact(facts, words.target, step.target);
  fact(facts, words.deadline, step.deadline);
  container.append(facts);

  if (step.prompt) container.append(el('p', 'guide-hint', step.prompt.text));
  const problems = el('ul', 'guide-problems');
  for (const p of step.problems) problems.append(el('li', undefined, p));
  container.append(problems);

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
    input.placeholder = step.rule?.type === 'date' ? '15/05/2026' : words.placeholder;
    input.autocomplete = 'off';
    if (step.current !== null && step.current !== '') input.value = String(step.current);
    read = () => input.value;
    form.append(input);
  }
  const buttons = el('div', look.buttons);
  const save = el('button', look.primary, words.save);
  save.type = 'submit';
  const skip = el('button', look.secondary, words.skip);
  skip.type = 'button';
  skip.addEventListener('click', () => on.skip());
  const stop = el('button', look.secondary, words.stop);
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
