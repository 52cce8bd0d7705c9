// The sidebar's guide messages (done, refused); the step itself is drawn by the pane's view (addin/guided-view.ts).
import { el } from '../../addin/dom';

export function renderGuideMessage(box: HTMLElement, text: string, kind: 'done' | 'refused'): void {
  box.replaceChildren(el('p', kind === 'done' ? 'guide-done' : 'guide-refused', text));
  box.hidden = false;
}
