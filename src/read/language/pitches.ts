import {perLanguage, primaryLanguage, withEnglish} from '../../model/lang.js'
import type {ChromeKind} from '../../model/types.js'
import {isArrowLink, isTaxonomyLine, leadingLabelKind} from './chrome-labels.js'
import {wholeWords} from '../../model/regexp.js'
import type {WordTest} from '../../model/regexp.js'
import {wordListRule, wordPairRule, wordTableRule} from './word-pairs.js'
import {endsLikeSentence, wordCount} from './words.js'
import {isPictureCredit} from './picture-credits.js'
import {isDisguised} from './disguised.js'
import {isCartButton, isCartNotice} from './cart.js'

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
  en: {
    names: ['newsletter', 'newsletters', 'inbox', 'inboxes', 'email updates', 'daily briefing', 'morning briefing', 'evening briefing', 'daily edition', 'daily digest', 'weekly digest'],
    // Delivered "straight to your inbox": the pitch names its own delivery, which no report of e-mail does.
    // "Yes, I would like …": a sign-up form's box to tick, in the reader's own voice.
    calls: ['sign up', 'signing up', 'subscribe', 'subscribing', 'register', 'join', 'stay up to date', 'stay informed', 'keep up to date', 'never miss', 'straight to your inbox', 'directly to your inbox', 'delivered to your inbox', 'yes, i would like', 'yes, i want to receive']
  },
  de: {
    names: ['newsletter', 'postfach', 'posteingang'],
    calls: ['abonnieren', 'abonniere', 'abonniert', 'anmelden', 'melde dich', 'melden sie sich', 'bestellen', 'registrieren', 'eintragen', 'trage dich', 'tragen sie sich', 'auf dem laufenden', 'verpassen sie keine', 'verpasse keine', 'direkt in dein postfach', 'direkt in ihr postfach', 'direkt ins postfach', 'ja, ich möchte']
  },
  fr: {
    names: ['newsletter', 'lettre d’information', "lettre d'information", 'infolettre', 'boîte mail', 'boîte de réception'],
    calls: ['abonnez-vous', 's’abonner', "s'abonner", 'inscrivez-vous', 's’inscrire', "s'inscrire", 'restez informé', 'restez informés', 'directement dans votre boîte', 'oui, je souhaite', 'oui, je veux recevoir']
  },
  es: {names: ['newsletter', 'boletín', 'bandeja de entrada'], calls: ['suscríbete', 'suscríbase', 'suscribirse', 'suscribirte', 'regístrate', 'apúntate', 'mantente informado', 'no te pierdas', 'sí, deseo', 'quiero recibir']},
  it: {names: ['newsletter'], calls: ['iscriviti', 'iscrivetevi', 'abbonati', 'registrati']},
  pt: {names: ['newsletter', 'caixa de entrada'], calls: ['assine', 'inscreva-se', 'cadastre-se']},
  nl: {names: ['nieuwsbrief', 'inbox'], calls: ['abonneer', 'schrijf je in', 'meld je aan', 'aanmelden']},
  pl: {names: ['newsletter', 'newslettera', 'newsletterze'], calls: ['zapisz się', 'subskrybuj', 'zasubskrybuj', 'tak, chcę otrzymywać']},
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

/**
 * A post's disclosure that it is advertising, by language: the words of the
 * advertising ("Werbung", "Anzeige", "sponsored", "advertisers") and of the
 * post itself ("dieser Beitrag", "this post", "este artículo") or of its
 * independence ("do not influence"). "*Werbung. Dieser Beitrag enthält
 * Werbung für …", "advertisers do not influence our picks": the site's notice.
 */
export const sponsorWords: Record<string, {advertising: string[]; post: string[]}> = {
  en: {advertising: ['advertising', 'advertisement', 'advertisers', 'sponsored', 'paid partnership'], post: ['this post', 'this article', 'this video', 'do not influence', 'don’t influence', "don't influence"]},
  // Not "enthält" alone: "Der Gesetzentwurf enthält ein Verbot der Werbung für Tabak".
  de: {advertising: ['werbung', 'anzeige', 'gesponsert', 'kooperation', 'sponsoring'], post: ['dieser beitrag', 'dieser artikel', 'dieses video']},
  fr: {advertising: ['publicité', 'sponsorisé', 'partenariat'], post: ['cet article', 'ce contenu']},
  es: {advertising: ['publicidad', 'patrocinado', 'contenido pagado'], post: ['este artículo', 'esta nota', 'este contenido']},
  it: {advertising: ['pubblicità', 'sponsorizzato'], post: ['questo articolo', 'questo contenuto']},
  pt: {advertising: ['publicidade', 'patrocinado'], post: ['este artigo', 'este conteúdo']},
  nl: {advertising: ['advertentie', 'gesponsord', 'reclame'], post: ['dit artikel', 'deze post']},
  pl: {advertising: ['reklama', 'sponsorowany', 'współpraca reklamowa'], post: ['ten wpis', 'ten artykuł']}
}

/**
 * A site's question about the article, by language: the article named as the
 * site names its own ("this article", "der Artikel", "dieser Beitrag") and
 * the reader's verdict asked for ("helpful", "gefallen", "nützlich", "útil").
 * "War der Artikel nützlich?", "Hat dir dieser Artikel gefallen? Dann …",
 * "Was this article helpful?": a widget's prompt under the article.
 */
export const feedbackWords: Record<string, {article: string[]; verdict: string[]}> = {
  // Not a law's article ("l'article 49.3 est utile", "el artículo 27"), a fee ("der Beitrag"), an interest
  // rate, or a story someone would not share: the article as the site names its own, a verdict asked of it.
  en: {article: ['this article', 'this post', 'this story', 'this page'], verdict: ['helpful', 'useful', 'enjoy', 'enjoyed', 'what you think', 'rate it', 'rate this article', 'rate this post']},
  // Asked to share it, in the reader's person ("Möchten Sie den Artikel teilen?", "Teile diesen Beitrag"): not English's
  // "share", which a report says of what someone did not tell.
  de: {
    article: ['der artikel', 'dieser artikel', 'diesen artikel', 'den artikel', 'dieser beitrag', 'diesen beitrag', 'unseren beitrag', 'unseren artikel', 'artikel gefallen'],
    verdict: ['gefallen', 'gefällt', 'nützlich', 'hilfreich', 'teilen', 'teile', 'bewerten', 'bewerte', 'bewertest', 'bewertet']
  },
  fr: {article: ['cet article'], verdict: ['utile', 'vous a plu', 'aimé']},
  es: {article: ['este artículo', 'esta nota'], verdict: ['útil', 'te gustó', 'le gustó', 'te ha gustado']},
  it: {article: ['questo articolo'], verdict: ['utile', 'piaciuto']},
  pt: {article: ['este artigo', 'esta matéria'], verdict: ['útil', 'gostou']},
  nl: {article: ['dit artikel'], verdict: ['nuttig', 'leuk gevonden']},
  pl: {article: ['ten artykuł'], verdict: ['przydatny', 'podobał']}
}

