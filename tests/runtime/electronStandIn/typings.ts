/**
 * Electron 45's API surface, read from node_modules/electron/electron.d.ts with the TypeScript
 * compiler API: every interface and class with its members (instance and static), constructor and
 * method overloads, the module exports of the main and renderer processes, and a run-time check of
 * a value against a declared type (string-literal unions such as menu roles, event names and
 * getPath names, option objects with their exact keys, arrays, the Accelerator alias).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { acceleratorProblem } from './accelerator';

type Params = readonly ts.ParameterDeclaration[];

export interface MemberInfo {
  name: string;
  /** Method overloads (empty for a property). */
  overloads: Params[];
  /** A property's declared type. */
  type: ts.TypeNode | undefined;
  optional: boolean;
}

export interface TypeInfo {
  name: string;
  kind: 'interface' | 'class';
  bases: string[];
  members: Map<string, MemberInfo>;
  statics: Map<string, MemberInfo>;
  constructors: Params[];
}

/** Node's EventEmitter API, which Electron's emitters inherit (the typings import it from 'events'). */
const EVENT_EMITTER_MEMBERS = [
  'on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'emit', 'listeners', 'listenerCount',
  'prependListener', 'prependOnceListener', 'eventNames', 'rawListeners', 'setMaxListeners', 'getMaxListeners',
];
const EVENT_EMITTER = 'EventEmitter';
const EMITTER_BASES = new Set(['NodeEventEmitter', 'NodeJS.EventEmitter', 'EventEmitter']);
const LISTENER_METHODS = new Set(['on', 'once', 'off', 'addListener', 'removeListener', 'prependListener', 'prependOnceListener']);

function typeName(node: ts.EntityName | ts.Expression): string {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isQualifiedName(node)) return `${typeName(node.left)}.${node.right.text}`;
  if (ts.isPropertyAccessExpression(node)) return `${typeName(node.expression)}.${node.name.text}`;
  return node.getText();
}

/** "Electron.Foo" and "Foo" name the same declaration. */
function localName(name: string): string {
  return name.startsWith('Electron.') ? name.slice('Electron.'.length) : name;
}

function memberName(name: ts.PropertyName | undefined): string | null {
  if (!name) return null;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return null;
}

function isStatic(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false);
}

function addMember(map: Map<string, MemberInfo>, name: string, node: ts.Node): void {
  const info = map.get(name) ?? { name, overloads: [], type: undefined, optional: false };
  if (ts.isMethodSignature(node) || ts.isMethodDeclaration(node)) {
    info.overloads.push(node.parameters);
    info.optional ||= Boolean(node.questionToken);
  } else if (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) {
    info.type = node.type;
    info.optional = Boolean(node.questionToken);
  } else if (ts.isGetAccessor(node)) {
    info.type = node.type;
  }
  map.set(name, info);
}

export class ElectronTypings {
  readonly types = new Map<string, TypeInfo>();
  readonly aliases = new Map<string, ts.TypeAliasDeclaration>();
  /** Value exports of `require('electron')` in each process: name → declared type name (or class name). */
  readonly processExports = new Map<'Main' | 'Renderer' | 'CrossProcessExports' | 'Common', Map<string, string>>();

  constructor(readonly source: ts.SourceFile) {
    this.types.set(EVENT_EMITTER, {
      name: EVENT_EMITTER,
      kind: 'class',
      bases: [],
      members: new Map(EVENT_EMITTER_MEMBERS.map((name) => [name, { name, overloads: [], type: undefined, optional: false }])),
      statics: new Map(),
      constructors: [],
    });
    const electron = source.statements.find((s): s is ts.ModuleDeclaration => ts.isModuleDeclaration(s) && s.name.getText(source) === 'Electron');
    if (!electron?.body || !ts.isModuleBlock(electron.body)) throw new Error('electron.d.ts: no `declare namespace Electron` block');
    for (const statement of electron.body.statements) this.read(statement);
  }

