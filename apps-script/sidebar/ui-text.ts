// The sidebar's sentences come from the core's text module (the 'sidebar' group, plus the shared button names).
import { fill, type Lang, texts } from '../../shared';

function sidebarText(lang: Lang) {
  const w = texts[lang].words;
  return { ...texts[lang].sidebar, validate: w.validateButton, forms: w.formsButton, report: w.reportButton };
}

type Text = ReturnType<typeof sidebarText>;

export const TEXT: Record<Lang, Text> = { vi: sidebarText('vi'), en: sidebarText('en') };
export type TextKey = keyof Text;

/** The core's one filler, for the sidebar's page script. */
export { fill };