/**
 * A blog's offer of its posts by e-mail, by language: the mail ("e-mail",
 * "your email") and what it brings, new posts or comments ("neue Beiträge",
 * "new posts", "weiteren Kommentaren"). "Um neue Beiträge per E-Mail zu
 * erhalten, hier die E-Mail-Adresse eingeben.", "Enter your email … to
 * receive future announcements": a newsletter by another name.
 */
export const mailAlertWords: Record<string, {mail: string[]; posts: string[]}> = {
  // "New posts" alone are also jobs ("new posts would be created", "neue Beiträge" premiums): the offer's own phrasing.
  en: {mail: ['email', 'e-mail', 'your email', 'email address'], posts: ['notifications of new posts', 'new posts by email', 'new posts via email', 'new comments via email', 'future announcements']},
  de: {mail: ['e-mail', 'e-mail-adresse', 'email', 'email-adresse'], posts: ['neue beiträge per', 'über neue beiträge', 'über neue artikel', 'weiteren kommentaren', 'neue kommentare per']},
  fr: {mail: ['e-mail', 'email', 'courriel'], posts: ['nouveaux articles', 'nouvelles publications', 'nouveaux commentaires']},
  es: {mail: ['correo', 'correo electrónico', 'email', 'e-mail'], posts: ['nuevas entradas', 'nuevos artículos', 'nuevos comentarios']},
  it: {mail: ['email', 'e-mail'], posts: ['nuovi articoli', 'nuovi commenti']},
  pt: {mail: ['e-mail', 'email'], posts: ['novos posts', 'novos artigos', 'novos comentários']},
  nl: {mail: ['e-mail', 'email'], posts: ['nieuwe berichten', 'nieuwe artikelen', 'nieuwe reacties']},
  pl: {mail: ['e-mail', 'email', 'mailem'], posts: ['nowe wpisy', 'nowych wpisach', 'nowe komentarze']}
}

/**
 * A placeholder for what the page would load with the reader's consent, by
 * language: the consent or the script asked for ("akzeptieren Sie",
 * "zustimmen", "enable JavaScript") and what it is for ("die
 * Datenschutzerklärung", "Inhalte von", "the comments"). "Mit dem Laden des
 * Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram.", "Please
 * enable JavaScript to view the comments powered by Disqus.": in place of an
 * embed, and read once for each.
 */
export const consentWords: Record<string, {consent: string[]; object: string[]}> = {
  // Asked of the reader, in every language: the news reports that users "must agree" to a policy in the third person.
  en: {
    consent: ['you agree', 'you accept', 'enable javascript', 'click on the button', 'click the button'],
    object: ['privacy policy', 'third-party', 'view the comments', 'load this content', 'load the content', 'terms & conditions', 'terms and conditions']
  },
  de: {
    // "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.": a consent plugin's placeholder.
    // "… stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her": the embed, not loaded without it.
    consent: ['akzeptieren sie', 'akzeptiere ich', 'stimmen sie', 'zustimmen und', 'aktivieren sie javascript', 'ihre einwilligung', 'klicken sie auf den', 'klicke auf den', 'ohne dein einverständnis', 'ohne ihr einverständnis'],
    object: ['datenschutzerklärung', 'inhalte von', 'inhalt von', 'inhalt laden', 'externen inhalt', 'externe inhalte', 'nutzungsbedingungen', 'verbindung zu']
  },
  fr: {consent: ['vous acceptez', 'activez javascript'], object: ['politique de confidentialité', 'contenu externe', 'ce contenu']},
  es: {consent: ['aceptas', 'habilita javascript'], object: ['política de privacidad', 'contenido externo', 'este contenido']},
  it: {consent: ['accetti', 'abilita javascript'], object: ['informativa sulla privacy', 'contenuto esterno', 'questo contenuto']},
  pt: {consent: ['você aceita', 'ative o javascript'], object: ['política de privacidade', 'conteúdo externo', 'este conteúdo']},
  nl: {consent: ['u accepteert', 'schakel javascript in'], object: ['privacybeleid', 'externe inhoud', 'deze inhoud']},
  pl: {consent: ['akceptujesz', 'zaakceptuj', 'włącz javascript'], object: ['polityką prywatności', 'politykę prywatności', 'treści zewnętrzne']}
}

// A pitch or a notice is a line or two; a paragraph longer than this that names a newsletter is about one.
const pitchWordsAtMost = 40
// A newsletter's pitch, an offer of posts by e-mail and a cookie banner carry their form's small print with them
// (the confirmation mail to look for, the buttons' names): a sentence or two more than a pitch.
const formNoticeWordsAtMost = 60
// A disclosure may say a little more (what the links are marked with, what the reader pays).
const disclosureWordsAtMost = 60

/** Whether `text` is a short block that names a newsletter and calls to sign up for it, in the page's language or English. */
export const isNewsletterPitch = wordTableRule(pitchWords, 'names', 'calls', formNoticeWordsAtMost)

// A newsletter's box is headed by its name: a title of this many words at most ("PC Gamer Newsletter").
const newsletterTitleWords = 10
const newsletterNames = new Map<string, WordTest>()
// A newsletter's names that an address uses for something else: a pitch needs them beside a call, a title does not have one.
const addressNames = new Set(['postfach'])

/**
 * A title that names a newsletter ("GET THE BOING BOING NEWSLETTER", "Greator
 * Newsletter", "Get the Most Popular … Stories in a Weekly Newsletter"): the
 * heading of its box. Not a line that ends as a sentence or a label does
 * ("Inhalte für den nächsten Newsletter:"). A title names the newsletter or
 * the inbox it comes to; "Postfach" is also a post-office box, which a
 * line of contact details names ("Adresse: … Postfach 267, CH-4005 Basel").
 */
function isNewsletterTitle(text: string, lang: string | undefined): boolean {
  if (text.length > newsletterTitleWords * 12 || /[.:;,]\s*$/u.test(text) || wordCount(text) > newsletterTitleWords) return false
  const names = perLanguage(newsletterNames, primaryLanguage(lang, 'en'), (language) =>
    wholeWords(withEnglish((entry) => pitchWords[entry]?.names, language).flat().filter((name) => !name.includes(' ') && !addressNames.has(name)))
  )
  return names.test(text)
}

