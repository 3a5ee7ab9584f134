/**
 * A message the build parsed (compileCatalogue), written compactly so the window's catalogue stays
 * about as small as its source: text is a string, a plain `{name}` is `[name]`, a plural's or a
 * select's branches are lists of such parts (a plural's offset 0 and cardinal type left out), and
 * any other element (a number, `#`) is the parser's own. expandMessage gives intl-messageformat
 * back the syntax tree. No parser code here: the window loads this.
 */
import type { ArgumentElement, LiteralElement, MessageFormatElement, PluralElement, SelectElement, TYPE } from '@formatjs/icu-messageformat-parser';

export type CompactPart = string | readonly [name: string] | CompactBranching | { readonly type: number };
/** A plural or a select: its branches' parts by key. */
interface CompactBranching {
  readonly type: number;
  readonly value: string;
  readonly options: Readonly<Record<string, CompiledMessage>>;
  readonly offset?: number;
  readonly pluralType?: 'ordinal';
}
export type CompiledMessage = readonly CompactPart[];

// The parser's own enum values, written here so this module loads no parser code for them.
const LITERAL: TYPE.literal = 0;
const ARGUMENT: TYPE.argument = 1;
const SELECT: TYPE.select = 5;
const PLURAL: TYPE.plural = 6;

const mapValues = <From, To>(record: Readonly<Record<string, From>>, map: (value: From) => To): Record<string, To> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));

export function compactMessage(elements: readonly MessageFormatElement[]): CompiledMessage {
  return elements.map((element): CompactPart => {
    if (element.type === LITERAL) return element.value;
    if (element.type === ARGUMENT) return [element.value];
    if (element.type !== SELECT && element.type !== PLURAL) return element;
    const options = mapValues(element.options, (option) => compactMessage(option.value));
    if (element.type === SELECT) return { type: SELECT, value: element.value, options };
    return {
      type: PLURAL,
      value: element.value,
      options,
      ...(element.offset === 0 ? {} : { offset: element.offset }),
      ...(element.pluralType === 'ordinal' ? { pluralType: 'ordinal' as const } : {}),
    };
  });
}

// Array.isArray does not narrow a readonly tuple.
const isArgumentPart = (part: CompactPart): part is readonly [name: string] => Array.isArray(part);

export function expandMessage(parts: CompiledMessage): MessageFormatElement[] {
  return parts.map((part): MessageFormatElement => {
    if (typeof part === 'string') return { type: LITERAL, value: part } satisfies LiteralElement;
    if (isArgumentPart(part)) return { type: ARGUMENT, value: part[0] } satisfies ArgumentElement;
    if (part.type !== SELECT && part.type !== PLURAL) return part as MessageFormatElement;
    const { value, options: compact, offset, pluralType } = part as CompactBranching;
    const options = mapValues(compact, (branch) => ({ value: expandMessage(branch) }));
    if (part.type === SELECT) return { type: SELECT, value, options } satisfies SelectElement;
    return { type: PLURAL, value, options, offset: offset ?? 0, pluralType: pluralType ?? 'cardinal' } satisfies PluralElement;
  });
}

/** The text of a message that is text only (quotes and all resolved by the build), else null. */
export function compiledText(parts: CompiledMessage): string | null {
  return parts.every((part) => typeof part === 'string') ? parts.join('') : null;
}

/**
 * A message as plain text with its simple `{name}` placeholders, as words copied out of the
 * catalogue are kept (a framework's own text); null for a message with plurals or selects.
 */
export function placeholderText(parts: CompiledMessage): string | null {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') text += part;
    else if (isArgumentPart(part)) text += `{${part[0]}}`;
    else return null;
  }
  return text;
}
