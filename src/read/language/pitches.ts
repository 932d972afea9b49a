import {wordPairRule} from './word-pairs.js'

/**
 * A site's pitch for its newsletter, by language: the words that name it
 * ("newsletter", "inbox", "Posteingang", "boletín") and the calls to sign up
 * for it ("sign up", "abonnieren", "inscrivez-vous", "suscríbete"). A short
 * block with both in it — "Never miss the latest news by signing up to our
 * newsletter today!", "Abonnieren Sie kostenlos den Newsletter" — is the
 * site's furniture wherever it stands, whatever its shape: a sentence, so the
 * classifier keeps it, and on no site's list of labels. English applies on
 * every page, as themes print it untranslated.
 */
export interface PitchWords {
  names: string[]
  calls: string[]
}

export const pitchWords: Record<string, PitchWords> = {
  en: {names: ['newsletter', 'newsletters', 'inbox', 'email updates', 'daily briefing'], calls: ['sign up', 'signing up', 'subscribe', 'subscribing', 'register']},
  de: {
    names: ['newsletter', 'postfach', 'posteingang'],
    calls: ['abonnieren', 'abonniere', 'abonniert', 'anmelden', 'melde dich', 'melden sie sich', 'bestellen', 'registrieren', 'eintragen', 'trage dich', 'tragen sie sich']
  },
  fr: {
    names: ['newsletter', 'lettre d’information', "lettre d'information", 'infolettre', 'boîte mail', 'boîte de réception'],
    calls: ['abonnez-vous', 's’abonner', "s'abonner", 'inscrivez-vous', 's’inscrire', "s'inscrire"]
  },
  es: {names: ['newsletter', 'boletín', 'bandeja de entrada'], calls: ['suscríbete', 'suscríbase', 'suscribirse', 'suscribirte', 'regístrate', 'apúntate']},
  it: {names: ['newsletter'], calls: ['iscriviti', 'iscrivetevi', 'abbonati', 'registrati']},
  pt: {names: ['newsletter', 'caixa de entrada'], calls: ['assine', 'inscreva-se', 'cadastre-se']},
  nl: {names: ['nieuwsbrief', 'inbox'], calls: ['abonneer', 'schrijf je in', 'meld je aan', 'aanmelden']},
  pl: {names: ['newsletter', 'newslettera', 'newsletterze'], calls: ['zapisz się', 'subskrybuj', 'zasubskrybuj']},
  ru: {names: ['рассылку', 'рассылка', 'рассылки'], calls: ['подпишитесь', 'подписаться', 'подпишись']},
  uk: {names: ['розсилку', 'розсилка', 'розсилки'], calls: ['підпишіться', 'підписатися', 'підпишись']}
}

/**
 * A site's disclosure of its paid links, by language: the words of the pay
 * ("affiliate", "commission", "Provision", "comisión") and of the links or
 * purchases it is paid for ("links", "Verlinkungen", "purchase"). A short
 * block with both — "When you buy through links on our site, we may earn an
 * affiliate commission", "Bei den Verlinkungen handelt es sich um Affiliate
 * Links" — is the site's notice, not the article. English applies on every
 * page ("Affiliate-Links" is German too).
 */
export const disclosureWords: Record<string, {pay: string[]; links: string[]}> = {
  en: {pay: ['affiliate', 'commission', 'commissions', 'compensation', 'amazon associate'], links: ['link', 'links', 'purchase', 'purchases', 'buy']},
  de: {pay: ['provision', 'werbelink', 'werbelinks', 'partnerlink', 'partnerlinks'], links: ['link', 'links', 'verlinkungen', 'kauf', 'kaufen', 'kaufst']},
  fr: {pay: ['affiliation', 'affiliés', 'commission'], links: ['lien', 'liens', 'achat', 'achetez']},
  es: {pay: ['afiliado', 'afiliados', 'comisión'], links: ['enlace', 'enlaces', 'compra', 'compras']},
  it: {pay: ['affiliazione', 'commissione'], links: ['link', 'acquisto', 'acquisti']},
  pt: {pay: ['afiliado', 'afiliados', 'comissão'], links: ['link', 'links', 'compra', 'compras']},
  nl: {pay: ['commissie', 'vergoeding'], links: ['link', 'links', 'aankoop']},
  pl: {pay: ['afiliacyjne', 'afiliacyjny', 'prowizję', 'prowizja'], links: ['link', 'linki', 'linków', 'zakup']}
}

// A pitch or a notice is a line or two; a paragraph longer than this that names a newsletter is about one.
const pitchWordsAtMost = 40
// A disclosure may say a little more (what the links are marked with, what the reader pays).
const disclosureWordsAtMost = 60

/** Whether `text` is a short block that names a newsletter and calls to sign up for it, in the page's language or English. */
export const isNewsletterPitch = wordPairRule((lang) => {
  const words = pitchWords[lang]
  return words && [words.names, words.calls]
}, pitchWordsAtMost)

/** Whether `text` is a short block that discloses the site's paid links, in the page's language or English. */
export const isLinkDisclosure = wordPairRule((lang) => {
  const words = disclosureWords[lang]
  return words && [words.pay, words.links]
}, disclosureWordsAtMost)
