// The ribbon's function file. The button's action is ShowTaskpane, which needs no code; Office still loads this page.
Office.onReady(() => undefined);
export {};