const isMailAlert = wordTableRule(mailAlertWords, 'mail', 'posts', formNoticeWordsAtMost)

const isSponsorDisclosure = wordTableRule(sponsorWords, 'advertising', 'post', pitchWordsAtMost)

const isConsentPlaceholder = wordTableRule(consentWords, 'consent', 'object', pitchWordsAtMost)

// A question about the article is a line; a paragraph that names one and a verdict is the article's.
const feedbackWordsAtMost = 30

const isFeedbackPrompt = wordTableRule(feedbackWords, 'article', 'verdict', feedbackWordsAtMost)

/**
 * A call to write to the site's letters page, by language: the letters ("letter
 * to the editor", "Leserbrief", "carta al director") and the call ("submit",
 * "schreiben", "envíe") — "Submit your letter to the editor via this form",
 * "Leserbrief schreiben". The section's name alone ("Letters to the Editor",
 * "Leserbriefe") heads real letters, and is not listed.
 */
export const letterWords: Record<string, {letters: string[]; calls: string[]}> = {
  en: {letters: ['letter to the editor', 'letters to the editor'], calls: ['submit', 'write', 'send']},
  de: {letters: ['leserbrief', 'leserbriefe'], calls: ['schreiben', 'aufgeben', 'einreichen', 'einsenden', 'senden']},
  fr: {letters: ['courrier des lecteurs', 'lettre à la rédaction'], calls: ['écrivez', 'envoyez', 'écrire']},
  es: {letters: ['carta al director', 'cartas al director'], calls: ['envíe', 'envía', 'escriba', 'escribe', 'enviar']},
  it: {letters: ['lettera al direttore', 'lettere al direttore'], calls: ['scrivi', 'scrivete', 'invia', 'inviate']},
  pt: {letters: ['carta ao editor', 'cartas ao editor', 'carta do leitor'], calls: ['envie', 'escreva', 'enviar']},
  nl: {letters: ['ingezonden brief', 'lezersbrief'], calls: ['schrijf', 'stuur', 'insturen']},
  pl: {letters: ['list do redakcji', 'listy do redakcji'], calls: ['napisz', 'wyślij', 'napiszcie']}
}

const isLetterCall = wordTableRule(letterWords, 'letters', 'calls', feedbackWordsAtMost)

/** Whether `text` is a short block that discloses the site's paid links, in the page's language or English. */
export const isLinkDisclosure = wordTableRule(disclosureWords, 'pay', 'links', disclosureWordsAtMost)

/**
 * A site's call to follow it elsewhere, by language: the channels ("Twitter",
 * "Telegram", "app", "canal") and the calls to follow or fetch them, in the
 * site's own person ("follow us", "folgen Sie uns", "síguenos", "download the
 * … app", "nuestro canal"). "Siguenos en Telegram, Instagram, Facebook y
 * Twitter", "¡Mira lo que tiene nuestro canal de YouTube!", "For the latest
 * stories download the … apps for iOS and Android": the site talking about
 * itself, at an article's end. A report that someone "followed" a politician
 * on Twitter has no call in the site's person. `verbs`, to follow in any
 * person, count only with an account's handle (isHandleFollow).
 */
export const followWords: Record<string, {channels: string[]; calls: string[]; verbs: string[]}> = {
  en: {
    channels: ['twitter', 'instagram', 'facebook', 'telegram', 'youtube', 'whatsapp', 'tiktok', 'linkedin', 'mastodon', 'google news', 'app', 'apps'],
    // The site's own person: fans who "follow them on Instagram", a protester's "join us", users who must "download the app" are news.
    calls: ['follow us', 'follow me', 'download our', 'get our', 'our channel', 'our youtube channel', 'our telegram channel', 'our whatsapp channel'],
    verbs: ['follow']
  },
  de: {
    channels: ['kanal', 'app', 'apps'],
    calls: ['folgen sie uns', 'folgt uns', 'folge uns', 'folge mir', 'folgt mir', 'abonniere uns', 'abonnieren sie uns', 'laden sie unsere', 'lade dir unsere', 'unser kanal', 'unseren kanal', 'unserem kanal'],
    // Not "Folge", an episode as often as a call: "Danke für die tolle Folge … via @name".
    verbs: ['folgen sie', 'folgt']
  },
  fr: {channels: ['chaîne', 'application', 'appli'], calls: ['suivez-nous', 'rejoignez-nous', 'téléchargez notre', 'téléchargez l’application', "téléchargez l'application", 'notre chaîne'], verbs: ['suivez', 'suivre']},
  es: {channels: ['canal', 'aplicación', 'app'], calls: ['síguenos', 'siguenos', 'síganos', 'siga', 'únete', 'unete', 'descarga nuestra', 'descargue nuestra', 'nuestro canal'], verbs: ['sigue', 'siga', 'seguir']},
  it: {channels: ['canale', 'app'], calls: ['seguici', 'scarica la nostra', 'scarica l’app', "scarica l'app", 'nostro canale'], verbs: ['segui', 'seguire']},
  pt: {channels: ['canal', 'aplicativo', 'app'], calls: ['siga-nos', 'baixe o', 'baixe nosso', 'inscreva-se no', 'nosso canal'], verbs: ['siga', 'segue', 'seguir']},
  nl: {channels: ['kanaal', 'app'], calls: ['volg ons', 'download onze', 'download de', 'ons kanaal'], verbs: ['volg', 'volgen']},
  pl: {channels: ['kanał', 'aplikację', 'aplikacji'], calls: ['obserwuj nas', 'dołącz do nas', 'pobierz aplikację', 'pobierz naszą', 'nasz kanał', 'naszego kanału'], verbs: ['obserwuj', 'śledź']},
  ru: {channels: ['канал', 'канале', 'телеграм', 'приложение'], calls: ['подписывайтесь', 'подпишитесь на наш', 'читайте нас', 'скачайте', 'наш канал'], verbs: ['подписывайтесь', 'следите']},
  uk: {channels: ['канал', 'каналі', 'телеграм', 'застосунок'], calls: ['підписуйтесь', 'підпишіться на наш', 'читайте нас', 'завантажте', 'наш канал'], verbs: ['підписуйтесь', 'стежте']}
}

/**
 * What a site offers on its channels, by language: its latest news, its
 * breaking news ("For the latest stories and breaking news updates download
 * the … apps", "Get the latest news straight to your phone with the … app").
 * With one of the channels of `followWords` in a line or two, it is the site
 * selling its app or its feed, whatever the verb; a report on a news app
 * says what the app does, not "the latest news" it brings.
 */