  private read(statement: ts.Statement): void {
    if (ts.isInterfaceDeclaration(statement) || ts.isClassDeclaration(statement)) {
      const name = statement.name?.text;
      if (!name) return;
      const kind = ts.isInterfaceDeclaration(statement) ? 'interface' : 'class';
      const info: TypeInfo = this.types.get(name) ?? { name, kind, bases: [], members: new Map(), statics: new Map(), constructors: [] };
      for (const clause of statement.heritageClauses ?? []) {
        if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
        for (const base of clause.types) {
          const baseName = typeName(base.expression);
          info.bases.push(EMITTER_BASES.has(baseName) ? EVENT_EMITTER : localName(baseName));
        }
      }
      for (const member of statement.members as ts.NodeArray<ts.ClassElement | ts.TypeElement>) {
        if (ts.isConstructorDeclaration(member)) {
          info.constructors.push(member.parameters);
          continue;
        }
        const name = memberName(member.name);
        if (name === null) continue;
        addMember(isStatic(member) ? info.statics : info.members, name, member);
      }
      this.types.set(name, info);
    } else if (ts.isTypeAliasDeclaration(statement)) {
      this.aliases.set(statement.name.text, statement);
    } else if (ts.isModuleDeclaration(statement) && statement.body && ts.isModuleBlock(statement.body)) {
      const exports = new Map<string, string>();
      for (const inner of statement.body.statements) {
        if (ts.isVariableStatement(inner)) {
          for (const decl of inner.declarationList.declarations) {
            const declared = decl.type;
            let type = '';
            if (declared && ts.isTypeReferenceNode(declared)) type = localName(typeName(declared.typeName));
            else if (declared && ts.isTypeQueryNode(declared)) type = `typeof ${localName(typeName(declared.exprName))}`;
            exports.set(decl.name.getText(this.source), type);
          }
        } else if (ts.isClassDeclaration(inner) && inner.name) {
          exports.set(inner.name.text, `typeof ${inner.name.text}`);
        }
      }
      this.processExports.set(statement.name.text as 'Main', exports);
    }
  }

  type(name: string): TypeInfo {
    const info = this.types.get(localName(name));
    if (!info) throw new Error(`electron.d.ts declares no type ${name}`);
    return info;
  }

  /** The member as the most derived declaration states it (a subclass's overloads hide its base's). */
  member(type: string, name: string, isStaticMember = false): MemberInfo | undefined {
    const info = this.types.get(localName(type));
    if (!info) return undefined;
    const own = (isStaticMember ? info.statics : info.members).get(name);
    if (own) return own;
    for (const base of info.bases) {
      const inherited = this.member(base, name, isStaticMember);
      if (inherited) return inherited;
    }
    return undefined;
  }

  memberNames(type: string, isStaticMember = false): Set<string> {
    const info = this.type(type);
    const names = new Set((isStaticMember ? info.statics : info.members).keys());
    for (const base of info.bases) for (const name of this.memberNames(base, isStaticMember)) names.add(name);
    return names;
  }

  isSubtype(type: string, ancestor: string): boolean {
    const info = this.types.get(localName(type));
    if (!info) return false;
    if (info.name === localName(ancestor)) return true;
    return info.bases.some((base) => this.isSubtype(base, ancestor));
  }

  /** The event names a type's `on(event: '…')` overloads declare (empty when it declares none). */
  eventNames(type: string): Set<string> {
    const on = this.member(type, 'on');
    const names = new Set<string>();
    for (const params of on?.overloads ?? []) {
      const first = params[0]?.type;
      if (first && ts.isLiteralTypeNode(first) && ts.isStringLiteral(first.literal)) names.add(first.literal.text);
    }
    return names;
  }

