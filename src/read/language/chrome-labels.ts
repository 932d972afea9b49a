import type {ChromeKind} from '../../model/types.js'
import {alternation, escapeRegExp} from '../../model/regexp.js'
import {wordPairRule} from './word-pairs.js'
import {wordCount} from './words.js'
import {perLanguage, primaryLanguage, withEnglish} from '../../model/lang.js'
import {stopwordsFor} from './stopwords.js'
import {isLanguageSwitch} from './language-switch.js'

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
  /**
   * The heading of a comments section that counts them — "2 Kommentare", "One
   * thought on “…”", "11 responses to “…”": the words for none and one, and the
   * nouns (with the preposition before the post's title, when there is one).
   */
  commentCount?: {counts: string[]; nouns: string[]}
  /**
   * How a blog theme's line under a post begins — "This entry was posted in
   * News. Bookmark the permalink.", "Abgelegt unter …": the post ends above it.
   * Only openings no sentence of an article starts with.
   */
  postMeta?: string[]
  /**
   * How the notices of a blog's comment form begin, as WordPress prints them in
   * the language — "Your email address will not be published", "This site uses
   * Akismet to reduce spam", "Save my name, email, and website": the comments
   * begin there, whatever their heading says.
   */
  commentForm?: string[]
  /**
   * How a post's line of its terms begins — "Tags: python, docker", "Filed
   * under bill clinton, warner bros.", "Veröffentlicht in Männer, Recht": the
   * label, then a list of the site's tags or categories (taxonomyLine).
   */
  taxonomy?: string[]
  /**
   * The links to the post before and after this one, as themes label them —
   * "Vorheriger Artikel", "Next post", "Article suivant" — with that post's
   * title on the same line, glued or not ("Vorheriger ArtikelImmer mehr
   * Wildschweine in Köln"): navigation, not the article's last line.
   */
  adjacent?: string[]
  /**
   * A comment section's rules, by their words: one for the readers' comments
   * and one for what the reader must do or will meet there ("Please log in
   * here to leave a comment.", "Ihre Kommentare werden moderiert", "Para
   * comentar debes registrarte"). A short block with both is where the
   * comments begin. Not the words of a report ("declined to comment", "keinen
   * Kommentar", "civil"), which an article's last paragraph has.
   */
  commentPolicy?: {comments: string[]; rules: string[]}
  /**
   * The verbs of a share button in the language ("teilen", "partager",
   * "udostępnij", "enviar"): with a network's name (`shareNetworks`) and only
   * small words beside them — "Auf Facebook teilen", "Udostępnij na
   * Twitterze", "Enviar por mail" — a line is a share button (isShareButton).
   */
  shareVerbs?: string[]
}

