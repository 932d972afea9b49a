import {perLanguage, primaryLanguage, withEnglish} from '../../model/lang.js'
import {stopwordsFor} from './stopwords.js'
import {wordTableRule} from './word-pairs.js'

/**
 * A shop's cart, by language, as pages print it around an article (a
 * publisher's shop, a brand's magazine, a product page): the cart's names
 * ("Warenkorb", "cart", "panier"), the calls of its buttons ("add", "legen",
 * "ajouter") and the words of its state ("empty", "leer", "keine Artikel",
 * "added"). Not English's "basket", which news says of goods and prices.
 */
export const cartWords: Record<string, {cart: string[]; calls: string[]; state: string[]}> = {
  en: {cart: ['cart', 'shopping cart', 'shopping basket', 'shopping bag'], calls: ['add', 'view', 'go', 'checkout', 'items', 'item'], state: ['empty', 'no products', 'no items', 'added']},
  de: {
    cart: ['warenkorb', 'warenkorbs', 'einkaufswagen', 'einkaufskorb'],
    calls: ['legen', 'hinzufügen', 'gehen', 'anzeigen', 'ansehen', 'leerer', 'kasse', 'artikel', 'einträge', 'produkte'],
    state: ['leer', 'keine artikel', 'keine produkte', 'hinzugefügt']
  },
  fr: {cart: ['panier'], calls: ['ajouter', 'voir', 'mon'], state: ['vide', 'aucun article', 'aucun produit', 'ajouté']},
  es: {cart: ['carrito', 'carro de compra', 'cesta de la compra'], calls: ['añadir', 'agregar', 'ver', 'comprar'], state: ['vacío', 'vacía', 'ningún producto', 'añadido', 'agregado']},
  it: {cart: ['carrello'], calls: ['aggiungi', 'vai', 'visualizza'], state: ['vuoto', 'nessun prodotto', 'aggiunto']},
  pt: {cart: ['carrinho', 'carrinho de compras'], calls: ['adicionar', 'ver', 'comprar'], state: ['vazio', 'nenhum produto', 'adicionado']},
  nl: {cart: ['winkelwagen', 'winkelmand', 'winkelmandje'], calls: ['toevoegen', 'bekijk', 'bekijken', 'afrekenen'], state: ['leeg', 'geen producten', 'toegevoegd']},
  pl: {cart: ['koszyk', 'koszyka', 'koszyku'], calls: ['dodaj', 'przejdź', 'zobacz'], state: ['pusty', 'brak produktów', 'dodano']}
}

// A cart's button is a few words: "In den Warenkorb legen", "Add to cart", "Warenkorb (0 Artikel)".
const buttonWords = 6
// Its notice is a short sentence: "Es befinden sich keine Artikel im Warenkorb.", "Your cart is empty."
const noticeWords = 12

const buttonSets = new Map<string, {cart: string[]; others: Set<string>; stop: Set<string> | undefined}>()

/**
 * A cart's button or link: the cart's name, with nothing beside it but its
 * calls and state, stop words and a count — "Warenkorb", "Zum Warenkorb
 * hinzufügen", "Cart 0", "Warenkorb ( 0 Einträge)". A line that says more
 * ("Der Warenkorb der Inflation") is a headline about a cart.
 */
export function isCartButton(text: string, lang: string | undefined): boolean {
  if (text.length > buttonWords * 15) return false
  const primary = primaryLanguage(lang, 'en')
  const {cart, others, stop} = perLanguage(buttonSets, primary, (language) => {
    const entries = withEnglish((code) => cartWords[code], language)
    return {cart: entries.flatMap((entry) => entry.cart), others: new Set(entries.flatMap((entry) => [...entry.calls, ...entry.state])), stop: stopwordsFor(language)}
  })
  let rest = ` ${text.toLocaleLowerCase(primary).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `
  // The longer names first: "shopping cart" before "cart".
  const named = cart.filter((name) => rest.includes(` ${name} `)).sort((a, b) => b.length - a.length)
  if (named.length === 0) return false
  for (const name of named) rest = rest.replaceAll(` ${name} `, ' ')
  const words = rest.trim().split(' ').filter(Boolean)
  if (words.length + 1 > buttonWords) return false
  return words.every((word) => others.has(word) || stop?.has(word) === true || /^\p{N}+$/u.test(word))
}

/** A cart's notice of its state: "Ihr Warenkorb ist leer", "No products in the cart.", "Votre panier est vide". */
export const isCartNotice = wordTableRule(cartWords, 'cart', 'state', noticeWords)