  /** The string literals a property of an interface allows, e.g. MenuItemConstructorOptions.role. */
  literalsOf(type: string, property: string): Set<string> {
    const declared = this.member(type, property)?.type;
    const literals = new Set<string>();
    const collect = (node: ts.TypeNode | undefined): void => {
      if (!node) return;
      if (ts.isParenthesizedTypeNode(node)) collect(node.type);
      else if (ts.isUnionTypeNode(node)) node.types.forEach(collect);
      else if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) literals.add(node.literal.text);
    };
    collect(declared);
    return literals;
  }

  /** Why `args` fit none of the overloads, or null when one of them takes them. */
  callProblem(overloads: readonly Params[], args: readonly unknown[], what: string): string | null {
    if (overloads.length === 0) return null;
    const problems: string[] = [];
    for (const params of overloads) {
      const problem = this.paramsProblem(params, args);
      if (problem === null) return null;
      problems.push(problem);
    }
    const shown = [...new Set(problems)].slice(0, 3).join(' / ');
    return `${what}: ${shown}`;
  }

  private paramsProblem(params: Params, args: readonly unknown[]): string | null {
    const rest = params.some((p) => p.dotDotDotToken);
    const required = params.filter((p) => !p.questionToken && !p.initializer && !p.dotDotDotToken).length;
    if (args.length < required) return `needs at least ${required} argument(s), got ${args.length}`;
    if (!rest && args.length > params.length) return `takes at most ${params.length} argument(s), got ${args.length}`;
    for (const [i, param] of params.entries()) {
      if (param.dotDotDotToken) break;
      const value = args[i];
      if (value === undefined && param.questionToken) continue;
      const name = param.name.getText(this.source);
      const problem = this.valueProblem(param.type, value, name) ?? this.acceleratorNamed(name, value, name);
      if (problem) return problem;
    }
    return null;
  }

  /** Why `value` is not of the declared type, or null when it is (or when the type is not checkable). */
  valueProblem(node: ts.TypeNode | undefined, value: unknown, where: string): string | null {
    if (!node) return null;
    switch (node.kind) {
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
        return null;
      case ts.SyntaxKind.StringKeyword:
        return typeof value === 'string' ? null : `${where} must be a string`;
      case ts.SyntaxKind.NumberKeyword:
        return typeof value === 'number' ? null : `${where} must be a number`;
      case ts.SyntaxKind.BooleanKeyword:
        return typeof value === 'boolean' ? null : `${where} must be a boolean`;
      case ts.SyntaxKind.UndefinedKeyword:
      case ts.SyntaxKind.VoidKeyword:
        return value === undefined ? null : `${where} must be undefined`;
      case ts.SyntaxKind.NullKeyword:
        return value === null ? null : `${where} must be null`;
    }
    if (ts.isParenthesizedTypeNode(node)) return this.valueProblem(node.type, value, where);
    if (ts.isTypeOperatorNode(node)) return this.valueProblem(node.type, value, where);
    if (ts.isLiteralTypeNode(node)) {
      const literal = node.literal;
      if (literal.kind === ts.SyntaxKind.NullKeyword) return value === null ? null : `${where} must be null`;
      if (ts.isStringLiteral(literal)) return value === literal.text ? null : `${where} is ${JSON.stringify(value)}, not '${literal.text}'`;
      if (ts.isNumericLiteral(literal)) return value === Number(literal.text) ? null : `${where} must be ${literal.text}`;
      if (literal.kind === ts.SyntaxKind.TrueKeyword) return value === true ? null : `${where} must be true`;
      if (literal.kind === ts.SyntaxKind.FalseKeyword) return value === false ? null : `${where} must be false`;
      return null;
    }
    if (ts.isUnionTypeNode(node)) {
      const problems = node.types.map((t) => this.valueProblem(t, value, where));
      if (problems.some((p) => p === null)) return null;
      const literals = node.types.every((t) => ts.isLiteralTypeNode(t) || (ts.isParenthesizedTypeNode(t) && ts.isLiteralTypeNode(t.type)));
      if (literals) return `${where} is ${JSON.stringify(value)}, which Electron 45 does not know`;
      return problems.find((p) => p !== null && !p.endsWith('must be undefined') && !p.endsWith('must be null')) ?? problems[0]!;
    }
    if (ts.isArrayTypeNode(node)) return this.arrayProblem(node.elementType, value, where);
    if (ts.isFunctionTypeNode(node) || ts.isConstructorTypeNode(node)) return typeof value === 'function' ? null : `${where} must be a function`;
    if (ts.isTypeLiteralNode(node)) return this.objectProblem(this.literalMembers(node), value, where, 'an object');
    if (ts.isTypeReferenceNode(node)) return this.referenceProblem(node, value, where);
    return null;
  }

  /** Some accelerators are typed plain `string` (MenuItemConstructorOptions.accelerator): the name says what they are. */
  private acceleratorNamed(name: string, value: unknown, where: string): string | null {
    if (!/^accelerators?$/.test(name)) return null;
    for (const item of Array.isArray(value) ? value : [value]) {
      const problem = typeof item === 'string' ? acceleratorProblem(item) : null;
      if (problem) return `${where} "${String(item)}" is not an Electron accelerator: ${problem}`;
    }
    return null;
  }

  private arrayProblem(element: ts.TypeNode | undefined, value: unknown, where: string): string | null {
    if (!Array.isArray(value)) return `${where} must be an array`;
    for (const [i, item] of value.entries()) {
      const problem = this.valueProblem(element, item, `${where}[${i}]`);
      if (problem) return problem;
    }
    return null;
  }

  private literalMembers(node: ts.TypeLiteralNode): Map<string, MemberInfo> {
    const members = new Map<string, MemberInfo>();
    for (const member of node.members) {
      const name = memberName(member.name);
      if (name !== null) addMember(members, name, member);
    }
    return members;
  }

  private referenceProblem(node: ts.TypeReferenceNode, value: unknown, where: string): string | null {
    const name = localName(typeName(node.typeName));
    if (name === 'Array' || name === 'ReadonlyArray') return this.arrayProblem(node.typeArguments?.[0], value, where);
    if (name === 'Accelerator') {
      if (typeof value !== 'string') return `${where} must be an accelerator string`;
      return this.acceleratorNamed('accelerator', value, where);
    }
    if (name === 'Function') return typeof value === 'function' ? null : `${where} must be a function`;
    const alias = this.aliases.get(name);
    if (alias && !alias.typeParameters) return this.valueProblem(alias.type, value, where);
    const info = this.types.get(name);
    if (!info || info.name === EVENT_EMITTER) return null;
    if (info.kind === 'class') {
      const brand = standInTypeOf(value);
      if (brand && this.isSubtype(brand, name)) return null;
      return `${where} must be a ${name}`;
    }
    const brand = standInTypeOf(value);
    if (brand) return this.isSubtype(brand, name) ? null : `${where} must be a ${name}, not a ${brand}`;
    const members = new Map<string, MemberInfo>();
    for (const member of this.memberNames(name)) members.set(member, this.member(name, member)!);
    return this.objectProblem(members, value, where, name);
  }

  private objectProblem(members: Map<string, MemberInfo>, value: unknown, where: string, what: string): string | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${where} must be ${what === 'an object' ? what : `a ${what} object`}`;
    for (const [key, item] of Object.entries(value)) {
      const member = members.get(key);
      if (!member) return `${where}.${key} is not an option of ${what} in Electron 45`;
      if (item === undefined && member.optional) continue;
      const problem =
        member.overloads.length > 0
          ? typeof item === 'function'
            ? null
            : `${where}.${key} must be a function`
          : (this.valueProblem(member.type, item, `${where}.${key}`) ?? this.acceleratorNamed(key, item, `${where}.${key}`));
      if (problem) return problem;
    }
    for (const member of members.values()) {
      if (!member.optional && member.overloads.length === 0 && !(member.name in value)) return `${where}.${member.name} is required by ${what}`;
    }
    return null;
  }
}

export { LISTENER_METHODS };

/** Stand-in objects carry the name of the Electron type they stand for. */
export const STAND_IN_TYPE = Symbol.for('readiness-room.electron-stand-in.type');

export function standInTypeOf(value: unknown): string | null {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return null;
  const brand = (value as { [STAND_IN_TYPE]?: unknown })[STAND_IN_TYPE];
  return typeof brand === 'string' ? brand : null;
}

let cached: ElectronTypings | null = null;

/** Parses the electron.d.ts of the electron package this project installs (once per process). */
export function electronTypings(): ElectronTypings {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('electron/electron.d.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  cached = new ElectronTypings(source);
  return cached;
}