export const offerWords: Record<string, string[]> = {
  en: ['latest news', 'latest stories', 'breaking news', 'latest updates', 'latest headlines'],
  de: ['aktuelle nachrichten', 'aktuellen nachrichten', 'neueste nachrichten', 'neuesten nachrichten', 'eilmeldungen'],
  fr: ['dernières nouvelles', 'dernières actualités', 'dernières infos'],
  es: ['últimas noticias', 'noticias de última hora'],
  it: ['ultime notizie'],
  pt: ['últimas notícias'],
  nl: ['laatste nieuws'],
  pl: ['najnowsze wiadomości', 'najświeższe wiadomości'],
  ru: ['последние новости'],
  uk: ['останні новини']
}

/**
 * A site's appeal for support, by language: the calls to give ("support
 * our", "Unterstützen Sie", "apóyanos", "faites un don") and what they are
 * for, the site's journalism or its work ("Unterstützen Sie unabhängigen
 * Journalismus!", "would you consider supporting our work?"). A report on a
 * foundation that funds newsrooms names no call in the second person.
 */
export const supportWords: Record<string, {calls: string[]; causes: string[]}> = {
  en: {
    calls: ['support us', 'support our', 'supporting our', 'support independent', 'donate', 'become a member', 'become a supporter', 'rely on your support', 'with your support'],
    causes: ['journalism', 'our work', 'our reporting', 'our newsroom', 'local news']
  },
  de: {
    // Not "unterstützen sie" alone: "Die Stiftungen unterstützen sie" is they, not you.
    calls: ['unterstützen sie uns', 'unterstützen sie unsere', 'unterstützen sie unseren', 'unterstützen sie unabhängigen', 'unterstütze uns', 'unterstütze unsere', 'unterstützt uns', 'spenden sie', 'jetzt spenden', 'werde mitglied', 'werden sie mitglied', 'ihr beitrag hilft', 'mit ihrer unterstützung', 'mit deiner unterstützung'],
    causes: ['journalismus', 'unsere arbeit', 'unsere redaktion', 'unsere berichterstattung']
  },
  fr: {calls: ['soutenez', 'soutenez-nous', 'faites un don', 'devenez membre'], causes: ['journalisme', 'notre travail', 'notre rédaction']},
  // "apoya", "dona" are also the third person ("el gobierno apoya el periodismo").
  es: {calls: ['apóyanos', 'apoyanos', 'hazte miembro', 'hazte socio', 'dona ahora'], causes: ['periodismo', 'nuestro trabajo', 'nuestra labor']},
  it: {calls: ['sostienici', 'sostieni', 'dona ora'], causes: ['giornalismo', 'nostro lavoro']},
  pt: {calls: ['apoie', 'faça uma doação'], causes: ['jornalismo', 'nosso trabalho']},
  nl: {calls: ['steun ons', 'doneer', 'word lid'], causes: ['journalistiek', 'ons werk']},
  pl: {calls: ['wesprzyj', 'wspieraj nas', 'wspieraj'], causes: ['dziennikarstwo', 'dziennikarstwa', 'naszą pracę', 'redakcję', 'darowizną', 'darowizny']}
}

/**
 * A paywall's notice, by language: the words of the subscription ("subscribe",
 * "subscriber", "Abonnenten", "suscriptores") and of the story it withholds
 * ("the full story", "this story", "weiterlesen", "la suite"). "To view the
 * full story, please subscribe", "Subscribe now … for the full story": what
 * follows is not the article. A registration wall is one too: registering or
 * logging in in place of the subscription ("Kostenlos registrieren und
 * weiterlesen", "Log in to continue reading"), and so is an offer of instant
 * access ("Instant access to the full article PDF.").
 */
export const paywallWords: Record<string, {subscription: string[]; story: string[]}> = {
  en: {subscription: ['subscribe', 'subscriber', 'subscribers', 'subscription', 'register', 'log in', 'sign in', 'instant access'], story: ['full story', 'full article', 'this story', 'this article', 'continue reading', 'keep reading', 'read the rest']},
  de: {subscription: ['abonnieren', 'abonnent', 'abonnenten', 'abonnentin', 'abo', 'registrieren', 'anmelden', 'einloggen', 'sofortigen zugriff', 'sofortiger zugriff'], story: ['weiterlesen', 'ganzen artikel', 'vollständigen artikel', 'diesen artikel', 'artikel lesen']},
  fr: {subscription: ['abonnez-vous', 'abonné', 'abonnés', 'abonnement', 'inscrivez-vous', 'connectez-vous', 'accès immédiat'], story: ['la suite', 'lire la suite', 'cet article', 'article complet']},
  es: {subscription: ['suscríbete', 'suscriptor', 'suscriptores', 'suscripción', 'regístrate', 'inicia sesión', 'acceso inmediato'], story: ['seguir leyendo', 'nota completa', 'artículo completo', 'esta nota']},
  it: {subscription: ['abbonati', 'abbonato', 'abbonamento', 'registrati', 'accedi'], story: ['continua a leggere', 'articolo completo']},
  pt: {subscription: ['assine', 'assinante', 'assinantes', 'assinatura'], story: ['continue lendo', 'matéria completa', 'esta reportagem']},
  nl: {subscription: ['abonnee', 'abonnement', 'abonneer', 'registreer', 'log in'], story: ['verder lezen', 'dit artikel', 'het hele artikel']},
  pl: {subscription: ['subskrypcję', 'subskrypcji', 'prenumeratę', 'prenumeraty', 'zaloguj się', 'zarejestruj się'], story: ['cały artykuł', 'ten artykuł', 'czytaj dalej']}
}

/**
 * A site's notice about its cookies, by language: the cookies, and the site
 * saying it uses them or asking the reader to agree ("Wir verwenden Cookies,
 * um …", "This website uses cookies. By continuing …", "Datenschutz & Cookies:
 * Diese Website verwendet Cookies. Wenn du …, stimmst du …"). A banner that
 * the scrape kept wherever it stood, after the article as often as above it;
 * a report on cookies says who uses them ("Google uses cookies to …"), not
 * "we", and asks no one's consent.
 */
