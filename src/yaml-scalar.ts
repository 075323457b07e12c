// Front matter is written by hand so that it stays byte-identical to the existing posts
// (`categories: [Daily Papers, 일간]`); a YAML library would quote or reflow it.

const PLAIN_FLOW_ITEM = /^[^\s,[\]{}:#"'!&*|>%@`?-][^,[\]{}:#"']*$/u;
const PLAIN_VALUE = /^[^\s,[\]{}#"'!&*|>%@`?-][^#"']*$/u;

function quote(value: string): string {
  // A JSON string is a valid YAML double-quoted scalar.
  return JSON.stringify(value);
}

/** A scalar as an item of a YAML flow list: plain when that reads the same, quoted otherwise. */
export function flowItem(value: string): string {
  return PLAIN_FLOW_ITEM.test(value) && value === value.trim() ? value : quote(value);
}

/** A scalar as a block mapping value. */
export function plainValue(value: string): string {
  return PLAIN_VALUE.test(value) && value === value.trim() && !/: /.test(value) ? value : quote(value);
}

/** `[a, b]` */
export function flowList(values: readonly string[]): string {
  return `[${values.map(flowItem).join(', ')}]`;
}
