/**
 * How deeply a tree's nodes may nest. No reader makes a tree deeper than about
 * 140 levels (HTML is flattened past 128, quotes stop at 6), and every
 * renderer walks a tree by recursion: a tree built elsewhere, 100,000 levels
 * deep, overflowed the stack of `validateArticle` and of every renderer. Past
 * this depth a tree is refused with a typed error instead.
 */
export const maxTreeDepth = 256

/**
 * Where a tree first nests deeper than {@link maxTreeDepth} — a short path to
 * that node — or undefined when it does not. One walk with an explicit stack,
 * so that the check itself cannot overflow.
 */
export function tooDeep(tree: unknown): string | undefined {
  // The path is spelt out for its first levels only: enough to find the branch.
  const stack: Array<{node: unknown; depth: number; path: string}> = [{node: tree, depth: 0, path: '$'}]
  while (stack.length > 0) {
    const {node, depth, path} = stack.pop() as {node: unknown; depth: number; path: string}
    if (depth > maxTreeDepth) return `${path}…`
    const children = node !== null && typeof node === 'object' ? (node as {children?: unknown}).children : undefined
    if (!Array.isArray(children)) continue
    children.forEach((child, index) => {
      stack.push({node: child, depth: depth + 1, path: depth < 3 ? `${path}.children[${index}]` : path})
    })
  }
  return undefined
}