export const cookieWords: Record<string, {cookies: string[]; site: string[]}> = {
  en: {cookies: ['cookie', 'cookies'], site: ['we use', 'we are using', 'this site uses', 'this website uses', 'our site uses', 'our website uses', 'you agree', 'you consent', 'accept', 'by continuing']},
  de: {
    cookies: ['cookie', 'cookies'],
    site: ['wir verwenden', 'wir nutzen', 'wir setzen', 'diese website verwendet', 'diese webseite verwendet', 'diese seite verwendet', 'diese website nutzt', 'einverstanden', 'stimmst du', 'stimmen sie', 'akzeptieren', 'akzeptiere']
  },
  fr: {cookies: ['cookie', 'cookies', 'témoins'], site: ['nous utilisons', 'ce site utilise', 'vous acceptez', 'accepter', 'en poursuivant']},
  es: {cookies: ['cookie', 'cookies'], site: ['utilizamos', 'usamos', 'este sitio utiliza', 'este sitio web utiliza', 'aceptas', 'aceptar']},
  it: {cookies: ['cookie'], site: ['utilizziamo', 'questo sito utilizza', 'accetti', 'accetta']},
  pt: {cookies: ['cookie', 'cookies'], site: ['utilizamos', 'usamos', 'este site utiliza', 'este site usa', 'aceita', 'aceitar', 'concorda']},
  nl: {cookies: ['cookie', 'cookies'], site: ['wij gebruiken', 'we gebruiken', 'deze website gebruikt', 'deze site gebruikt', 'akkoord', 'accepteren']},
  pl: {cookies: ['cookie', 'cookies', 'ciasteczek', 'ciasteczka'], site: ['używamy', 'ta strona używa', 'ta strona korzysta', 'akceptujesz', 'zgadzasz się']}
}

/**
 * A site's notice about the reader's browser, by language: the browser or its
 * scripts, addressed to the reader ("your browser", "Ihr Browser",
 * "JavaScript"), and what is wrong with them or to be done ("disabled",
 * "veraltet", "aktivieren", "update"). "Sie haben Javascript für Ihren Browser
 * deaktiviert.", "Dein Browser ist leider veraltet.": what a page prints when
 * its scripts did not run — never the article, which a scraper then did not
 * get. The news says "the browser" or "users' browsers", not "your browser".
 */
export const browserWords: Record<string, {browser: string[]; state: string[]}> = {
  en: {browser: ['your browser', 'javascript', 'your web browser'], state: ['disabled', 'enable', 'out of date', 'outdated', 'not supported', 'update your', 'upgrade your', 'turned off']},
  de: {
    browser: ['ihr browser', 'ihren browser', 'ihrem browser', 'dein browser', 'deinen browser', 'deinem browser', 'javascript'],
    state: ['deaktiviert', 'aktivieren', 'aktiviere', 'veraltet', 'nicht unterstützt', 'aktualisieren', 'aktualisiere', 'ausgeschaltet']
  },
  fr: {browser: ['votre navigateur', 'javascript'], state: ['désactivé', 'activez', 'activer', 'obsolète', 'pas pris en charge', 'mettez à jour']},
  es: {browser: ['tu navegador', 'su navegador', 'javascript'], state: ['desactivado', 'habilita', 'activa', 'obsoleto', 'no es compatible', 'actualiza']},
  it: {browser: ['il tuo browser', 'javascript'], state: ['disattivato', 'disabilitato', 'abilita', 'attiva', 'obsoleto', 'non supportato', 'aggiorna']},
  pt: {browser: ['seu navegador', 'o seu navegador', 'javascript'], state: ['desativado', 'ative', 'habilite', 'desatualizado', 'não é compatível', 'atualize']},
  nl: {browser: ['uw browser', 'je browser', 'javascript'], state: ['uitgeschakeld', 'schakel', 'verouderd', 'niet ondersteund', 'update']},
  pl: {browser: ['twoja przeglądarka', 'twojej przeglądarce', 'twoją przeglądarkę', 'javascript'], state: ['wyłączony', 'wyłączona', 'włącz', 'przestarzała', 'nieobsługiwana', 'zaktualizuj']}
}

/**
 * A link to download the article or its parts, by language: the verb and
 * what is downloaded — "Grafik herunterladen", "Dieses Skript als PDF
 * herunterladen", "Télécharger au format EPUB", "Descargar PDF", "Download
 * image". A label of a few words, not a sentence: the page's button.
 * English applies on every page ("PDF download", "Download (PDF, 7MB)").
 */
export const downloadWords: Record<string, {verbs: string[]; things: string[]}> = {
  en: {verbs: ['download'], things: ['pdf', 'epub', 'mobi', 'mp3', 'image', 'photo', 'graphic', 'chart', 'file', 'video', 'audio', 'podcast', 'article', 'transcript']},
  de: {verbs: ['herunterladen', 'downloaden'], things: ['grafik', 'bild', 'foto', 'video', 'audio', 'datei', 'dokument', 'skript', 'artikel', 'podcast', 'folge']},
  fr: {verbs: ['télécharger', 'téléchargez'], things: ['format', 'l’article', "l'article", 'image', 'vidéo', 'fichier', 'document', 'communiqué', 'podcast']},
  es: {verbs: ['descargar', 'descarga', 'descargue'], things: ['imagen', 'foto', 'vídeo', 'video', 'archivo', 'documento', 'artículo', 'podcast']},
  it: {verbs: ['scarica', 'scaricare'], things: ['immagine', 'foto', 'video', 'file', 'documento', 'articolo', 'podcast']},
  pt: {verbs: ['baixar', 'baixe', 'descarregar'], things: ['imagem', 'foto', 'vídeo', 'arquivo', 'documento', 'artigo', 'podcast']},
  nl: {verbs: ['downloaden'], things: ['afbeelding', 'foto', 'video', 'bestand', 'document', 'artikel', 'podcast']},
  pl: {verbs: ['pobierz'], things: ['zdjęcie', 'grafikę', 'wideo', 'plik', 'dokument', 'artykuł', 'podcast']}
}

// A button's label is a few words.
const downloadWordsAtMost = 8

/**
 * A print button, by language: the verb ("print", "drucken", "imprimir") and
 * what it prints ("page", "Rezept", "artículo") — "Seite drucken", "Print this
 * page", "Rezept drucken Bei Pinterest speichern". A few words, no sentence,
 * as with a download.
 */
