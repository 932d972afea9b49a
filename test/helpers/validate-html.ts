import {HtmlValidate} from 'html-validate'

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:a11y', 'html-validate:document']
})

/** html-validate's messages for a document, one line each (empty when valid). */
export async function htmlValidate(html: string, name = 'output.html'): Promise<string[]> {
  const report = await validator.validateString(html, name)
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
  )
}
