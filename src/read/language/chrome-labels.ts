import type {ChromeKind} from '../../model/types.js'

/**
 * Labels of page furniture, by language: the words a site prints as a whole
 * line or heading for its own widgets — "Related posts", "Leave a reply",
 * "Teilen". They are what CMS themes and news sites print in that language,
 * not any one site's. A label is matched against a whole line or heading,
 * case and a trailing colon ignored; English applies on every page, since
 * themes are often left untranslated.
 *
 * `tail` labels head what follows the article (other articles, comments): the
 * article ends there. The other kinds are one line of furniture each.
 */
export interface LanguageLabels {
  tail: string[]
  kinds: Partial<Record<ChromeKind, string[]>>
}

export const chromeLabels: Record<string, LanguageLabels> = {
  en: {
    tail: [
      'related', 'related posts', 'related articles', 'related stories', 'related content', 'related news',
      'you may also like', 'you might also like', 'recommended for you', 'more stories', 'more news',
      'more on this story', 'more on this topic', 'read next', 'read more', 'most read', 'most popular', 'most viewed', 'see also', 'latest news',
      'leave a reply', 'leave a comment', 'post a comment', 'comments', 'join the discussion'
    ],
    kinds: {
      share: ['share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'tweet', 'print', 'email', 'copy link', 'like this', 'share this:'],
      navigation: ['home', 'menu', 'search', 'skip to content', 'next post', 'previous post', 'back to top', 'categories', 'archives', 'tags', 'about us', 'about me', 'contact', 'contact us'],
      newsletter: ['newsletter', 'subscribe', 'sign up for our newsletter', 'subscribe to our newsletter'],
      'cookie-notice': ['cookie policy', 'cookie settings', 'we use cookies', 'accept cookies'],
      other: ['advertisement', 'sponsored', 'privacy policy', 'terms of use', 'terms of service', 'imprint', 'sitemap', 'log in', 'sign in']
    }
  },
  de: {
    tail: [
      'ähnliche beiträge', 'ähnliche artikel', 'verwandte artikel', 'verwandte beiträge', 'mehr zum thema',
      'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'auch interessant', 'lesen sie auch',
      'weitere artikel', 'weitere beiträge', 'meistgelesen', 'meistgelesene artikel', 'kommentare',
      'hinterlasse einen kommentar', 'hinterlasse eine antwort', 'kommentar schreiben', 'schreibe einen kommentar'
    ],
    kinds: {
      share: ['teilen', 'artikel teilen', 'beitrag teilen', 'diesen artikel teilen', 'teile diesen beitrag', 'drucken', 'weiterempfehlen', 'per e-mail', 'teilen mit', 'gefällt mir'],
      navigation: ['startseite', 'menü', 'suche', 'nach oben', 'zum inhalt springen', 'nächster beitrag', 'vorheriger beitrag', 'kategorien', 'schlagwörter', 'über mich', 'über uns', 'kontakt'],
      newsletter: ['newsletter', 'newsletter abonnieren', 'jetzt anmelden', 'abonnieren'],
      'cookie-notice': ['cookie-einstellungen', 'wir verwenden cookies'],
      other: ['anzeige', 'werbung', 'impressum', 'datenschutz', 'datenschutzerklärung', 'agb', 'anmelden', 'einloggen']
    }
  },
  fr: {
    tail: [
      'articles similaires', 'articles liés', 'à lire aussi', 'lire aussi', 'sur le même sujet', 'vous aimerez aussi',
      'les plus lus', 'dans la même rubrique', 'commentaires', 'laisser un commentaire', 'laisser une réponse'
    ],
    kinds: {
      share: ['partager', 'partager cet article', 'imprimer', 'envoyer par e-mail'],
      navigation: ['accueil', 'rechercher', 'article suivant', 'article précédent', 'retour en haut', 'catégories', 'à propos', 'contact'],
      newsletter: ['newsletter', 'lettre d’information', "s'abonner", 's’abonner', 'abonnez-vous'],
      other: ['publicité', 'mentions légales', 'politique de confidentialité', 'se connecter']
    }
  },
  es: {
    tail: [
      'artículos relacionados', 'noticias relacionadas', 'entradas relacionadas', 'te puede interesar', 'también te puede interesar',
      'lo más leído', 'más leídas', 'comentarios', 'deja un comentario', 'deja una respuesta'
    ],
    kinds: {
      share: ['compartir', 'compartir en facebook', 'compartir en twitter', 'imprimir'],
      navigation: ['inicio', 'buscar', 'entrada siguiente', 'entrada anterior', 'volver arriba', 'categorías', 'etiquetas', 'contacto'],
      newsletter: ['boletín', 'suscríbete', 'suscribirse'],
      other: ['publicidad', 'aviso legal', 'política de privacidad', 'iniciar sesión']
    }
  },
  it: {
    tail: ['articoli correlati', 'potrebbe interessarti', 'leggi anche', 'i più letti', 'commenti', 'lascia un commento', 'lascia una risposta'],
    kinds: {
      share: ['condividi', 'stampa'],
      navigation: ['home', 'cerca', 'articolo successivo', 'articolo precedente', 'torna su', 'categorie', 'contatti'],
      newsletter: ['newsletter', 'iscriviti'],
      other: ['pubblicità', 'privacy policy', 'accedi']
    }
  },
  pt: {
    tail: ['artigos relacionados', 'notícias relacionadas', 'leia também', 'veja também', 'mais lidas', 'comentários', 'deixe um comentário', 'deixe uma resposta'],
    kinds: {
      share: ['compartilhar', 'partilhar', 'imprimir'],
      navigation: ['início', 'pesquisar', 'próximo artigo', 'artigo anterior', 'voltar ao topo', 'categorias', 'contato', 'contacto'],
      newsletter: ['newsletter', 'assine', 'inscreva-se'],
      other: ['publicidade', 'política de privacidade', 'entrar']
    }
  },
  nl: {
    tail: ['gerelateerde artikelen', 'lees ook', 'meest gelezen', 'reacties', 'laat een reactie achter', 'geef een reactie'],
    kinds: {
      share: ['delen', 'deel dit artikel', 'printen'],
      navigation: ['home', 'zoeken', 'volgend bericht', 'vorig bericht', 'terug naar boven', 'categorieën', 'contact'],
      newsletter: ['nieuwsbrief', 'abonneren'],
      other: ['advertentie', 'privacybeleid', 'inloggen']
    }
  },
  pl: {
    tail: ['podobne artykuły', 'powiązane artykuły', 'zobacz także', 'czytaj także', 'czytaj też', 'najczęściej czytane', 'komentarze', 'dodaj komentarz', 'zostaw komentarz'],
    kinds: {
      share: ['udostępnij', 'drukuj'],
      navigation: ['strona główna', 'szukaj', 'następny wpis', 'poprzedni wpis', 'kategorie', 'tagi', 'kontakt'],
      newsletter: ['newsletter', 'zapisz się', 'subskrybuj'],
      other: ['reklama', 'polityka prywatności', 'zaloguj się']
    }
  },
  ru: {
    tail: ['смотрите также', 'читайте также', 'по теме', 'похожие статьи', 'популярное', 'самое читаемое', 'все новости', 'комментарии', 'оставьте комментарий', 'добавить комментарий'],
    kinds: {
      'accessibility-links': ['ссылки для упрощенного доступа'],
      share: ['поделиться', 'распечатать', 'печать'],
      navigation: ['главная', 'поиск', 'вернуться наверх', 'рубрики', 'контакты'],
      newsletter: ['подписаться', 'подписка', 'рассылка'],
      other: ['реклама', 'политика конфиденциальности', 'войти']
    }
  },
  uk: {
    tail: ['дивіться також', 'читайте також', 'за темою', 'популярне', 'усі новини', 'всі новини', 'коментарі', 'залишити коментар'],
    kinds: {
      'accessibility-links': ['посилання для спрощеного доступу'],
      share: ['поділитися', 'друкувати'],
      navigation: ['головна', 'пошук', 'рубрики', 'контакти'],
      newsletter: ['підписатися', 'розсилка'],
      other: ['реклама', 'політика конфіденційності', 'увійти']
    }
  },
  ro: {
    tail: ['articole similare', 'articole asemănătoare', 'citește și', 'vezi și', 'cele mai citite', 'comentarii', 'lasă un comentariu', 'lasă un răspuns'],
    kinds: {
      share: ['distribuie', 'partajează', 'tipărește'],
      navigation: ['acasă', 'căutare', 'caută', 'categorii', 'contact'],
      newsletter: ['newsletter', 'abonează-te'],
      other: ['publicitate', 'politica de confidențialitate', 'autentificare']
    }
  }
}

/** Labels, normalised, to the kind they give a line: one map per language, built once. */
const index = new Map<string, Map<string, ChromeKind | 'tail'>>()

function labelsFor(lang: string): Map<string, ChromeKind | 'tail'> {
  let map = index.get(lang)
  if (map) return map
  map = new Map()
  const add = (labels: LanguageLabels | undefined) => {
    if (!labels) return
    for (const label of labels.tail) map?.set(label, 'tail')
    for (const [kind, list] of Object.entries(labels.kinds) as Array<[ChromeKind, string[]]>) {
      for (const label of list) if (!map?.has(label)) map?.set(label, kind)
    }
  }
  add(chromeLabels[lang])
  if (lang !== 'en') add(chromeLabels.en)
  index.set(lang, map)
  return map
}

/**
 * What a whole line or heading is, if it is a furniture label in the page's
 * language (or English): `tail` where the article ends, or its chrome kind.
 */
export function labelKind(line: string, lang: string | undefined): ChromeKind | 'tail' | undefined {
  if (line.length > 60) return undefined
  const key = line.replace(/\s+/g, ' ').trim().replace(/[\s:.…»›>|-]+$/u, '').toLowerCase()
  const primary = (lang ?? 'en').split('-')[0]?.toLowerCase() ?? 'en'
  return labelsFor(primary).get(key)
}
