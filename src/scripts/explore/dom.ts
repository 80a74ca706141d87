/** Small DOM helpers for the explore page's browser code. */

type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Creates an element with attributes and children. An attribute whose value
 * is false or undefined is left out, and true writes it empty. Strings
 * become text nodes, so no child is ever parsed as HTML.
 */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}

/** Returns the element with this id. Throws naming the id when the page has none or it has another type. */
export function getElement<T extends Element>(id: string, type: abstract new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The explore page has no ${type.name} with id "${id}".`);
  return element;
}
