/**
 * Controls the overlay leaves alone: a link inside a button, a label, a summary or anything a
 * page made interactive by its role would change what a click does (submit, tick, open) into
 * navigation. Their text is not annotated. DOM only.
 */

/** Elements whose text is a control's face. */
const CONTROL_TAGS = new Set(['BUTTON', 'LABEL', 'SUMMARY', 'OPTION', 'OPTGROUP', 'SELECT', 'TEXTAREA', 'INPUT', 'DATALIST', 'OUTPUT', 'METER', 'PROGRESS']);

/** ARIA roles of widgets a reader clicks or operates (WAI-ARIA 1.2 widget roles; not their containers such as menu or tablist). */
const INTERACTIVE_ROLES = new Set([
  'button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option',
  'treeitem', 'combobox', 'slider', 'spinbutton', 'textbox', 'searchbox',
]);

/** A CSS selector for the same rule, to check the ancestors of a subtree root. */
export const CONTROL_SELECTOR = [
  ...[...CONTROL_TAGS].map((t) => t.toLowerCase()),
  ...[...INTERACTIVE_ROLES].map((r) => `[role~="${r}" i]`),
].join(',');

/** Whether an element of this tag (upper case) is a control whatever its attributes say. */
export function isControlTag(tag: string): boolean {
  return CONTROL_TAGS.has(tag);
}

/** Whether `el` is a control (by tag, or by an interactive role among its role tokens). */
export function isControl(el: Element): boolean {
  if (CONTROL_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (!role) return false;
  // A role attribute may list fallbacks: any interactive one makes it a control.
  for (const r of role.toLowerCase().split(/\s+/)) if (INTERACTIVE_ROLES.has(r)) return true;
  return false;
}
