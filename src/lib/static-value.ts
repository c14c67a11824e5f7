import type { Expression, Node } from 'estree';

/**
 * The value of a literal JavaScript expression (strings, numbers, booleans, null, arrays,
 * plain objects, negative numbers, NaN and Infinity, templates without substitutions), or undefined when it
 * depends on anything else. Lets the compiler plugin check `data={[{ label: "A", value: 1 }]}`
 * with the file's line before anything runs; acorn's tree has no evaluator of its own.
 */
export function staticValue(node: Node | Expression | null | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'Literal':
      return 'regex' in node || 'bigint' in node ? undefined : node.value;
    // JavaScript's global constants, unless the brief declares its own (the free-names check sees those).
    case 'Identifier':
      return node.name === 'NaN' ? NaN : node.name === 'Infinity' ? Infinity : undefined;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((q) => q.value.cooked ?? '').join('') : undefined;
    case 'UnaryExpression': {
      const value = staticValue(node.argument);
      return node.operator === '-' && typeof value === 'number' ? -value : undefined;
    }
    case 'ArrayExpression': {
      const values = node.elements.map((element) => (element && element.type !== 'SpreadElement' ? staticValue(element) : undefined));
      return values.includes(undefined) ? undefined : values;
    }
    case 'ObjectExpression': {
      const object: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init') return undefined;
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
        const value = staticValue(property.value as Expression);
        if (key === undefined || value === undefined || key === '__proto__') return undefined;
        object[key] = value;
      }
      return object;
    }
    default:
      return undefined;
  }
}