export const chromeLabels: Record<string, LanguageLabels> = {
  en: {
    tail: [
      // The titles of WordPress's own sidebar widgets, as its translations print them, here and in each language.
      'recent comments', 'latest comments',
      'related', 'related posts', 'related articles', 'related stories', 'related content', 'related news',
      'you may also like', 'you might also like', 'recommended for you', 'more stories', 'more news',
      'more on this story', 'more on this topic', 'read next', 'read more', 'most read', 'most popular', 'most viewed', 'see also', 'latest news',
      'leave a reply', 'leave a comment', 'post a comment', 'comments', 'join the discussion',
      'add a comment', 'write a comment', 'comments are closed', 'show comments', 'view comments', 'reader comments',
      'follow blog via email', 'more from this author', 'trending', 'trending now', 'popular posts', 'recent posts',
      'similar recipes', 'related recipes', 'topics in this article', 'further reading', 'explore further',
      'editor’s picks', "editor's picks", 'editors’ picks', "editors' picks", 'recommended reading'
    ],
    kinds: {
      share: ['share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'tweet', 'print', 'email', 'copy link', 'like this', 'share this:', 'like loading...', 'print recipe', 'print article', 'save recipe', 'rate this', 'rate this article', 'rate this post', 'rate this recipe', 'no ratings yet', 'link copied', 'copied', 'copied to clipboard', 'link copied to clipboard'],
      navigation: ['home', 'menu', 'search', 'skip to content', 'skip to main content', 'skip to navigation', 'jump to navigation', 'jump to search', 'back to top', 'categories', 'archive', 'archives', 'tags', 'about us', 'about me', 'contact', 'contact us', 'back', 'back to overview', 'skip video', 'table of contents', 'learn more', 'more', 'show more', 'load more', 'view more', 'skip to primary navigation', 'skip to main navigation', 'skip to search', 'skip to footer', 'skip to primary sidebar', 'skip to sidebar', 'jump to content', 'jump to main content'],
      newsletter: ['newsletter', 'subscribe', 'sign up for our newsletter', 'subscribe to our newsletter', 'headlines delivered to your inbox', 'get our newsletter'],
      'author-box': ['about the author', 'about the authors'],
      // A magazine's box for its issue on sale: the label alone on its line.
      promo: ['current issue', 'latest issue'],
      'cookie-notice': ['cookie policy', 'cookie settings', 'we use cookies', 'accept cookies'],
      // An account's box: signing in (with a network), a lost password, a new account.
      other: [
        'advertisement', 'sponsored', 'privacy policy', 'terms of use', 'terms of service', 'imprint', 'sitemap', 'log in', 'sign in', 'close', 'cancel',
        'login', 'log out', 'sign out', 'register', 'my account', 'create an account', 'create account', 'forgot password', 'forgot password?', 'forgot your password?',
        'log in with facebook', 'login with facebook', 'sign in with facebook', 'sign in with google', 'sign in with apple', 'continue with facebook', 'continue with google', 'continue with apple'
      ]
    },
    shareVerbs: ['share', 'tweet'],
    commentCount: {counts: ['no', 'one'], nouns: ['comment', 'comments', 'response', 'responses', 'reply', 'replies', 'thought on', 'thoughts on', 'comment on', 'comments on', 'responses to', 'response to', 'replies to']},
    postMeta: ['this entry was posted in', 'this entry was posted on', 'this entry was filed under', 'bookmark the permalink'],
    taxonomy: ['tags', 'tagged', 'tagged with', 'filed under', 'posted in', 'categories', 'category', 'topics', 'topic'],
    adjacent: ['next post', 'previous post', 'next article', 'previous article', 'next story', 'previous story', 'prev post', 'prev article'],
    commentForm: ['your email address will not be published', 'save my name, email, and website', 'this site uses akismet to reduce spam', 'notify me of follow-up comments', 'notify me of new posts by email'],
    commentPolicy: {comments: ['comments', 'commenting', 'leave a comment', 'post a comment', 'add a comment'], rules: ['log in', 'logged in', 'sign in', 'register', 'moderated', 'pseudonym', 'email address']}
  },
  de: {
    tail: [
      'neueste kommentare', 'letzte kommentare', 'letzte beiträge',
      'ähnliche beiträge', 'ähnliche artikel', 'verwandte artikel', 'verwandte beiträge', 'mehr zum thema',
      'das könnte sie auch interessieren', 'das könnte dich auch interessieren', 'auch interessant', 'lesen sie auch', 'lesen sie hier', 'lesen sie dazu', 'lesen sie dazu auch', 'mehr dazu lesen sie hier', 'lesetipp', 'lesetipps', 'unser lesetipp',
      'weitere artikel', 'weitere beiträge', 'meistgelesen', 'meistgelesene artikel', 'kommentare',
      'hinterlasse einen kommentar', 'hinterlasse eine antwort', 'kommentar schreiben', 'schreibe einen kommentar', 'schreib einen kommentar',
      'einen kommentar schreiben', 'kommentar verfassen', 'kommentieren', 'jetzt kommentieren', 'leserkommentare', 'diskutieren sie mit',
      'meistgeklickt', 'meistgeklickte beiträge', 'weitere interessante themen', 'ähnliche themen', 'mehr aus dem ressort',
      'weitere artikel zum thema', 'blog per e-mail folgen', 'neueste beiträge', 'beliebte beiträge',
      'ähnliche rezepte', 'themen in diesem artikel', 'lesen sie auch die folgenden beiträge', 'das thema könnte dich auch interessieren',
      'das thema könnte sie auch interessieren', 'weitere themen', 'mehr zu diesem thema',
      'hinterlassen sie eine antwort', 'hinterlassen sie einen kommentar', 'verwandte themen', 'zum weiterlesen', 'auch lesen',
      'die redaktion empfiehlt', 'empfehlungen aus der redaktion', 'unsere empfehlungen', 'unsere lesetipps', 'lesetipps', 'empfohlene artikel',
      // WordPress's "Comments are closed." in its German translations.
      'kommentare sind geschlossen', 'die kommentarfunktion ist geschlossen'
    ],
    kinds: {
      share: ['teilen', 'twittern', 'per mail teilen', 'per e-mail teilen', 'per whatsapp teilen', 'artikel teilen', 'beitrag teilen', 'diesen artikel teilen', 'teile diesen beitrag', 'drucken', 'weiterempfehlen', 'per e-mail', 'teilen mit', 'gefällt mir', 'teilen sie dies mit', 'link kopieren', 'mit freunden teilen', 'rezept drucken', 'artikel drucken', 'diese seite drucken', 'bewerten', 'artikel bewerten', 'beitrag bewerten', 'rezept bewerten', 'jetzt bewerten', 'noch keine bewertungen', 'gefällt mir wird geladen …', 'liken lade …', 'gefällt mir lade …', 'link kopiert', 'in die zwischenablage kopiert', 'link in die zwischenablage kopiert'],
      navigation: ['archiv', 'archive', 'startseite', 'menü', 'suche', 'nach oben', 'zum inhalt springen', 'direkt zum inhalt', 'zum hauptinhalt', 'zum hauptinhalt springen', 'zur navigation springen', 'kategorien', 'schlagwörter', 'über mich', 'über uns', 'kontakt', 'zurück', 'zurück zur übersicht', 'video überspringen', 'inhaltsverzeichnis', 'neueste artikel', 'suchen', 'mehr erfahren', 'mehr', 'weiterlesen', 'mehr anzeigen', 'weitere anzeigen', 'lesen sie mehr', 'mehr info', 'mehr infos', 'zur hauptnavigation springen', 'zur suche springen', 'zur fußzeile springen', 'zum menü springen', 'zur hauptnavigation', 'zur suche', 'zum seitenanfang', 'direkt zur suche', 'direkt zur navigation'],
      newsletter: ['newsletter', 'newsletter abonnieren', 'jetzt anmelden', 'abonnieren', 'jetzt newsletter abonnieren', 'newsletter bestellen', 'zum newsletter anmelden'],
      'author-box': ['über den autor', 'über die autorin', 'über den autor/ die autorin', 'zur person'],
      promo: ['aktuelle ausgabe', 'die aktuelle ausgabe', 'aktuelle ausgaben'],
      'cookie-notice': ['cookie-einstellungen', 'wir verwenden cookies'],
      other: [
        'anzeige', 'werbung', 'impressum', 'datenschutz', 'datenschutzerklärung', 'agb', 'anmelden', 'einloggen', 'externer inhalt', 'empfohlener redaktioneller inhalt', 'jetzt registrieren', 'schließen', 'abbrechen',
        'abmelden', 'ausloggen', 'registrieren', 'neu registrieren', 'mein konto', 'konto erstellen', 'passwort vergessen', 'passwort vergessen?', 'neues passwort anfordern',
        'login mit facebook', 'mit facebook anmelden', 'mit google anmelden', 'mit apple anmelden', 'weiter mit facebook', 'weiter mit google'
      ]
    },
    shareVerbs: ['teilen', 'teile', 'twittern', 'versenden', 'senden', 'empfehlen'],
    commentCount: {counts: ['kein', 'keine', 'ein', 'eine'], nouns: ['kommentar', 'kommentare', 'kommentar zu', 'kommentare zu', 'antwort', 'antworten', 'antworten zu', 'gedanke zu', 'gedanken zu', 'reaktion', 'reaktionen']},
    postMeta: ['dieser eintrag wurde veröffentlicht', 'dieser beitrag wurde veröffentlicht', 'der beitrag wurde am', 'abgelegt unter'],
    taxonomy: ['tags', 'schlagwörter', 'schlagworte', 'stichwörter', 'stichworte', 'kategorie', 'kategorien', 'themen', 'thema', 'veröffentlicht in', 'abgelegt in', 'abgelegt unter'],
    adjacent: ['nächster artikel', 'vorheriger artikel', 'voriger artikel', 'nächster beitrag', 'vorheriger beitrag', 'voriger beitrag'],
    commentForm: ['deine e-mail-adresse wird nicht veröffentlicht', 'ihre e-mail-adresse wird nicht veröffentlicht', 'meinen namen, meine e-mail-adresse und meine website', 'meinen namen, e-mail und website', 'diese website verwendet akismet', 'benachrichtige mich über nachfolgende kommentare', 'benachrichtige mich über neue beiträge'],
    commentPolicy: {comments: ['kommentare', 'kommentieren'], rules: ['eingeloggt', 'anmelden', 'registrieren', 'moderiert']}
  },
  fr: {
    tail: [
      'commentaires récents', 'derniers commentaires',
      'articles similaires', 'articles liés', 'à lire aussi', 'lire aussi', 'sur le même sujet', 'vous aimerez aussi',
      'les plus lus', 'dans la même rubrique', 'commentaires', 'laisser un commentaire', 'laisser une réponse',
      'à lire également', 'nos autres articles', 'vos réactions', 'réagir', 'commenter', 'articles récents',
      'à voir aussi', 'lire la suite', 'les plus partagés', 'pour approfondir', 'les commentaires sont fermés'
    ],
    kinds: {
      'author-box': ['à propos de l’auteur', "à propos de l'auteur", 'à propos de l’autrice', "à propos de l'autrice", 'l’auteur', "l'auteur"],
      share: ['partager', 'tweeter', 'partager cet article', 'imprimer', 'envoyer par e-mail', 'noter cet article', 'notez cet article', 'lien copié', 'copier le lien'],
      navigation: ['accueil', 'rechercher', 'aller au contenu', 'aller au contenu principal', 'passer au contenu', 'retour en haut', 'catégories', 'à propos', 'contact', 'en savoir plus', 'voir plus', 'aller au menu', 'aller à la recherche', 'aller au pied de page', 'passer au contenu principal', 'aller à la navigation'],
      newsletter: ['newsletter', 'lettre d’information', "s'abonner", 's’abonner', 'abonnez-vous'],
      other: ['publicité', 'mentions légales', 'politique de confidentialité', 'se connecter']
    },
    shareVerbs: ['partager', 'partagez', 'envoyer', 'tweeter'],
    commentCount: {counts: ['aucun', 'un', 'une'], nouns: ['commentaire', 'commentaires', 'réponse', 'réponses', 'réponse à', 'réponses à', 'commentaire sur', 'commentaires sur', 'réaction', 'réactions']},
    postMeta: ['cette entrée a été publiée', 'ce billet a été publié', 'cet article a été publié dans'],
    taxonomy: ['étiquettes', 'mots-clés', 'mots clés', 'catégories', 'catégorie', 'publié dans', 'classé dans', 'sujets', 'sujet'],
    adjacent: ['article suivant', 'article précédent', 'billet suivant', 'billet précédent'],
    commentForm: ['votre adresse e-mail ne sera pas publiée', 'votre adresse de messagerie ne sera pas publiée', 'enregistrer mon nom, mon e-mail et mon site', 'ce site utilise akismet', 'prévenez-moi de tous les nouveaux commentaires'],
    commentPolicy: {comments: ['commentaires', 'commenter'], rules: ['connecté', 'connectez-vous', 'modérés']}
  },
  es: {
    tail: [
      'entradas recientes', 'comentarios recientes', 'últimas entradas',
      'artículos relacionados', 'noticias relacionadas', 'entradas relacionadas', 'te puede interesar', 'también te puede interesar',
      'le puede interesar', 'también le puede interesar', 'lea también', 'lee también', 'te recomendamos', 'le recomendamos', 'mira también', 'mira',
      'lo más leído', 'más leídas', 'comentarios', 'deja un comentario', 'deja una respuesta', 'los comentarios están cerrados',
      'notas relacionadas', 'mirá también', 'leé también', 'seguí leyendo', 'seguir leyendo', 'más noticias',
      'otras noticias', 'mire', 'informate más', 'infórmate más', 'vea también', 'ver también', 'puedes ver', 'lea', 'vea'
    ],
    kinds: {
      'author-box': ['sobre el autor', 'sobre la autora', 'acerca del autor', 'acerca de la autora'],
      share: ['compartir', 'twittear', 'tuitear', 'compartir en facebook', 'compartir en twitter', 'imprimir', 'valora este artículo', 'califica este artículo', 'enlace copiado', 'copiar enlace'],
      navigation: ['archivos', 'inicio', 'buscar', 'ir al contenido', 'saltar al contenido', 'ir al contenido principal', 'volver arriba', 'categorías', 'etiquetas', 'contacto', 'relacionados', 'temas relacionados', 'más', 'ver más', 'leer más', 'cargar más', 'ir al menú', 'ir a la búsqueda', 'saltar al contenido principal', 'saltar a la navegación', 'ir al pie de página'],
      newsletter: ['boletín', 'suscríbete', 'suscribirse'],
      other: ['publicidad', 'aviso legal', 'política de privacidad', 'iniciar sesión', 'ingresar']
    },
    shareVerbs: ['compartir', 'comparte', 'enviar', 'twittear', 'tuitear'],
    commentCount: {counts: ['sin', 'un', 'una'], nouns: ['comentario', 'comentarios', 'respuesta', 'respuestas', 'respuestas a', 'comentarios en', 'comentario en']},
    postMeta: ['esta entrada fue publicada', 'esta entrada se publicó'],
    taxonomy: ['etiquetas', 'categorías', 'categoría', 'temas', 'tema', 'publicado en', 'archivado en'],
    adjacent: ['artículo siguiente', 'artículo anterior', 'siguiente artículo', 'entrada siguiente', 'entrada anterior', 'nota siguiente', 'nota anterior'],
    commentForm: ['tu dirección de correo electrónico no será publicada', 'guarda mi nombre, correo electrónico y web', 'este sitio usa akismet', 'avísame por correo electrónico'],
    commentPolicy: {comments: ['comentar', 'comentarios'], rules: ['registrarte', 'regístrate', 'iniciar sesión', 'moderados']}
  },
  it: {
    tail: ['articoli recenti', 'commenti recenti', 'articoli correlati', 'potrebbe interessarti', 'leggi anche', 'i più letti', 'commenti', 'lascia un commento', 'lascia una risposta', 'i commenti sono chiusi'],
    kinds: {
      'author-box': ['sull’autore', "sull'autore", 'l’autore', "l'autore"],
      share: ['condividi', 'twitta', 'stampa', 'link copiato', 'copia link'],
      navigation: ['archivi', 'home', 'cerca', 'vai al contenuto', 'salta al contenuto', 'torna su', 'categorie', 'contatti', 'salta al contenuto principale', 'vai al menu', 'vai alla ricerca', 'salta alla navigazione'],
      newsletter: ['newsletter', 'iscriviti'],
      other: ['pubblicità', 'privacy policy', 'accedi']
    },
    shareVerbs: ['condividi', 'condividere', 'invia', 'twitta'],
    commentCount: {counts: ['nessun', 'un'], nouns: ['commento', 'commenti', 'risposta', 'risposte', 'commento su', 'commenti su', 'risposte a']},
    postMeta: ['questa voce è stata pubblicata', 'questo articolo è stato pubblicato in'],
    taxonomy: ['tag', 'categorie', 'categoria', 'argomenti', 'pubblicato in', 'archiviato in'],
    adjacent: ['articolo successivo', 'articolo precedente', 'articolo seguente'],
    commentForm: ['il tuo indirizzo email non sarà pubblicato', 'salva il mio nome, email e sito web', 'questo sito usa akismet']
  },
  pt: {
    tail: ['posts recentes', 'comentários recentes', 'artigos relacionados', 'notícias relacionadas', 'leia também', 'veja também', 'mais lidas', 'comentários', 'deixe um comentário', 'deixe uma resposta', 'comentários encerrados', 'os comentários estão fechados'],
    kinds: {
      'author-box': ['sobre o autor', 'sobre a autora'],
      share: ['compartilhar', 'partilhar', 'tuitar', 'imprimir', 'link copiado', 'copiar link'],
      navigation: ['arquivos', 'início', 'pesquisar', 'ir para o conteúdo', 'pular para o conteúdo', 'saltar para o conteúdo', 'voltar ao topo', 'categorias', 'contato', 'contacto', 'ir para o menu', 'pular para a navegação', 'ir para a pesquisa', 'saltar para a navegação'],
      newsletter: ['newsletter', 'assine', 'inscreva-se'],
      other: ['publicidade', 'política de privacidade', 'entrar']
    },
    shareVerbs: ['compartilhar', 'compartilhe', 'partilhar', 'enviar', 'tuitar'],
    commentCount: {counts: ['nenhum', 'um', 'uma'], nouns: ['comentário', 'comentários', 'resposta', 'respostas', 'respostas para', 'comentários em']},
    postMeta: ['esta entrada foi publicada', 'este post foi publicado em'],
    taxonomy: ['tags', 'etiquetas', 'categorias', 'categoria', 'temas', 'publicado em', 'arquivado em'],
    adjacent: ['próximo artigo', 'artigo anterior', 'próxima notícia', 'notícia anterior', 'post anterior', 'próximo post'],
    commentForm: ['o seu endereço de email não será publicado', 'o seu endereço de e-mail não será publicado', 'seu endereço de e-mail não será publicado', 'salvar meus dados neste navegador', 'este site utiliza o akismet']
  },
  nl: {
    tail: ['recente berichten', 'recente reacties', 'gerelateerde artikelen', 'lees ook', 'meest gelezen', 'reacties', 'laat een reactie achter', 'geef een reactie', 'reacties zijn gesloten'],
    kinds: {
      'author-box': ['over de auteur', 'over de schrijver'],
      share: ['delen', 'deel dit artikel', 'printen', 'link gekopieerd', 'link kopiëren'],
      navigation: ['archieven', 'home', 'zoeken', 'naar de inhoud springen', 'ga naar inhoud', 'direct naar inhoud', 'terug naar boven', 'categorieën', 'contact'],
      newsletter: ['nieuwsbrief', 'abonneren'],
      other: ['advertentie', 'privacybeleid', 'inloggen']
    },
    shareVerbs: ['delen', 'deel', 'stuur', 'versturen'],
    commentCount: {counts: ['geen', 'een', 'één'], nouns: ['reactie', 'reacties', 'reactie op', 'reacties op', 'opmerking', 'opmerkingen']},
    postMeta: ['dit bericht is geplaatst', 'dit item is geplaatst in'],
    taxonomy: ['tags', 'categorieën', 'categorie', 'onderwerpen', 'geplaatst in'],
    adjacent: ['volgend artikel', 'vorig artikel', 'volgende artikel', 'vorige artikel', 'volgend bericht', 'vorig bericht'],
    commentForm: ['je e-mailadres wordt niet gepubliceerd', 'uw e-mailadres wordt niet gepubliceerd', 'bewaar mijn naam, e-mail en site', 'deze site gebruikt akismet']
  },
  pl: {
    tail: [
      'najnowsze wpisy', 'najnowsze komentarze',
      'podobne artykuły', 'powiązane artykuły', 'zobacz także', 'zobacz też', 'czytaj także', 'czytaj też', 'czytaj również',
      'przeczytaj także', 'przeczytaj też', 'przeczytaj również', 'polecane artykuły', 'najczęściej czytane', 'najpopularniejsze',
      'komentarze', 'dodaj komentarz', 'zostaw komentarz', 'komentarze są zamknięte', 'możliwość komentowania została wyłączona'
    ],
    kinds: {
      'author-box': ['o autorze', 'o autorce'],
      share: ['udostępnij', 'tweetnij', 'podziel się', 'udostępnij artykuł', 'drukuj', 'link skopiowany', 'skopiuj link', 'kopiuj link'],
      navigation: ['archiwa', 'strona główna', 'szukaj', 'przejdź do treści', 'przejdź do zawartości', 'kategorie', 'tagi', 'kontakt', 'więcej', 'czytaj więcej', 'zobacz więcej', 'przejdź do menu', 'przejdź do wyszukiwarki', 'przejdź do nawigacji', 'przejdź do stopki'],
      newsletter: ['newsletter', 'zapisz się', 'subskrybuj'],
      other: ['reklama', 'polityka prywatności', 'zaloguj się']
    },
    shareVerbs: ['udostępnij', 'podziel', 'wyślij', 'tweetnij'],
    commentCount: {counts: ['brak', 'jeden', 'jedna'], nouns: ['komentarz', 'komentarze', 'komentarzy', 'odpowiedź', 'odpowiedzi', 'komentarz do', 'komentarze do', 'komentarzy do']},
    postMeta: ['ten wpis został opublikowany'],
    taxonomy: ['tagi', 'kategorie', 'kategoria', 'tematy', 'opublikowano w'],
    adjacent: ['następny artykuł', 'poprzedni artykuł', 'następny wpis', 'poprzedni wpis'],
    commentForm: ['twój adres e-mail nie zostanie opublikowany', 'twój adres email nie zostanie opublikowany', 'zapamiętaj moje dane w tej przeglądarce', 'ta witryna wykorzystuje akismet'],
    commentPolicy: {comments: ['komentarze', 'komentarza', 'komentować'], rules: ['zaloguj', 'zalogowany', 'zalogowani', 'checkboxa', 'moderowane']}
  },
  ru: {
    tail: ['смотрите также', 'читайте также', 'по теме', 'похожие статьи', 'похожие материалы', 'популярное', 'самое читаемое', 'самое популярное', 'все новости', 'другие новости', 'новости по теме', 'комментарии', 'оставьте комментарий', 'добавить комментарий', 'комментарии закрыты'],
    kinds: {
      'accessibility-links': ['ссылки для упрощенного доступа', 'ссылки для упрощённого доступа', 'вернуться к основному содержанию', 'вернуться к главной навигации', 'перейти к основному содержанию', 'вернуться к поиску'],
      'breaking-news': ['срочные новости', 'срочно', 'главное'],
      share: ['поделиться', 'распечатать', 'печать', 'версия для печати', 'скопировать ссылку', 'ссылка скопирована'],
      navigation: ['главная', 'поиск', 'перейти к содержимому', 'перейти к содержанию', 'искать', 'меню', 'вернуться наверх', 'рубрики', 'контакты', 'о нас', 'архив'],
      newsletter: ['подписаться', 'подписка', 'рассылка', 'подпишитесь на рассылку'],
      other: ['реклама', 'политика конфиденциальности', 'войти', 'условия использования']
    },
    shareVerbs: ['поделиться', 'отправить'],
    commentCount: {counts: ['нет', 'один'], nouns: ['комментарий', 'комментария', 'комментариев', 'ответ', 'ответа', 'ответов']}
  },
  uk: {
    tail: ['дивіться також', 'читайте також', 'за темою', 'популярне', 'найпопулярніше', 'найчитаніше', 'усі новини', 'всі новини', 'інші новини', 'коментарі', 'залишити коментар', 'коментарі закрито'],
    kinds: {
      'accessibility-links': ['посилання для спрощеного доступу', 'повернутися до основного вмісту', 'повернутися до головної навігації', 'перейти до основного вмісту', 'повернутися до пошуку'],
      'breaking-news': ['термінові новини', 'терміново', 'головне'],
      share: ['поділитися', 'друкувати', 'друк', 'версія для друку', 'скопіювати посилання'],
      navigation: ['головна', 'пошук', 'перейти до вмісту', 'шукати', 'меню', 'рубрики', 'контакти', 'про нас', 'архів'],
      newsletter: ['підписатися', 'розсилка', 'підписка'],
      other: ['реклама', 'політика конфіденційності', 'увійти', 'умови використання']
    },
    shareVerbs: ['поділитися', 'надіслати'],
    commentCount: {counts: ['немає', 'один'], nouns: ['коментар', 'коментарі', 'коментарів', 'відповідь', 'відповіді', 'відповідей']}
  },
  ro: {
    tail: ['articole similare', 'articole asemănătoare', 'citește și', 'citiți și', 'vezi și', 'cele mai citite', 'cele mai populare', 'toate știrile', 'comentarii', 'lasă un comentariu', 'lasă un răspuns', 'comentariile sunt închise'],
    kinds: {
      'accessibility-links': ['linkuri accesibile', 'treci la conținutul principal', 'treci la navigarea principală', 'sari la conținut'],
      'breaking-news': ['ultima oră', 'știri de ultimă oră'],
      share: ['distribuie', 'partajează', 'tipărește', 'printează', 'copiază linkul'],
      navigation: ['acasă', 'căutare', 'sari la conținut', 'salt la conținut', 'caută', 'meniu', 'categorii', 'contact', 'despre noi', 'arhivă'],
      newsletter: ['newsletter', 'abonează-te', 'abonare'],
      other: ['publicitate', 'politica de confidențialitate', 'autentificare', 'termeni și condiții']
    },
    shareVerbs: ['distribuie', 'partajează', 'trimite'],
    commentCount: {counts: ['niciun', 'un'], nouns: ['comentariu', 'comentarii', 'răspuns', 'răspunsuri']}
  },
  sr: {
    tail: [
      'povezano', 'повезано', 'pročitajte i ovo', 'прочитајте и ово', 'pročitajte još', 'прочитајте још', 'najčitanije', 'најчитаније', 'najpopularnije', 'најпопуларније',
      'sve vesti', 'све вести', 'vezane vesti', 'везане вести', 'komentari', 'коментари', 'ostavite komentar', 'оставите коментар'
    ],
    kinds: {
      'accessibility-links': ['linkovi za pristupačnost', 'линкови за приступачност', 'pređi na glavni sadržaj', 'пређи на главни садржај', 'pređi na glavnu navigaciju', 'пређи на главну навигацију'],
      'breaking-news': ['najnovije', 'најновије', 'hitno', 'хитно'],
      share: ['podeli', 'подели', 'podijeli', 'štampaj', 'штампај', 'kopiraj link', 'копирај линк'],
      navigation: ['početna', 'почетна', 'pretraga', 'претрага', 'traži', 'тражи', 'meni', 'мени', 'kontakt', 'контакт', 'o nama', 'о нама', 'arhiva', 'архива'],
      newsletter: ['prijavite se', 'пријавите се', 'pretplati se', 'претплати се'],
      other: ['reklama', 'реклама', 'politika privatnosti', 'политика приватности', 'uslovi korišćenja', 'услови коришћења']
    },
    shareVerbs: ['podeli', 'подели', 'podijeli', 'pošalji', 'пошаљи'],
    commentCount: {counts: ['nema', 'нема', 'jedan', 'један'], nouns: ['komentar', 'komentara', 'komentari', 'коментар', 'коментара', 'коментари', 'odgovor', 'odgovora', 'одговор', 'одговора']}
  },
  kk: {
    tail: ['ұқсас материалдар', 'тағы оқыңыз', 'тақырып бойынша', 'ең көп оқылған', 'ең көп оқылғандар', 'барлық жаңалықтар', 'пікірлер', 'пікір қалдыру'],
    kinds: {
      'accessibility-links': ['қолжетімді сілтемелер', 'негізгі мазмұнға өту', 'негізгі навигацияға өту', 'іздеуге өту'],
      'breaking-news': ['шұғыл хабар', 'шұғыл жаңалық', 'басты жаңалық'],
      share: ['бөлісу', 'басып шығару', 'сілтемені көшіру'],
      navigation: ['басты бет', 'іздеу', 'мәзір', 'байланыс', 'біз туралы', 'мұрағат'],
      newsletter: ['жазылу', 'жазылыңыз'],
      other: ['жарнама', 'құпиялылық саясаты', 'кіру']
    }
  },
  az: {
    tail: ['oxşar xəbərlər', 'bunu da oxuyun', 'həmçinin oxuyun', 'ən çox oxunanlar', 'bütün xəbərlər', 'şərhlər', 'şərh yazın'],
    kinds: {
      'accessibility-links': ['əlçatanlıq linkləri', 'əsas məzmuna keçin', 'əsas naviqasiyaya keçin'],
      'breaking-news': ['son dəqiqə', 'təcili'],
      share: ['paylaş', 'paylaşın', 'çap et', 'linki kopyala'],
      navigation: ['ana səhifə', 'axtar', 'axtarış', 'menyu', 'əlaqə', 'haqqımızda', 'arxiv'],
      newsletter: ['abunə ol', 'abunə olun'],
      other: ['reklam', 'məxfilik siyasəti', 'daxil ol']
    },
    shareVerbs: ['paylaş', 'paylaşın', 'göndər']
  },
  fa: {
    tail: ['مطالب مرتبط', 'بیشتر بخوانید', 'همچنین بخوانید', 'پربیننده‌ترین‌ها', 'پربیننده‌ترین', 'پربازدیدترین‌ها', 'همه خبرها', 'خبرهای مرتبط', 'نظرات', 'دیدگاه‌ها', 'نظر خود را بنویسید'],
    kinds: {
      'accessibility-links': ['پیوندهای دسترسی', 'پرش به محتوای اصلی', 'پرش به ناوبری اصلی', 'رفتن به محتوای اصلی'],
      'breaking-news': ['خبر فوری', 'فوری'],
      share: ['اشتراک‌گذاری', 'اشتراک گذاری', 'هم‌رسانی', 'چاپ', 'نسخه چاپی', 'کپی پیوند'],
      navigation: ['صفحه اصلی', 'جستجو', 'جست‌وجو', 'منو', 'تماس با ما', 'درباره ما', 'آرشیو'],
      newsletter: ['عضویت در خبرنامه', 'خبرنامه'],
      other: ['تبلیغات', 'حریم خصوصی', 'ورود']
    }
  },
  // Languages of much of the world's news beyond the services above, as their common news and blog themes
  // (WordPress's translations among them) print their furniture. No breaking-news labels: in these languages
  // the article's own headline often opens with one ("Son dakika: …", "عاجل: …", "【速報】…").
  tr: {
    tail: [
      'ilgili haberler', 'ilgili yazılar', 'benzer haberler', 'benzer yazılar', 'ilginizi çekebilir', 'bunlar da ilginizi çekebilir',
      'şunlar da ilginizi çekebilir', 'en çok okunanlar', 'çok okunanlar', 'diğer haberler', 'son haberler', 'yorumlar', 'bir yanıt yazın',
      'bir cevap yazın', 'yorum yap', 'yorum yazın', 'yorumlar kapatıldı'
    ],
    kinds: {
      'author-box': ['yazar hakkında'],
      share: ['paylaş', 'paylaşın', 'tweetle', 'yazdır', 'bağlantıyı kopyala', 'bağlantı kopyalandı'],
      navigation: ['ana sayfa', 'anasayfa', 'ara', 'arama', 'içeriğe geç', 'menü', 'kategoriler', 'etiketler', 'iletişim', 'hakkımızda', 'devamını oku', 'daha fazla'],
      newsletter: ['bülten', 'e-bülten', 'abone ol', 'bültene abone ol'],
      other: ['reklam', 'gizlilik politikası', 'giriş yap', 'kapat', 'künye']
    },
    shareVerbs: ['paylaş', 'tweetle', 'gönder'],
    commentCount: {counts: ['bir'], nouns: ['yorum', 'yanıt', 'cevap']},
    taxonomy: ['etiketler', 'kategoriler', 'kategori', 'konular'],
    adjacent: ['önceki yazı', 'sonraki yazı', 'önceki haber', 'sonraki haber', 'önceki gönderi', 'sonraki gönderi'],
    commentForm: ['e-posta hesabınız yayımlanmayacak', 'e-posta adresiniz yayınlanmayacak', 'e-posta adresiniz yayımlanmayacak']
  },
  ar: {
    tail: [
      'مقالات ذات صلة', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'إقرأ أيضاً', 'الأكثر قراءة',
      'الأكثر مشاهدة', 'الأكثر شعبية', 'آخر الأخبار', 'قد يعجبك أيضا', 'قد يهمك أيضا', 'التعليقات', 'اترك تعليقاً', 'اترك تعليقا',
      'اترك رداً', 'اترك ردا', 'أضف تعليق', 'أضف تعليقك', 'التعليقات مغلقة'
    ],
    kinds: {
      'author-box': ['عن الكاتب', 'نبذة عن الكاتب'],
      share: ['شارك', 'مشاركة', 'شارك المقال', 'طباعة', 'نسخ الرابط', 'تم نسخ الرابط'],
      navigation: ['الرئيسية', 'الصفحة الرئيسية', 'بحث', 'ابحث', 'القائمة', 'تخطى إلى المحتوى', 'انتقل إلى المحتوى', 'اتصل بنا', 'من نحن', 'الأرشيف', 'الوسوم', 'التصنيفات'],
      newsletter: ['النشرة البريدية', 'النشرة الإخبارية', 'اشترك', 'اشترك الآن'],
      other: ['إعلان', 'سياسة الخصوصية', 'تسجيل الدخول', 'إغلاق']
    },
    shareVerbs: ['شارك', 'مشاركة', 'أرسل'],
    commentCount: {counts: ['لا'], nouns: ['تعليق', 'تعليقات', 'رد', 'ردود']},
    taxonomy: ['الوسوم', 'وسوم', 'التصنيفات', 'التصنيف', 'الكلمات الدلالية', 'كلمات مفتاحية'],
    adjacent: ['المقال السابق', 'المقال التالي', 'المقالة السابقة', 'المقالة التالية', 'الخبر السابق', 'الخبر التالي'],
    commentForm: ['لن يتم نشر عنوان بريدك الإلكتروني', 'لن يتم نشر عنوان البريد الإلكتروني']
  },
  // Simplified and traditional characters both: a page's script decides which it prints. Not 评论 alone,
  // which is a paper's commentary as often as its readers' comments.
  zh: {
    tail: [
      '相关文章', '相关阅读', '相关新闻', '相关推荐', '延伸阅读', '推荐阅读', '热门文章', '热门新闻', '热门推荐', '猜你喜欢', '最新文章',
      '发表评论', '网友评论', '相關文章', '相關閱讀', '相關新聞', '延伸閱讀', '推薦閱讀', '熱門文章', '熱門新聞', '發表評論'
    ],
    kinds: {
      'author-box': ['关于作者', '作者简介', '關於作者', '作者簡介'],
      share: ['分享', '分享到', '分享至', '打印', '列印', '复制链接', '複製連結'],
      navigation: ['首页', '首頁', '搜索', '搜尋', '菜单', '選單', '返回顶部', '回到顶部', '返回頂部', '标签', '標籤', '分类', '分類', '联系我们', '聯絡我們', '关于我们', '關於我們', '更多', '阅读全文', '閱讀全文'],
      newsletter: ['订阅', '訂閱', '电子报', '電子報'],
      other: ['广告', '廣告', '隐私政策', '隱私權政策', '登录', '登錄', '登入', '关闭', '關閉', '纠错', '【纠错】']
    },
    shareVerbs: ['分享'],
    taxonomy: ['标签', '標籤', '分类', '分類', '关键词', '關鍵詞', '关键字', '關鍵字'],
    adjacent: ['上一篇', '下一篇', '上一篇文章', '下一篇文章'],
    commentForm: ['您的电子邮箱地址不会被公开', '您的邮箱地址不会被公开', '您的電子郵件地址並不會被公開']
  },
  ja: {
    tail: ['関連記事', '関連ニュース', 'おすすめ記事', 'あわせて読みたい', '人気記事', 'よく読まれている記事', 'アクセスランキング', '最新記事', 'コメントを残す', 'コメントを書く', 'コメントする'],
    kinds: {
      'author-box': ['この記事を書いた人', '著者について'],
      share: ['シェア', 'シェアする', 'ツイート', '印刷', 'リンクをコピー'],
      navigation: ['ホーム', 'トップ', '検索', 'メニュー', 'コンテンツへスキップ', 'カテゴリー', 'タグ', 'お問い合わせ', '続きを読む', 'もっと見る'],
      newsletter: ['メールマガジン', 'メルマガ', 'ニュースレター'],
      other: ['広告', 'プライバシーポリシー', 'ログイン', '閉じる']
    },
    shareVerbs: ['シェア', 'ツイート'],
    taxonomy: ['タグ', 'カテゴリー', 'カテゴリ'],
    adjacent: ['前の記事', '次の記事', '前の投稿', '次の投稿'],
    commentForm: ['メールアドレスが公開されることはありません']
  },
  cs: {
    tail: [
      'související články', 'související', 'mohlo by vás zajímat', 'mohlo by vás také zajímat', 'přečtěte si také', 'čtěte také',
      'nejčtenější', 'nejčtenější články', 'další články', 'další zprávy', 'komentáře', 'napsat komentář', 'přidat komentář',
      'zanechte komentář', 'komentáře jsou uzavřeny'
    ],
    kinds: {
      'author-box': ['o autorovi', 'o autorce'],
      share: ['sdílet', 'sdílejte', 'tisk', 'vytisknout', 'kopírovat odkaz', 'odkaz zkopírován'],
      navigation: ['domů', 'úvod', 'hledat', 'vyhledávání', 'menu', 'přeskočit na obsah', 'kategorie', 'štítky', 'kontakt', 'kontakty', 'o nás', 'archiv', 'více', 'číst dále', 'zobrazit více'],
      newsletter: ['newsletter', 'odebírat', 'přihlásit k odběru', 'odběr novinek'],
      other: ['reklama', 'inzerce', 'ochrana osobních údajů', 'přihlásit se', 'zavřít']
    },
    shareVerbs: ['sdílet', 'sdílejte', 'poslat'],
    commentCount: {counts: ['žádné', 'jeden', 'jedna'], nouns: ['komentář', 'komentáře', 'komentářů', 'odpověď', 'odpovědi', 'odpovědí']},
    taxonomy: ['štítky', 'tagy', 'kategorie', 'rubrika', 'témata'],
    adjacent: ['předchozí článek', 'další článek', 'předchozí příspěvek', 'další příspěvek'],
    commentForm: ['vaše e-mailová adresa nebude zveřejněna']
  },
  el: {
    tail: [
      'σχετικά άρθρα', 'σχετικά θέματα', 'διαβάστε επίσης', 'διαβάστε ακόμα', 'δείτε επίσης', 'τα πιο δημοφιλή', 'πιο διαβασμένα',
      'τελευταία νέα', 'σχόλια', 'αφήστε ένα σχόλιο', 'γράψτε ένα σχόλιο', 'αφήστε μια απάντηση', 'τα σχόλια είναι απενεργοποιημένα'
    ],
    kinds: {
      'author-box': ['σχετικά με τον συγγραφέα'],
      share: ['κοινοποίηση', 'μοιραστείτε', 'εκτύπωση', 'αντιγραφή συνδέσμου'],
      navigation: ['αρχική', 'αρχική σελίδα', 'αναζήτηση', 'μενού', 'μετάβαση στο περιεχόμενο', 'κατηγορίες', 'ετικέτες', 'επικοινωνία', 'αρχείο', 'περισσότερα'],
      newsletter: ['newsletter', 'ενημερωτικό δελτίο'],
      other: ['διαφήμιση', 'πολιτική απορρήτου', 'σύνδεση', 'κλείσιμο']
    },
    shareVerbs: ['κοινοποίηση', 'μοιραστείτε', 'στείλτε'],
    commentCount: {counts: ['κανένα', 'ένα'], nouns: ['σχόλιο', 'σχόλια']},
    taxonomy: ['ετικέτες', 'κατηγορίες', 'κατηγορία'],
    adjacent: ['προηγούμενο άρθρο', 'επόμενο άρθρο'],
    commentForm: ['η διεύθυνση email σας δεν δημοσιεύεται', 'η ηλ. διεύθυνση σας δεν δημοσιεύεται']
  },
  sv: {
    tail: [
      'relaterade artiklar', 'relaterat', 'läs också', 'läs även', 'mest läst', 'mest lästa', 'senaste nytt', 'fler artiklar',
      'kommentarer', 'lämna ett svar', 'lämna en kommentar', 'skriv en kommentar', 'kommentarer är stängda', 'kommentarsfunktionen är stängd'
    ],
    kinds: {
      'author-box': ['om författaren', 'om skribenten'],
      share: ['dela', 'dela artikeln', 'skriv ut', 'kopiera länk', 'länken kopierad'],
      navigation: ['hem', 'startsida', 'sök', 'meny', 'hoppa till innehåll', 'kategorier', 'etiketter', 'kontakt', 'kontakta oss', 'om oss', 'arkiv', 'läs mer', 'visa fler'],
      newsletter: ['nyhetsbrev', 'prenumerera', 'prenumerera på nyhetsbrevet'],
      other: ['annons', 'integritetspolicy', 'logga in', 'stäng']
    },
    shareVerbs: ['dela', 'skicka'],
    commentCount: {counts: ['inga', 'en', 'ett'], nouns: ['kommentar', 'kommentarer', 'svar', 'svar på']},
    taxonomy: ['etiketter', 'taggar', 'kategorier', 'kategori', 'ämnen', 'publicerat i'],
    adjacent: ['föregående inlägg', 'nästa inlägg', 'föregående artikel', 'nästa artikel'],
    commentForm: ['din e-postadress kommer inte publiceras', 'din e-postadress kommer inte att publiceras']
  },
  id: {
    tail: [
      'artikel terkait', 'berita terkait', 'baca juga', 'terpopuler', 'berita terpopuler', 'paling banyak dibaca', 'berita terbaru',
      'artikel lainnya', 'berita lainnya', 'komentar', 'tinggalkan balasan', 'tinggalkan komentar', 'tulis komentar', 'komentar ditutup'
    ],
    kinds: {
      'author-box': ['tentang penulis'],
      share: ['bagikan', 'bagikan artikel', 'cetak', 'salin tautan', 'tautan disalin'],
      navigation: ['beranda', 'cari', 'pencarian', 'menu', 'langsung ke konten', 'lompat ke konten', 'kategori', 'tag', 'kontak', 'hubungi kami', 'tentang kami', 'arsip', 'selengkapnya', 'baca selengkapnya'],
      newsletter: ['buletin', 'berlangganan', 'newsletter'],
      other: ['iklan', 'kebijakan privasi', 'masuk', 'tutup', 'redaksi', 'pedoman media siber']
    },
    shareVerbs: ['bagikan', 'kirim'],
    commentCount: {counts: ['satu'], nouns: ['komentar', 'balasan', 'tanggapan']},
    taxonomy: ['tag', 'tags', 'kategori', 'topik'],
    adjacent: ['pos sebelumnya', 'pos berikutnya', 'artikel sebelumnya', 'artikel selanjutnya', 'berita sebelumnya', 'berita selanjutnya'],
    commentForm: ['alamat email anda tidak akan dipublikasikan']
  },
  // Korean counts its comments after the noun ("댓글 3개"): no count pattern.
  ko: {
    tail: ['관련 기사', '관련기사', '관련 뉴스', '관련뉴스', '함께 보면 좋은 기사', '추천 기사', '많이 본 뉴스', '많이 본 기사', '인기 기사', '최신 기사', '댓글', '답글 남기기', '댓글 남기기', '댓글 쓰기', '댓글이 닫혔습니다'],
    kinds: {
      'author-box': ['기자 소개', '작성자 소개', '글쓴이 소개'],
      share: ['공유', '공유하기', '인쇄', '인쇄하기', '링크 복사', '링크가 복사되었습니다'],
      navigation: ['홈', '검색', '메뉴', '본문 바로가기', '콘텐츠로 건너뛰기', '카테고리', '태그', '연락처', '문의하기', '회사 소개', '더보기', '맨 위로'],
      newsletter: ['뉴스레터', '구독', '구독하기'],
      other: ['광고', '개인정보처리방침', '개인정보 처리방침', '로그인', '닫기']
    },
    shareVerbs: ['공유', '공유하기', '보내기'],
    taxonomy: ['태그', '카테고리', '분류'],
    adjacent: ['이전 글', '다음 글', '이전 기사', '다음 기사', '이전 포스트', '다음 포스트'],
    commentForm: ['이메일 주소는 공개되지 않습니다']
  },
  hi: {
    tail: [
      'संबंधित खबरें', 'संबंधित ख़बरें', 'संबंधित लेख', 'यह भी पढ़ें', 'ये भी पढ़ें', 'इसे भी पढ़ें', 'सबसे ज्यादा पढ़ी गई', 'सबसे ज़्यादा पढ़ी गई',
      'सबसे अधिक पढ़े गए', 'ताज़ा ख़बरें', 'ताजा खबरें', 'टिप्पणियाँ', 'टिप्पणियां', 'प्रातिक्रिया दे', 'एक उत्तर दें', 'टिप्पणी करें', 'टिप्पणी लिखें'
    ],
    kinds: {
      'author-box': ['लेखक के बारे में'],
      share: ['शेयर', 'शेयर करें', 'साझा करें', 'प्रिंट', 'प्रिंट करें', 'लिंक कॉपी करें'],
      navigation: ['होम', 'मुखपृष्ठ', 'खोजें', 'सर्च', 'मेन्यू', 'मेनू', 'सामग्री पर जाएँ', 'श्रेणियाँ', 'टैग', 'संपर्क करें', 'हमारे बारे में', 'और पढ़ें', 'आगे पढ़ें'],
      newsletter: ['न्यूज़लेटर', 'न्यूजलेटर', 'सब्सक्राइब करें', 'सदस्यता लें'],
      other: ['विज्ञापन', 'गोपनीयता नीति', 'लॉग इन', 'लॉगिन', 'बंद करें']
    },
    shareVerbs: ['शेयर', 'साझा', 'भेजें'],
    taxonomy: ['टैग', 'श्रेणी', 'श्रेणियाँ', 'विषय'],
    adjacent: ['पिछला लेख', 'अगला लेख', 'पिछली पोस्ट', 'अगली पोस्ट', 'पिछली खबर', 'अगली खबर'],
    commentForm: ['आपका ईमेल पता प्रकाशित नहीं किया जाएगा']
  },
  vi: {
    tail: [
      'tin liên quan', 'bài viết liên quan', 'tin cùng chuyên mục', 'có thể bạn quan tâm', 'đọc thêm', 'xem thêm', 'tin đọc nhiều', 'đọc nhiều nhất',
      'tin mới nhất', 'bình luận', 'để lại một bình luận', 'viết bình luận', 'gửi bình luận', 'bình luận đã đóng'
    ],
    kinds: {
      'author-box': ['về tác giả', 'giới thiệu tác giả'],
      share: ['chia sẻ', 'chia sẻ bài viết', 'in', 'in bài', 'sao chép liên kết', 'đã sao chép liên kết'],
      navigation: ['trang chủ', 'tìm kiếm', 'menu', 'chuyển đến nội dung', 'danh mục', 'chuyên mục', 'thẻ', 'liên hệ', 'đọc tiếp', 'lên đầu trang'],
      newsletter: ['bản tin', 'đăng ký nhận tin', 'đăng ký'],
      other: ['quảng cáo', 'chính sách bảo mật', 'đăng nhập', 'đóng']
    },
    shareVerbs: ['chia sẻ', 'gửi'],
    commentCount: {counts: ['một'], nouns: ['bình luận', 'phản hồi', 'bình luận về', 'phản hồi cho']},
    taxonomy: ['thẻ', 'tags', 'chuyên mục', 'danh mục', 'từ khóa', 'từ khoá'],
    adjacent: ['bài trước', 'bài sau', 'bài viết trước', 'bài viết sau', 'bài viết tiếp theo', 'tin trước', 'tin sau'],
    commentForm: ['email của bạn sẽ không được hiển thị công khai']
  },
  fi: {
    tail: [
      'aiheeseen liittyvät', 'aiheeseen liittyvät artikkelit', 'lue myös', 'luetuimmat', 'luetuimmat uutiset', 'uusimmat', 'uusimmat uutiset',
      'kommentit', 'kommentoi', 'jätä kommentti', 'jätä vastaus', 'kirjoita kommentti', 'kommentointi on suljettu'
    ],
    kinds: {
      'author-box': ['kirjoittajasta', 'tietoa kirjoittajasta'],
      share: ['jaa', 'jaa artikkeli', 'tulosta', 'kopioi linkki', 'linkki kopioitu'],
      navigation: ['etusivu', 'haku', 'hae', 'valikko', 'siirry sisältöön', 'kategoriat', 'avainsanat', 'yhteystiedot', 'ota yhteyttä', 'tietoa meistä', 'arkisto', 'lue lisää', 'näytä lisää'],
      newsletter: ['uutiskirje', 'tilaa uutiskirje', 'tilaa'],
      other: ['mainos', 'tietosuojaseloste', 'kirjaudu sisään', 'kirjaudu', 'sulje']
    },
    shareVerbs: ['jaa', 'lähetä'],
    commentCount: {counts: ['ei', 'yksi'], nouns: ['kommentti', 'kommenttia', 'vastaus', 'vastausta']},
    taxonomy: ['avainsanat', 'tagit', 'kategoriat', 'kategoria', 'aiheet'],
    adjacent: ['edellinen artikkeli', 'seuraava artikkeli', 'edellinen kirjoitus', 'seuraava kirjoitus'],
    commentForm: ['sähköpostiosoitettasi ei julkaista']
  },
  da: {
    tail: [
      'relaterede artikler', 'relateret', 'læs også', 'mest læste', 'seneste nyt', 'flere artikler', 'kommentarer', 'skriv en kommentar',
      'skriv et svar', 'efterlad en kommentar', 'kommentarer er lukket'
    ],
    kinds: {
      'author-box': ['om forfatteren', 'om skribenten'],
      share: ['del', 'del artiklen', 'udskriv', 'kopiér link', 'kopier link', 'link kopieret'],
      navigation: ['forside', 'hjem', 'søg', 'menu', 'spring til indhold', 'gå til indhold', 'kategorier', 'tags', 'kontakt', 'kontakt os', 'om os', 'arkiv', 'læs mere', 'vis flere'],
      newsletter: ['nyhedsbrev', 'tilmeld nyhedsbrev', 'abonnér', 'abonner'],
      other: ['annonce', 'privatlivspolitik', 'log ind', 'luk']
    },
    shareVerbs: ['del', 'send'],
    commentCount: {counts: ['ingen', 'en', 'et'], nouns: ['kommentar', 'kommentarer', 'svar', 'svar til']},
    taxonomy: ['tags', 'kategorier', 'kategori', 'emner', 'udgivet i'],
    adjacent: ['forrige indlæg', 'næste indlæg', 'forrige artikel', 'næste artikel'],
    commentForm: ['din e-mailadresse vil ikke blive publiceret']
  },
  no: {
    tail: [
      'relaterte artikler', 'relatert', 'les også', 'mest lest', 'mest leste', 'siste nytt', 'flere artikler', 'kommentarer', 'skriv en kommentar',
      'legg igjen en kommentar', 'legg igjen et svar', 'kommentarer er stengt'
    ],
    kinds: {
      'author-box': ['om forfatteren', 'om skribenten'],
      share: ['del', 'del artikkelen', 'skriv ut', 'kopier lenke', 'lenke kopiert'],
      navigation: ['forside', 'hjem', 'søk', 'meny', 'hopp til innhold', 'gå til innhold', 'kategorier', 'stikkord', 'kontakt', 'kontakt oss', 'om oss', 'arkiv', 'les mer', 'vis flere'],
      newsletter: ['nyhetsbrev', 'abonner', 'abonner på nyhetsbrev'],
      other: ['annonse', 'personvernerklæring', 'logg inn', 'lukk']
    },
    shareVerbs: ['del', 'send'],
    commentCount: {counts: ['ingen', 'en', 'ett'], nouns: ['kommentar', 'kommentarer', 'svar', 'svar til']},
    taxonomy: ['stikkord', 'emneknagger', 'kategorier', 'kategori', 'emner', 'publisert i'],
    adjacent: ['forrige innlegg', 'neste innlegg', 'forrige artikkel', 'neste artikkel'],
    commentForm: ['e-postadressen din vil ikke bli publisert']
  },
  hu: {
    tail: [
      'kapcsolódó cikkek', 'kapcsolódó', 'ezt is ajánljuk', 'ajánlott cikkek', 'legolvasottabb', 'legolvasottabb cikkek', 'legfrissebb', 'friss hírek',
      'hozzászólások', 'szólj hozzá', 'hozzászólás írása', 'vélemény, hozzászólás?', 'a hozzászólások le vannak zárva'
    ],
    kinds: {
      'author-box': ['a szerzőről'],
      share: ['megosztás', 'oszd meg', 'nyomtatás', 'link másolása', 'link kimásolva'],
      navigation: ['kezdőlap', 'főoldal', 'keresés', 'menü', 'ugrás a tartalomhoz', 'kategóriák', 'címkék', 'kapcsolat', 'rólunk', 'archívum', 'tovább', 'bővebben'],
      newsletter: ['hírlevél', 'feliratkozás', 'iratkozz fel'],
      other: ['hirdetés', 'adatvédelmi tájékoztató', 'bejelentkezés', 'bezárás']
    },
    shareVerbs: ['megosztás', 'oszd meg', 'küldés'],
    commentCount: {counts: ['nincs', 'egy'], nouns: ['hozzászólás', 'válasz', 'komment']},
    taxonomy: ['címkék', 'kategóriák', 'kategória', 'témák', 'rovat'],
    adjacent: ['előző bejegyzés', 'következő bejegyzés', 'előző cikk', 'következő cikk'],
    commentForm: ['az e-mail címet nem tesszük közzé']
  },
  he: {
    tail: [
      'כתבות קשורות', 'מאמרים קשורים', 'עוד בנושא', 'קראו גם', 'קרא גם', 'הכי נקראים', 'הנקראים ביותר', 'חדשות אחרונות', 'תגובות',
      'כתיבת תגובה', 'השארת תגובה', 'להוסיף תגובה', 'התגובות סגורות'
    ],
    kinds: {
      'author-box': ['על הכותב', 'על הכותבת', 'אודות הכותב'],
      share: ['שתפו', 'שיתוף', 'שתף', 'הדפסה', 'העתקת קישור', 'הקישור הועתק'],
      navigation: ['דף הבית', 'ראשי', 'חיפוש', 'תפריט', 'דלג לתוכן', 'קטגוריות', 'תגיות', 'צור קשר', 'צרו קשר', 'אודות', 'ארכיון', 'קרא עוד', 'להמשך קריאה'],
      newsletter: ['ניוזלטר', 'הרשמה לניוזלטר', 'הירשמו'],
      other: ['פרסומת', 'מדיניות פרטיות', 'התחברות', 'סגור']
    },
    shareVerbs: ['שתפו', 'שתף', 'שלחו'],
    taxonomy: ['תגיות', 'קטגוריות', 'קטגוריה', 'נושאים'],
    adjacent: ['הפוסט הקודם', 'הפוסט הבא', 'הכתבה הקודמת', 'הכתבה הבאה', 'המאמר הקודם', 'המאמר הבא'],
    commentForm: ['כתובת האימייל שלך לא תפורסם']
  }
}

/**
 * How a site heads a list of more of its own content, by language, beyond the
 * fixed labels above: a word for "more" ("More", "Weitere", "Noch mehr",
 * "Más", "Więcej"), then what there is more of — the site's kinds of content
 * ("stories", "Beiträge", "Topthemen", "noticias") — or a preposition and a
 * topic, a section, an author or the site itself ("More on coronavirus:",
 * "Mehr aus Lübeck", "mehr von Daniel Weinmann auf …", "Más sobre La Tercera
 * AM"). A headline opening with "more" says more of something else ("Mehr Geld
 * für Kinderbetreuung", "More Things to Know") or more than a number ("Más de
 * 100 muertos"): neither is listed. Not "information" or "details", which an
 * article's own last paragraph may be headed by. The kinds alone, then the
 * topic the page is about, are such a label too ("Audios and videos on the
 * topic", "Videos zum Thema", "Audios et vidéos sur le sujet"): `topic`, which
 * closes the line.
 */
export const moreLabels: Record<string, {more: string[]; kinds: string[]; about: string[]; topic: string[]}> = {
  en: {more: ['more', 'all', 'further', 'read more', 'see more', 'most read', 'most popular'], kinds: ['stories', 'news', 'articles', 'headlines', 'videos', 'audios', 'posts', 'coverage', 'reading', 'topics', 'podcasts', 'galleries', 'recipes', 'information', 'info'], about: ['on', 'from', 'about'], topic: ['on the topic', 'on this topic', 'on the subject']},
  de: {
    more: ['mehr', 'noch mehr', 'alle', 'weitere', 'weiterführende', 'verwandte', 'ähnliche', 'meistgelesene', 'die meistgelesenen', 'beliebteste', 'die beliebtesten'],
    // A compound ending in one of these is one too: "Topthemen", "Top-Artikel".
    kinds: ['artikel', 'beiträge', 'themen', 'nachrichten', 'meldungen', 'news', 'stories', 'videos', 'audios', 'links', 'texte', 'berichte', 'rezepte', 'podcasts', 'bilder', 'bildergalerien', 'informationen', 'infos'],
    about: ['zum', 'zur', 'zu', 'aus', 'von', 'vom', 'auf', 'über'],
    topic: ['zum thema', 'zu diesem thema']
  },
  fr: {more: ['plus', 'encore plus', 'autres'], kinds: ["d'articles", 'd’articles', 'de vidéos', "d'actualités", 'd’actualités', 'articles', 'actualités', 'vidéos', 'audios', 'sujets'], about: ['sur', 'du', 'de la'], topic: ['sur le sujet', 'sur ce sujet', 'sur le même sujet']},
  es: {more: ['más', 'otras', 'otros'], kinds: ['noticias', 'artículos', 'historias', 'videos', 'vídeos', 'audios', 'notas', 'temas', 'recetas'], about: ['sobre', 'acerca de'], topic: ['sobre el tema', 'sobre este tema']},
  it: {more: ['altri', 'altre', 'ancora'], kinds: ['articoli', 'notizie', 'video', 'storie', 'ricette'], about: ['su', 'da'], topic: ['sull’argomento', "sull'argomento", 'sul tema']},
  pt: {more: ['mais', 'outras', 'outros'], kinds: ['notícias', 'artigos', 'vídeos', 'histórias', 'receitas'], about: ['sobre'], topic: ['sobre o tema', 'sobre este tema']},
  nl: {more: ['meer', 'andere', 'verwante'], kinds: ['artikelen', 'nieuws', 'berichten', "video's", 'verhalen', 'onderwerpen'], about: ['over', 'van', 'uit'], topic: ['over dit onderwerp', 'over het onderwerp']},
  pl: {more: ['więcej', 'inne', 'pozostałe', 'podobne'], kinds: ['artykułów', 'artykuły', 'wiadomości', 'informacji z', 'wideo', 'tekstów', 'wpisy'], about: ['o', 'z', 'w kategorii', 'na ten temat'], topic: ['na ten temat']}
}

// A label of more content is short: a word for more and a few words of what.
const moreLabelWords = 8

const morePatterns = new Map<string, RegExp | null>()

/** Whether a whole line heads a list of more of the site's content (`moreLabels`), in the page's language or English. */
function isMoreLabel(text: string, lang: string): boolean {
  // Asked of every line no table knows: the anchored pattern first, which turns nearly all of them away at their first word.
  const pattern = perLanguage(morePatterns, lang, (language) => {
    const sets = withEnglish((entry) => moreLabels[entry], language)
    if (sets.length === 0) return null
    const more = alternation(sets.flatMap((set) => set.more))
    const kinds = alternation(sets.flatMap((set) => set.kinds))
    const about = alternation(sets.flatMap((set) => set.about))
    const topic = alternation(sets.flatMap((set) => set.topic))
    // The kind may close a compound ("Topthemen", "Top-Artikel"); after a preposition, a topic of a few words.
    // Or the kinds alone, one or two joined by a word ("Audios und Videos"), and the page's topic to close the line.
    return new RegExp(`^(?:(?:${more})\\s+(?:[\\p{L}-]*(?:${kinds})(?=[\\s:…]|$)|(?:${about})\\s+\\S)|(?:${kinds})(?:\\s+\\p{L}+\\s+(?:${kinds}))?\\s+(?:${topic})\\s*:?$)`, 'iu')
  })
  return (pattern?.test(text) ?? false) && !/[.!?]$/u.test(text) && wordCount(text) <= moreLabelWords
}

/** Labels, normalised, to the kind they give a line: one map per language, built once. */
const index = new Map<string, Map<string, ChromeKind | 'tail'>>()

function labelsFor(lang: string): Map<string, ChromeKind | 'tail'> {
  let map = index.get(lang)
  if (map) return map
  map = new Map()
  for (const labels of withEnglish((language) => chromeLabels[language], lang)) {
    for (const label of labels.tail) map.set(labelKey(label), 'tail')
    for (const [kind, list] of Object.entries(labels.kinds) as Array<[ChromeKind, string[]]>) {
      for (const key of list.map(labelKey)) if (!map.has(key)) map.set(key, kind)
    }
    // The link to the post before or after, alone on its line ("Nächster Artikel"): navigation too.
    for (const key of (labels.adjacent ?? []).map(labelKey)) if (!map.has(key)) map.set(key, 'navigation')
  }
  index.set(lang, map)
  return map
}

/**
 * A label as the table and a line are compared: lower case, without what may
 * trail it (a colon, an ellipsis, an arrow) — "Like Loading...", "Teilen mit:",
 * "Weiterlesen »" — on either side, so that a table's entry written with its
 * ellipsis ("gefällt mir wird geladen …") is found too.
 */
function labelKey(text: string): string {
  // Turkish "İ" lowers to "i" and a combining dot above: dropped, "İlgili haberler" is "ilgili haberler".
  return text.replace(/[\s:.…»›>|!\-：。]+$/u, '').toLowerCase().replace(/\u0307/gu, '')
}

/**
 * What a whole line or heading is, if it is a furniture label in the page's
 * language (or English): `tail` where the article ends, or its chrome kind. A
 * count of comments and a language switcher ("English", "Deutsch | English")
 * are navigation in any language.
 */
export function labelKind(line: string, lang: string | undefined): ChromeKind | 'tail' | undefined {
  if (line.length > 200) return undefined
  const primary = primaryLanguage(lang, 'en')
  const text = line.replace(/\s+/g, ' ').trim()
  const label = text.length > 60 ? undefined : labelsFor(primary).get(labelKey(text))
  if (label !== undefined) return label
  if (isCommentCount(text, primary) || isLanguageSwitch(text)) return 'navigation'
  // A label with a count ("Share (2)", "more (27)") is that label; a tail's heading with one ("Vos réactions (11)")
  // links to what it counts, as a count of comments does, wherever it stands.
  const counted = /^(.{2,60}?)\s*[([]\s*\p{N}+\s*[)\]]$/u.exec(text)?.[1]
  const kind = counted === undefined ? undefined : labelsFor(primary).get(labelKey(counted))
  if (kind !== undefined) return kind === 'tail' ? 'navigation' : kind
  const glued = gluedLabelsKind(text, primary)
  if (glued !== undefined) return glued
  return isMoreLabel(text, primary) ? 'related' : isShareButton(text, primary) ? 'share' : undefined
}

// Labels a scrape joined on one line are a few words: "Menü schließen", "Keine Kommentare Kommentare sind geschlossen.",
// "Zur Hauptnavigation springen Zur Suche springen Zum Inhalt springen".
const gluedLabelWords = 16

/**
 * The kind of a line that is two or more of the table's labels (or counts of
 * comments) joined, as a scrape joins links' or buttons' texts: "Teilen
 * Twittern", "Jump to navigation Jump to search", "Keine Kommentare Kommentare
 * sind geschlossen.", a row of skip links — the tail's where any is the
 * tail's, else the first's.
 */
function gluedLabelsKind(text: string, primary: string): ChromeKind | 'tail' | undefined {
  if (text.length > gluedLabelWords * 12) return undefined
  const words = text.split(' ')
  if (words.length < 2 || words.length > gluedLabelWords) return undefined
  // Asked of most short lines: one pass over their words turns away every line with a word no label or count
  // holds (a bar or a dash between the labels, "Impressum | Datenschutz", is none: its key is empty).
  const known = perLanguage(labelWordSets, primary, labelWords)
  if (!words.every((word) => {
    const key = labelKey(word)
    return key === '' || known.has(key) || /^\p{N}+$/u.test(word)
  })) return undefined
  const labels = labelsFor(primary)
  const kindOf = (part: string) => labels.get(labelKey(part)) ?? (isCommentCount(part, primary) ? 'navigation' : undefined)
  // The line's first `end` words as labels: the first label's kind, and whether any is the tail's (undefined: not labels).
  // Sixteen words at most, every one a label's: a table of the cuts, each asked once.
  const joined: Array<{first: ChromeKind | 'tail'; tail: boolean} | undefined> = [undefined]
  for (let end = 1; end <= words.length; end++) {
    joined[end] = undefined
    for (let start = 0; start < end && joined[end] === undefined; start++) {
      const before = joined[start]
      if (start > 0 && before === undefined) continue
      const kind = kindOf(words.slice(start, end).join(' '))
      if (kind === undefined) continue
      joined[end] = before ? {first: before.first, tail: before.tail || kind === 'tail'} : {first: kind, tail: kind === 'tail'}
    }
  }
  const whole = joined[words.length]
  return whole === undefined ? undefined : whole.tail ? 'tail' : whole.first
}

const labelWordSets = new Map<string, Set<string>>()

/** Every word of the language's labels and comment counts (English's too), as labelKey writes them. */
function labelWords(primary: string): Set<string> {
  const words = new Set<string>()
  const add = (phrase: string) => {
    for (const word of phrase.split(' ')) words.add(labelKey(word))
  }
  for (const key of labelsFor(primary).keys()) add(key)
  for (const count of withEnglish((language) => chromeLabels[language]?.commentCount, primary)) [...count.counts, ...count.nouns].forEach(add)
  return words
}

/**
 * The networks and services a share button names, in any language: `names`,
 * which may carry a case ending of up to three letters, as Polish and Czech
 * inflect them ("na Facebooku", "na Twitterze"); `words`, which are also
 * words of a sentence ("in your pocket", "the threads") and count only whole
 * and beside a share verb.
 */
export const shareNetworks = {
  names: ['facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'xing', 'flipboard', 'tumblr', 'threema', 'bluesky', 'mastodon', 'vkontakte', 'вконтакте', 'одноклассники', 'email', 'e-mail'],
  words: ['x', 'mail', 'sms', 'pocket', 'threads', 'messenger', 'vk']
}

// A share button is a few words at most.
const shareButtonWords = 5
// A network's name may carry a case ending this long.
const caseEnding = 3

const shareVerbSets = new Map<string, {verbs: Set<string>; mentions: RegExp}>()

/**
 * Whether a line is a share button in words, in the page's language or
 * English: five words at most — a share verb of the language (`shareVerbs`)
 * and a network's name (`shareNetworks`) with only stop words beside them
 * ("Auf Facebook teilen", "Share on Pinterest", "Udostępnij na Twitterze",
 * "Enviar por mail"), or one of the two with stop words alone, its other part
 * an icon the scrape left out ("Teilen auf", "na Twitterze"). Two names and no
 * verb ("Facebook und Twitter") is a subject, not a button.
 */
export function isShareButton(text: string, primary: string): boolean {
  // Most lines are longer, and most short ones name no network and no verb: said before any other work.
  if (text.length > shareButtonWords * 15) return false
  const {verbs, mentions} = perLanguage(shareVerbSets, primary, (language) => {
    const own = new Set(withEnglish((code) => chromeLabels[code]?.shareVerbs, language).flat())
    // Whether a line says a share verb or a network's name at all: one pattern, tested first.
    return {verbs: own, mentions: new RegExp(`(?<![\\p{L}])(?:${alternation([...own, ...shareNetworks.names, ...shareNetworks.words])})`, 'iu')}
  })
  if (!mentions.test(text)) return false
  const words = text.toLocaleLowerCase(primary).split(' ')
  if (words.length > shareButtonWords) return false
  const stop = stopwordsFor(primary)
  const name = (word: string) => shareNetworks.names.some((network) => word.startsWith(network) && word.length - network.length <= caseEnding)
  let named = 0
  let worded = 0
  let said = 0
  for (const word of words) {
    if (verbs.has(word)) said++
    else if (name(word)) named++
    else if (shareNetworks.words.includes(word)) worded++
    else if (!stop?.has(word)) return false
  }
  return (said > 0 && named + worded > 0) || (said + named === 1 && worded === 0 && words.length > 1)
}

/** Whether a line is a blog theme's line under a post, in the page's language or English (`postMeta`). */
export function isPostMeta(line: string, lang: string | undefined): boolean {
  return opensWith(postMetaPatterns, 'postMeta', line, lang)
}

// A post's line of terms: this many words of terms at most after its label, a few without a separator.
const taxonomyWords = 12
const taxonomyBareWords = 3

const taxonomyPatterns = new Map<string, RegExp>()

/**
 * Whether a line is a post's line of terms (`taxonomy`): the label, then a
 * list — its terms parted by commas, bullets or bars, or a few words alone.
 * A one-word label ("Tags", "Kategorie") must be followed by a colon: "Category
 * 5 hurricanes …" is a sentence. A phrase ("Filed under", "Veröffentlicht in")
 * needs none.
 */
export function isTaxonomyLine(line: string, lang: string | undefined): boolean {
  if (line.length > 200) return false
  const pattern = perLanguage(taxonomyPatterns, primaryLanguage(lang, 'en'), (primary) => {
    const labels = withEnglish((language) => chromeLabels[language]?.taxonomy, primary).flat()
    if (labels.length === 0) return /(?!)/
    const words = labels.filter((label) => !label.includes(' ')).map(escapeRegExp)
    const phrases = labels.filter((label) => label.includes(' ')).map((label) => escapeRegExp(label).replace(/ /g, '\\s+'))
    // Anchored, so that nearly every line is turned away at its first word; the terms may run over lines ('s').
    return new RegExp(`^\\s*(?:(?:${words.join('|')})\\s*:|(?:${phrases.join('|')})\\s*:?)\\s*(\\S.*)$`, 'isu')
  })
  const terms = pattern.exec(line)?.[1]
  if (terms === undefined) return false
  const count = wordCount(terms)
  return count <= taxonomyWords && (/[,;•|·]/u.test(terms) || count <= taxonomyBareWords)
}

/** Whether a line is a notice of a blog's comment form, in the page's language or English (`commentForm`). */
export function isCommentFormNotice(line: string, lang: string | undefined): boolean {
  return opensWith(commentFormPatterns, 'commentForm', line, lang)
}

const postMetaPatterns = new Map<string, RegExp>()
const commentFormPatterns = new Map<string, RegExp>()

// The rules of a comment section are a line or two.
const policyWords = 60

/** Whether a short block states a comment section's rules, in the page's language or English (`commentPolicy`). */
export const isCommentPolicy = wordPairRule((lang) => {
  const policy = chromeLabels[lang]?.commentPolicy
  return policy && [policy.comments, policy.rules]
}, policyWords)

/** Whether `line` opens with one of the language's (or English) openings listed under `key`. */
function opensWith(cache: Map<string, RegExp>, key: 'postMeta' | 'commentForm', line: string, lang: string | undefined): boolean {
  // Asked of every line of a body: one anchored pattern per language, not a lower-cased copy of each line.
  const pattern = perLanguage(cache, primaryLanguage(lang, 'en'), (primary) => {
    const openings = withEnglish((language) => chromeLabels[language]?.[key], primary).flat()
    if (openings.length === 0) return /(?!)/
    return new RegExp(`^\\s*(?:${openings.map((opening) => escapeRegExp(opening).replace(/ /g, '\\s+')).join('|')})`, 'iu')
  })
  return pattern.test(line)
}


/** Whether a whole line counts comments, in the page's language or English (see `isCommentCount`). */
export function countsComments(line: string, lang: string | undefined): boolean {
  return line.length <= 200 && isCommentCount(line.replace(/\s+/g, ' ').trim(), primaryLanguage(lang, 'en'))
}

/**
 * The post's title that a comments section's heading names in quotes — "5
 * thoughts on “JSON parsing: simdjson vs. JSON for Modern C++”", "2 Kommentare
 * zu „Die Überforderung durch Überangebote“" — as blog themes print it
 * verbatim; undefined for any other line.
 */
export function commentedTitle(line: string, lang: string | undefined): string | undefined {
  // Most lines do not end on a closing quote: they are turned away before the pattern is tried.
  if (!/["”“»’]\s*$/u.test(line) || !countsComments(line, lang)) return undefined
  return /["“„«‘](.+)["”“»’]\s*$/u.exec(line)?.[1]?.trim()
}

/** One pattern per language, with English: a comment count, then the post's title when a preposition asks for one. */
const countPatterns = new Map<string, RegExp | null>()

function commentCountPattern(language: string): RegExp | null {
  return perLanguage(countPatterns, language, buildCountPattern)
}

function buildCountPattern(lang: string): RegExp | null {
  const sets = withEnglish((language) => chromeLabels[language]?.commentCount, lang)
  const counts = alternation(sets.flatMap((set) => set.counts))
  const nouns = alternation(sets.flatMap((set) => set.nouns))
  // A count (digits, or a word for none or one), a noun, then nothing but a colon, or the post's title
  // (in quotes, or after a preposition the noun ends with — the caller checks which).
  // Or the noun, then the count in brackets: "Comments (32)", "Komentarze(9)".
  return sets.length === 0
    ? null
    : new RegExp(`^(?:(?:\\d[\\d.,\\u00a0 ]*|${counts})\\s+(${nouns})(?:\\s*[:»›(]?\\s*$|\\s+(\\S.*))|(?:${nouns})\\s*[([]\\d+[)\\]])$`, 'iu')
}

/**
 * A comments section's heading that counts them: "2 Kommentare", "No comments:",
 * "One thought on “Python 3: …”", "11 responses to “…”", "Comments (32)". A title follows only a
 * noun that ends with its preposition, or comes in quotes; a line that ends as
 * a sentence ends is a sentence ("3 responses to the crisis were found.").
 */
function isCommentCount(text: string, lang: string): boolean {
  const match = commentCountPattern(lang)?.exec(text)
  if (!match) return false
  const [, noun = '', title] = match
  if (title === undefined) return true
  if (/[.!?]$/u.test(title) && !/["”’»“]$/u.test(title)) return false
  return /\s\p{L}+$/u.test(noun) || /^["“„«‘'”]/u.test(title)
}

/** Labels that introduce another article's title on the same line, longest first, by language; and one regexp of them all, to turn most lines away at once. */
const leading = new Map<string, {list: Array<[string, ChromeKind | 'tail']>; prefix: RegExp}>()

/**
 * The marks a page sets before a link to another of its articles, in any
 * language: ">> Wegen Corona: … <<", ">>> Zulieferer FACC profitiert …",
 * "► Die Ergebnisse im Überblick". Not « or », which open quotations.
 */
export const linkArrows = ['>>>', '>>', '►', '▶', '→', '➤', '➔', '▸']

// A linked title is a few words at least: "► Mehr" is a label, which labelKind reads.
const arrowTitleWords = 4
const arrowMark = new RegExp(`^(?:${linkArrows.map(escapeRegExp).join('|')})\\s*`, 'u')

/**
 * A line that is a link to another article, set off by an arrow: the mark,
 * then a title as a label's is (`readsAsTitle`; the arrow may close it,
 * ">> … <<"), four words or more, nothing of code. A Python prompt (">>> x =
 * 10", ">>> import a") is code, lower case or with its operators, and an
 * article's sentence after an arrow ("► Das Museum ist ab Montag wieder
 * offen.") ends as sentences do.
 */
export function isArrowLink(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim()
  if (text.length > 200) return false
  if (isArrowButton(text)) return true
  const mark = arrowMark.exec(text)
  if (!mark) return false
  const title = text.slice(mark[0].length).replace(/\s*<{2,3}$/u, '')
  return readsAsTitle(title) && wordCount(title) >= arrowTitleWords && !/[={}[\]]|[\p{L}\p{N}_]\(/u.test(title)
}

// A link's words before its arrow are a call or a title: "Zum Deal »", "Jetzt 1000 Euro Kredit sichern »", "Next post →".
const arrowButtonWords = 8
// The arrow after them: one of the link marks, or », › or > after a space — not « », ‹ ›, » », which quote.
const closingArrow = new RegExp(`\\s(?:${[...linkArrows, '»', '›', '>'].map(escapeRegExp).join('|')})$`, 'u')

/**
 * A link's words with an arrow after them, a button or a teaser's link:
 * "HIER KOSTENLOS ANMELDEN »", "Alle 120 Kommentare im Forum lesen →",
 * "Spanien >". Eight words at most, no other quotation mark of their kind in
 * the line (French « … », Swedish » … »: a quotation), no sentence's end
 * before the arrow.
 */
function isArrowButton(text: string): boolean {
  if (!closingArrow.test(text) || /[«‹]|[»›].*[»›]/u.test(text)) return false
  const words = text.replace(closingArrow, '')
  return words !== '' && wordCount(words) <= arrowButtonWords && !/[.!?:;,]$/u.test(words) && /\p{L}/u.test(words)
}

/**
 * Another article's title after a label or a link's mark: it starts as a title
 * does and does not end as a statement or an exclamation does (a title may
 * ask: "PUEDES VER: ¿Qué es …?").
 */
function readsAsTitle(text: string): boolean {
  return /^["“„«‘'(¿¡]?[\p{Lu}\p{Lo}\p{N}]/u.test(text) && !/[.!…]["”’»)]*$/u.test(text)
}

/**
 * The kind of a line that opens with a label introducing other content —
 * "Срочные новости Что известно о…", "Читайте также: Захарова объявила…",
 * "Read more: …", "Vorheriger ArtikelImmer mehr Wildschweine in Köln" —
 * followed by a title, not a sentence: breaking news, a promo of related
 * articles (`tail` labels), or the link to the post before or after this one
 * (`adjacent`). Undefined for any other line.
 */
export function leadingLabelKind(line: string, lang: string | undefined): 'breaking-news' | 'promo' | 'navigation' | undefined {
  if (line.length > 300) return undefined
  const text = line.replace(/\s+/g, ' ').trim()
  if (text.length > 200) return undefined
  const primary = primaryLanguage(lang, 'en')
  const labels = perLanguage(leading, primary, (language) => {
    const adjacent = withEnglish((entry) => chromeLabels[entry]?.adjacent, language)
      .flat()
      .map((label): [string, ChromeKind | 'tail'] => [label, 'navigation'])
    const list = [...[...labelsFor(language)].filter(([, kind]) => kind === 'tail' || kind === 'breaking-news'), ...adjacent].sort((a, b) => b[0].length - a[0].length)
    return {list, prefix: new RegExp(`^(?:${list.map(([label]) => escapeRegExp(label)).join('|')})`, 'iu')}
  })
  if (!labels.prefix.test(text)) return undefined
  const lower = text.toLowerCase()
  for (const [label, kind] of labels.list) {
    if (!lower.startsWith(label)) continue
    const after = text.slice(label.length)
    const rest = after.replace(/^\s*[:|»›>–—-]?\s*/u, '')
    // The label parted from the title by a mark or a space, or glued to it as a scraper joins two links'
    // texts: a lower-case letter, then a capital ("ArtikelImmer") — not a longer word the label begins.
    const parted = rest !== after || /\p{Ll}$/u.test(text.slice(0, label.length)) && /^\p{Lu}/u.test(after)
    // The rest is a title: it starts like one and does not end as a sentence does.
    if (rest.length < 8 || !parted || !readsAsTitle(rest)) continue
    return kind === 'breaking-news' ? 'breaking-news' : kind === 'navigation' ? 'navigation' : 'promo'
  }
  return undefined
}

/**
 * Words of a notice about the reader's browser rather than the article — its
 * cookies, its scripts — the same in most languages written in Latin letters
 * ("Wir verwenden Cookies", "Bitte aktivieren Sie JavaScript", "This site uses
 * cookies"). Only above the headline do they make a line furniture.
 */
export const browserNoticeWords = ['cookie', 'cookies', 'javascript', 'куки', 'файлы cookie']
