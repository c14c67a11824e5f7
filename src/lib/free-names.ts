import type { Identifier, Node, Pattern, Program } from 'estree';
import { visit } from 'estree-util-visit';

/**
 * The names the given programs refer to without declaring them anywhere in them: what a
 * brief's `{expressions}` and ESM take from outside (props, frontmatter, globals, or nothing,
 * a typo that would only fail when the page renders). Declarations count wherever they are,
 * whatever their scope: this finds undeclared names, never a name used out of its scope, so it
 * refuses nothing that runs. Hand-written: estree-util-scope tracks what a scope defines, not
 * which identifiers are references.
 */
export function freeNames(programs: readonly Program[], declared: ReadonlyMap<string, Identifier> = declaredNames(programs)): Map<string, Node> {
  const free = new Map<string, Node>();
  for (const program of programs) {
    visit(program, (node, key, _index, ancestors) => {
      if (node.type !== 'Identifier' || declared.has(node.name) || free.has(node.name)) return;
      const parent = ancestors.at(-1);
      // Names that are not references: a property after a dot, a key, a label, `import.meta`,
      // the names an import or export specifier gives on the other module's side.
      if (parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) return;
      if ((parent?.type === 'Property' || parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') && key === 'key' && !parent.computed) return;
      if (parent?.type === 'LabeledStatement' || parent?.type === 'BreakStatement' || parent?.type === 'ContinueStatement' || parent?.type === 'MetaProperty') return;
      if ((parent?.type === 'ImportSpecifier' && key === 'imported') || (parent?.type === 'ExportSpecifier' && key === 'exported')) return;
      free.set(node.name, node);
    });
  }
  return free;
}

/**
 * The names the given programs declare, wherever, whatever the scope, each with the identifier
 * that first declares it: variables, functions and classes, their parameters however deep in a
 * pattern (`({ a: [b] }) => …` declares b), catch clauses and imports.
 */
export function declaredNames(programs: readonly Program[]): Map<string, Identifier> {
  const declared = new Map<string, Identifier>();
  const add = (id: Identifier) => {
    if (!declared.has(id.name)) declared.set(id.name, id);
  };
  const declare = (pattern: Pattern | null | undefined): void => {
    if (!pattern) return;
    if (pattern.type === 'Identifier') add(pattern);
    else if (pattern.type === 'ObjectPattern') pattern.properties.forEach((p) => declare(p.type === 'RestElement' ? p.argument : p.value));
    else if (pattern.type === 'ArrayPattern') pattern.elements.forEach(declare);
    else if (pattern.type === 'RestElement') declare(pattern.argument);
    else if (pattern.type === 'AssignmentPattern') declare(pattern.left);
  };
  for (const program of programs) {
    visit(program, (node) => {
      switch (node.type) {
        case 'VariableDeclarator':
          declare(node.id);
          break;
        case 'FunctionDeclaration':
        case 'FunctionExpression':
        case 'ArrowFunctionExpression':
          if ('id' in node && node.id) add(node.id);
          node.params.forEach(declare);
          break;
        case 'ClassDeclaration':
        case 'ClassExpression':
          if (node.id) add(node.id);
          break;
        case 'CatchClause':
          declare(node.param);
          break;
        case 'ImportSpecifier':
        case 'ImportDefaultSpecifier':
        case 'ImportNamespaceSpecifier':
          add(node.local);
          break;
      }
    });
  }
  return declared;
}
