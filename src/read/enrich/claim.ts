/**
 * Claim characters `start…end` for one atom if no other atom has them: the
 * first claim wins. One flag per character keeps overlap checks linear.
 */
export function claim(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return false
  taken.fill(1, start, end)
  return true
}