export const printWords: Record<string, {verbs: string[]; things: string[]}> = {
  en: {verbs: ['print'], things: ['page', 'article', 'story', 'recipe', 'post', 'list', 'view', 'version']},
  de: {verbs: ['drucken', 'ausdrucken'], things: ['seite', 'artikel', 'beitrag', 'rezept', 'einkaufsliste', 'tipp', 'pdf', 'druckversion']},
  fr: {verbs: ['imprimer'], things: ['page', 'l’article', "l'article", 'article', 'recette']},
  es: {verbs: ['imprimir'], things: ['página', 'artículo', 'noticia', 'receta']},
  it: {verbs: ['stampa', 'stampare'], things: ['pagina', 'articolo', 'ricetta']},
  pt: {verbs: ['imprimir'], things: ['página', 'artigo', 'notícia', 'receita']},
  nl: {verbs: ['printen', 'afdrukken', 'print'], things: ['pagina', 'artikel', 'recept']},
  pl: {verbs: ['drukuj', 'wydrukuj'], things: ['stronę', 'artykuł', 'przepis']}
}

/**
 * A magazine's promotion of its issue on sale, by language: the issue
 * ("aktuelle Ausgabe", "current issue", "dernier numéro") and where or how to
 * get it ("am Kiosk", "subscribe", "en kiosque") — "Die neue Ausgabe ist da:
 * selber machen - Jetzt am Kiosk!", "Aktuelle Ausgabe versandkostenfrei
 * bestellen". The label alone ("Aktuelle Ausgabe") is a label of its kind
 * (chrome-labels.ts).
 */
export const issueWords: Record<string, {issue: string[]; get: string[]}> = {
  en: {issue: ['current issue', 'latest issue', 'new issue', 'print edition', 'print issue', 'single issue'], get: ['subscribe', 'buy', 'order', 'on sale', 'newsstand', 'newsstands', 'available now', 'get your copy']},
  // The magazine the article came from ("Dieser Beitrag stammt aus Ausgabe 7/2019 … Das Heft ist … im Handel"), its single copies.
  de: {
    issue: ['aktuelle ausgabe', 'neue ausgabe', 'stammt aus ausgabe', 'stammt aus der ausgabe', 'das heft', 'printausgabe', 'einzelheft', 'einzelausgabe'],
    get: ['kiosk', 'bahnhofskiosk', 'abo', 'abonnieren', 'bestellen', 'kaufen', 'erhältlich', 'im handel', 'e-paper']
  },
  fr: {issue: ['dernier numéro', 'nouveau numéro'], get: ['kiosque', 'kiosques', 'abonnez-vous', 'achetez', 'commandez', 'disponible']},
  es: {issue: ['último número', 'nuevo número'], get: ['quiosco', 'quioscos', 'suscríbete', 'cómpralo', 'disponible']},
  it: {issue: ['ultimo numero', 'nuovo numero'], get: ['edicola', 'edicole', 'abbonati', 'acquista', 'disponibile']},
  pt: {issue: ['última edição', 'nova edição'], get: ['banca', 'bancas', 'assine', 'compre', 'disponível']},
  nl: {issue: ['nieuwste nummer', 'nieuwe nummer'], get: ['winkel', 'abonneer', 'bestel', 'verkrijgbaar']},
  pl: {issue: ['najnowszy numer', 'nowy numer', 'aktualne wydanie', 'tygodnika', 'miesięcznika'], get: ['kiosk', 'kioskach', 'prenumerata', 'prenumeraty', 'subskrypcji', 'zamów', 'kup', 'dostępny']}
}

const isIssuePromo = wordTableRule(issueWords, 'issue', 'get', pitchWordsAtMost)

/**
 * How long a media library keeps a video or a programme online, by language:
 * "Video verfügbar bis 28.02.2021", "Available until 12 May" — the player's
 * notice, a few words and no sentence ("Das Angebot ist verfügbar bis Ende
 * 2025." is the article's).
 */
export const availabilityWords: Record<string, string[]> = {
  en: ['available until', 'available to watch until'],
  de: ['verfügbar bis', 'abrufbar bis'],
  fr: ['disponible jusqu’au', "disponible jusqu'au", 'disponible jusqu’à', "disponible jusqu'à"],
  es: ['disponible hasta'],
  it: ['disponibile fino al', 'disponibile fino a'],
  pt: ['disponível até'],
  nl: ['beschikbaar tot'],
  pl: ['dostępny do', 'dostępne do']
}

// A player's notice is a line of a few words.
const availabilityWordsAtMost = 8

/** A rule over a button's or a player's label: the rule's words, and not a sentence ("Nutzer können das Video herunterladen."). */
const asLabel =
  (rule: (text: string, lang: string | undefined) => boolean) =>
  (text: string, lang: string | undefined): boolean =>
    !endsLikeSentence(text) && rule(text, lang)

/** A media library's notice of how long its video stays online (availabilityWords). */
const isAvailabilityNotice = asLabel(wordListRule(availabilityWords, availabilityWordsAtMost))

/** A download button's label (downloadWords). */
const isDownloadLink = asLabel(wordTableRule(downloadWords, 'verbs', 'things', downloadWordsAtMost))

/** A print button's label (printWords), as a download's: the share row's, as its plain "Print" is. */
const isPrintButton = asLabel(wordTableRule(printWords, 'verbs', 'things', downloadWordsAtMost))

// A notice about the browser is a line or two.
const isBrowserStateNotice = wordTableRule(browserWords, 'browser', 'state', pitchWordsAtMost)
const isCookieBanner = wordTableRule(cookieWords, 'cookies', 'site', formNoticeWordsAtMost)

// A call to follow, an appeal, a paywall's notice are a line or two, like a newsletter's pitch.
const isFollowCall = wordTableRule(followWords, 'channels', 'calls', pitchWordsAtMost)

const isFollowVerb = wordTableRule(followWords, 'channels', 'verbs', pitchWordsAtMost)

