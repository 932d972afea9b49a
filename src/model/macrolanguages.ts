/**
 * Macrolanguages a page may declare, and the languages within them that
 * detection (franc) or a page names instead: Norwegian `no` and its Bokmål
 * `nb` and Nynorsk `nn`, Serbo-Croatian, Malay, Chinese, Persian. Data kept by
 * the tags ICU and franc give.
 */
export const macrolanguages: Record<string, string[]> = {no: ['nb', 'nn'], sh: ['sr', 'hr', 'bs'], ms: ['zsm', 'id'], zh: ['cmn', 'yue'], fa: ['pes', 'prs']}

/** The macrolanguage a language belongs to ("nb" → "no"), or undefined. */
export function macrolanguageOf(primary: string): string | undefined {
  for (const [macro, members] of Object.entries(macrolanguages)) if (members.includes(primary)) return macro
  return undefined
}