// An account's handle: "@JamaicaGleaner".
const handle = /(?:^|[\s(])@[\p{L}\p{N}_]{2,}/u

/**
 * A call to follow an account by its handle on a channel, in any person —
 * "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner": the handle
 * is what a reader is given to follow, and the news quotes an account
 * without telling the reader to follow it.
 */
const isHandleFollow = (text: string, lang: string | undefined): boolean => handle.test(text) && isFollowVerb(text, lang)

const isChannelOffer = wordPairRule((lang) => {
  const [offers, channels] = [offerWords[lang], followWords[lang]?.channels]
  return offers && channels && [offers, channels]
}, pitchWordsAtMost)

const isSupportAppeal = wordTableRule(supportWords, 'calls', 'causes', pitchWordsAtMost)

const isPaywallNotice = wordTableRule(paywallWords, 'subscription', 'story', pitchWordsAtMost)

/**
 * The terms of a subscription as its offer states them, by language: "Cancel
 * anytime", "Jederzeit kündbar", "Cancela cuando quieras", "Subscription will
 * auto renew annually" — an offer's small print, in the imperative or the
 * future, under a pitch; a report on subscriptions says what customers can do,
 * in the third person.
 */
export const subscriptionTerms: Record<string, string[]> = {
  en: ['cancel anytime', 'cancel any time', 'will auto renew', 'will auto-renew', 'will renew automatically', 'no commitment, cancel'],
  // Not "jederzeit kündigen": "Kann ich den Kredit jederzeit kündigen?" asks it of a loan.
  de: ['jederzeit kündbar', 'monatlich kündbar', 'jederzeit online kündbar'],
  fr: ['résiliable à tout moment', 'résiliable à tout instant', 'sans engagement, résiliable'],
  es: ['cancela cuando quieras', 'cancela en cualquier momento', 'cancelá cuando quieras'],
  it: ['disdici quando vuoi', 'disdici in qualsiasi momento', 'annulla quando vuoi'],
  pt: ['cancele quando quiser', 'cancele a qualquer momento'],
  nl: ['altijd opzegbaar', 'maandelijks opzegbaar', 'dagelijks opzegbaar'],
  pl: ['anuluj w dowolnym momencie', 'możesz zrezygnować w każdej chwili']
}

// The small print of an offer is a line or two.
const isSubscriptionTerms = wordListRule(subscriptionTerms, pitchWordsAtMost)

/**
 * A site's disclaimer of liability for what it lists, by language: "Alle
 * Angaben ohne Gewähr", "Irrtümer vorbehalten", "Errors and omissions
 * excepted" — the small print under a table of prices, dates or results. Not
 * "subject to change without notice", which articles about terms quote.
 */
export const liabilityWords: Record<string, string[]> = {
  en: ['errors and omissions excepted'],
  de: ['angaben ohne gewähr', 'irrtümer vorbehalten', 'irrtum vorbehalten', 'druckfehler vorbehalten', 'satzfehler vorbehalten'],
  fr: ['sauf erreur ou omission', 'sous réserve d’erreurs', "sous réserve d'erreurs"],
  es: ['salvo error u omisión', 'salvo error y omisión'],
  it: ['salvo errori e omissioni', 'salvo errori ed omissioni'],
  pt: ['salvo erro ou omissão'],
  nl: ['onder voorbehoud van fouten', 'druk- en zetfouten voorbehouden'],
  pl: ['z zastrzeżeniem błędów']
}

// A disclaimer of liability is a line.
const liabilityWordsAtMost = 15

const isLiabilityDisclaimer = wordListRule(liabilityWords, liabilityWordsAtMost)

/**
 * A paywall's meter, by language: the free articles it counts and the period
 * it counts them in — "Vous avez lu 1 des 4 articles gratuits ce mois-ci.",
 * "Noch 10 Gratis-Artikel diesen Monat.", "You have 3 free articles left this
 * month." The news about a site's paywall does not count the reader's articles.
 */
export const meterWords: Record<string, {free: string[]; period: string[]}> = {
  en: {free: ['free article', 'free articles', 'free stories'], period: ['this month', 'this week', 'remaining', 'left']},
  de: {free: ['gratis-artikel', 'kostenlose artikel', 'kostenlosen artikel', 'freie artikel', 'freien artikel'], period: ['diesen monat', 'in diesem monat', 'diese woche', 'übrig']},
  fr: {free: ['articles gratuits', 'article gratuit', 'articles offerts'], period: ['ce mois-ci', 'ce mois', 'cette semaine', 'restants']},
  es: {free: ['artículos gratis', 'artículos gratuitos', 'notas gratis', 'notas gratuitas'], period: ['este mes', 'esta semana', 'restantes']},
  it: {free: ['articoli gratuiti', 'articoli gratis'], period: ['questo mese', 'questa settimana', 'rimanenti']},
  pt: {free: ['artigos gratuitos', 'matérias gratuitas', 'reportagens gratuitas'], period: ['este mês', 'esta semana', 'restantes']},
  nl: {free: ['gratis artikelen', 'gratis artikel'], period: ['deze maand', 'deze week', 'resterend']},
  pl: {free: ['darmowe artykuły', 'bezpłatne artykuły', 'darmowych artykułów', 'bezpłatnych artykułów'], period: ['w tym miesiącu', 'w tym tygodniu', 'pozostało']}
}

// A meter is a line.
const meterWordsAtMost = 25

const isPaywallMeter = wordTableRule(meterWords, 'free', 'period', meterWordsAtMost)

/**
 * A site's disclaimer of the opinions it prints, by language: the opinions
 * ("opinions expressed", "die Meinung des Autors", "les opinions exprimées")
 * and the site's distance from them ("not necessarily", "alone", "nicht
 * notwendigerweise", "n'engagent que"). "Dieser Beitrag gibt die Meinung des
 * Autors wieder, nicht notwendigerweise die der Redaktion", "Opinions expressed
 * here are the author’s alone": the site's note on an opinion piece, a blog or
 * its comments, which the readers take for the article's closing credit, as
 * RFE/RL's "The views expressed in this commentary are the author's own" has
 * always been. A report of a politician's opinions does not disown them.
 */
export const disclaimerWords: Record<string, {opinions: string[]; distance: string[]}> = {
  en: {
    opinions: ['opinions expressed', 'views expressed', 'opinions of the author', 'views of the author', 'author’s own', "author's own", 'official views', 'the views of'],
    distance: ['not necessarily', 'do not reflect', 'does not reflect', 'are the author’s alone', "are the author's alone", 'are those of the author', 'solely the responsibility']
  },
  de: {
    opinions: ['meinung des autors', 'meinung der autorin', 'meinung der autoren', 'meinung der autorinnen', 'meinung des verfassers', 'meinung der redaktion'],
    distance: ['nicht notwendigerweise', 'nicht unbedingt', 'nicht zwingend', 'nicht die meinung']
  },
  fr: {opinions: ['opinions exprimées', 'propos tenus', 'avis exprimés'], distance: ['n’engagent que', "n'engagent que", 'pas nécessairement', 'ne reflètent pas']},
  es: {opinions: ['opiniones expresadas', 'opiniones vertidas', 'opinión del autor', 'opinión de los autores'], distance: ['no necesariamente', 'no reflejan', 'no refleja', 'exclusiva responsabilidad', 'responsabilidad exclusiva']},
  it: {opinions: ['opinioni espresse', 'opinione dell’autore', "opinione dell'autore"], distance: ['non necessariamente', 'non riflettono', 'esclusiva responsabilità']},
  pt: {opinions: ['opiniões expressas', 'opinião do autor', 'opiniões emitidas'], distance: ['não necessariamente', 'não refletem', 'responsabilidade exclusiva']},
  nl: {opinions: ['mening van de auteur', 'meningen van de auteur', 'geuite meningen'], distance: ['niet noodzakelijk', 'niet per se', 'geven niet']},
  pl: {opinions: ['opinie wyrażone', 'opinia autora', 'poglądy autora'], distance: ['nie odzwierciedlają', 'nie muszą', 'nie zawsze', 'wyłącznie']}
}

// A disclaimer names its institutions and what it does not endorse: three or four sentences at most.
const disclaimerWordsAtMost = 60

/** Whether `text` is a short block that disclaims the opinions the site prints, in the page's language or English. */
export const isOpinionDisclaimer = wordTableRule(disclaimerWords, 'opinions', 'distance', disclaimerWordsAtMost)

/**
 * A notice of the licence the site's texts are under, by language: the
 * licensing ("licensed under", "lizenziert", "sous licence") and a licence's
 * name ("Creative Commons", "CC BY-SA", "GFDL") — "This work is licensed under
 * a Creative Commons Attribution 4.0 International License.", "Dieser Text
 * wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE." A picture's
 * credit with its licence ("Foto: Timur | flickr | CC BY 2.0", "… via
 * Wikimedia Commons | Lizenz: CC BY 4.0") stays the picture's.
 */
export const licenceWords: Record<string, {licensing: string[]; names: string[]}> = {
  // How a site states its texts' licence — not "a licence" in an article about licences.
  en: {licensing: ['licensed under', 'is licensed', 'are licensed', 'published under', 'available under', 'license:', 'licence:'], names: ['creative commons', 'cc by', 'cc-by', 'cc0', 'gfdl', 'gnu free documentation']},
  de: {
    licensing: ['steht unter', 'stehen unter', 'lizenziert', 'lizensiert', 'unter der lizenz', 'unterliegen', 'veröffentlicht unter', 'lizenz:'],
    names: ['creative commons', 'creative-commons', 'cc by', 'cc-by', 'cc0', 'gfdl']
  },
  fr: {licensing: ['sous licence', 'sous la licence', 'mis à disposition selon', 'licence :', 'licence:'], names: ['creative commons', 'cc by', 'cc-by', 'cc0']},
  es: {licensing: ['bajo licencia', 'bajo una licencia', 'bajo la licencia', 'licenciado bajo', 'licencia:'], names: ['creative commons', 'cc by', 'cc-by', 'cc0']},
  it: {licensing: ['con licenza', 'sotto licenza', 'licenza:'], names: ['creative commons', 'cc by', 'cc-by', 'cc0']},
  pt: {licensing: ['sob licença', 'sob a licença', 'licenciado sob', 'licença:'], names: ['creative commons', 'cc by', 'cc-by', 'cc0']},
  nl: {licensing: ['gelicentieerd', 'valt onder', 'licentie:'], names: ['creative commons', 'cc by', 'cc-by', 'cc0']},
  pl: {licensing: ['na licencji', 'licencjonowany', 'licencja:'], names: ['creative commons', 'cc by', 'cc-by', 'cc0']}
}

// A licence's notice is a sentence or two (the licence's full name, what is excepted).
const licenceWordsAtMost = 60

const isLicenceNotice = wordTableRule(licenceWords, 'licensing', 'names', licenceWordsAtMost)

/**
 * What kind of the site's own voice a short block is, if any: a newsletter's
 * pitch or an offer of posts by e-mail; a disclosure of paid links or of
 * advertising, a disclaimer of liability, a placeholder asking consent for an
 * embed, a download button, a video's time online, a shop's cart (cart.ts); a print button; a call to follow the site, an
 * appeal for support, a paywall's notice, a magazine's issue on sale, an
 * advertisement in look-alike letters (disguised.ts); a question about the
 * article, a call to write a letter to the editor — sentences the classifier would keep, on no site's list of labels.
 * The HTML and the text reader ask the same.
 */
export function siteVoiceKind(text: string, lang: string | undefined): 'newsletter' | 'promo' | 'cookie-notice' | 'copyright' | 'share' | 'other' | undefined {
  if (isNewsletterPitch(text, lang) || isMailAlert(text, lang) || isNewsletterTitle(text, lang)) return 'newsletter'
  if (isLicenceNotice(text, lang) && !isPictureCredit(text, lang)) return 'copyright'
  if (isLinkDisclosure(text, lang) || isSponsorDisclosure(text, lang) || isConsentPlaceholder(text, lang) || isDownloadLink(text, lang) || isLiabilityDisclaimer(text, lang) || isAvailabilityNotice(text, lang)) return 'other'
  if (isCartButton(text, lang) || isCartNotice(text, lang)) return 'other'
  if (isPrintButton(text, lang)) return 'share'
  // After the embed's placeholder ("Please enable JavaScript to view the comments"), which is the embed's.
  if (isBrowserStateNotice(text, lang) || isCookieBanner(text, lang)) return 'cookie-notice'
  // An advertisement in look-alike letters is the site's (its own, or one it carries), whatever it says.
  if (isDisguised(text)) return 'promo'
  if (isFollowCall(text, lang) || isHandleFollow(text, lang) || isChannelOffer(text, lang) || isSupportAppeal(text, lang) || isPaywallNotice(text, lang) || isPaywallMeter(text, lang) || isSubscriptionTerms(text, lang) || isIssuePromo(text, lang)) return 'promo'
  // Last: "If you enjoyed this post, support our work" is an appeal before it is a question.
  return isFeedbackPrompt(text, lang) || isLetterCall(text, lang) ? 'other' : undefined
}

/**
 * What kind of furniture a block of the page's own making is, though it reads
 * as a sentence or a title: a label with another article's title on one line
 * ("MIRA: …", "Read more: …"), a post's line of terms ("Tags: …",
 * isTaxonomyLine), or the site's own voice (siteVoiceKind). Both
 * readers ask it of every paragraph and line, the HTML reader of subheads and
 * quote boxes too.
 */
export function ownWordsKind(text: string, lang: string | undefined): ChromeKind | undefined {
  // A post's line of terms links to the site's lists of posts: navigation — but no label with a title
  // after it (leadingLabelKind), which the HTML reader would take for the next article's headline.
  // A link to another article set off by an arrow (">> Wegen Corona: … <<") is a promo, as one after a "read also" label is.
  return leadingLabelKind(text, lang) ?? (isArrowLink(text) ? 'promo' : undefined) ?? (isTaxonomyLine(text, lang) ? 'navigation' : undefined) ?? siteVoiceKind(text, lang)
}
