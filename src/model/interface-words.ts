/**
 * The words altformat adds to an article in its outputs — the spoken "Photo
 * caption.", HTML's "Published", a braille volume's "Contents" and
 * "Transcriber's Notes", the read-along player's "Speed" — in the article's
 * language: a Russian article's reader should not hear or read English
 * labels among its Russian. `{name}` marks a value put in.
 *
 * Written by altformat's developers for the languages of RFE/RL's services
 * and of the development set; a language or a word missing here is said in
 * English. Corrections by native speakers are welcome (docs/languages.md).
 */
export interface InterfaceWords {
  /** Said before a photo's caption. */
  photoCaption: string
  /** Said around a quotation when quotations are announced. */
  quoteStart: string
  quoteEnd: string
  /** HTML: before the publication and update dates. */
  published: string
  updated: string
  /** HTML footer: "Source: {site}." and the line after it. */
  source: string
  madeWith: string
  /** HTML: the skip link, and the heading of an article without one. */
  skipToContent: string
  untitled: string
  /** A document's title when the article has no headline. */
  article: string
  /** Braille: the transcriber's notes page. */
  transcribersNotes: string
  transcriberNote: string
  noteIndicators: string
  missingBraille: string
  writtenAs: string
  leftOut: string
  /** Braille title pages and editions. */
  transcribedBy: string
  braillePage: string
  braillePages: string
  contents: string
  volumeOf: string
  from: string
  dateRange: string
  endOfVolume: string
  theEnd: string
  articles: string
  /** The read-along page's player. */
  speed: string
  highlight: string
  audio: string
  downloadAudio: string
  cannotPlay: string
}

const en: InterfaceWords = {
  photoCaption: 'Photo caption.',
  quoteStart: 'quote',
  quoteEnd: 'end quote',
  published: 'Published',
  updated: 'Updated',
  source: 'Source:',
  madeWith: 'Accessible version made with altformat.',
  skipToContent: 'Skip to main content',
  untitled: 'Untitled article',
  article: 'Article',
  transcribersNotes: "Transcriber's Notes",
  transcriberNote: "transcriber's note",
  noteIndicators: "transcriber's note indicators",
  missingBraille: 'The braille table has no braille for some characters of the print: {list}.',
  writtenAs: '{char} is written {as}',
  leftOut: '{char} is left out',
  transcribedBy: 'Transcribed by {name}',
  braillePage: 'Braille page {n}',
  braillePages: 'Braille pages {first} to {last}',
  contents: 'Contents',
  volumeOf: 'Volume {n} of {m}',
  from: 'From {sources}',
  dateRange: '{from} to {to}',
  endOfVolume: 'End of volume {n}',
  theEnd: 'The end',
  articles: 'Articles',
  speed: 'Speed',
  highlight: 'Highlight the sentence being read',
  audio: 'Audio',
  downloadAudio: 'Download the audio',
  cannotPlay: 'This browser cannot play the audio.'
}

/** By lower-case BCP 47 tag: a language, or a language and script where the scripts' words differ. */
export const interfaceWords: Record<string, Partial<InterfaceWords>> = {
  en,
  ru: {
    photoCaption: 'Подпись к фото.', quoteStart: 'цитата', quoteEnd: 'конец цитаты', published: 'Опубликовано', updated: 'Обновлено',
    source: 'Источник:', madeWith: 'Доступная версия подготовлена altformat.', skipToContent: 'Перейти к основному содержанию',
    untitled: 'Статья без заголовка', article: 'Статья', transcribersNotes: 'Примечания транскрибера', transcriberNote: 'примечание транскрибера', noteIndicators: 'знаки примечания транскрибера',
    missingBraille: 'В таблице Брайля нет знаков для некоторых символов печатного текста: {list}.', writtenAs: '{char} записан как {as}', leftOut: '{char} пропущен',
    transcribedBy: 'Перевод в шрифт Брайля: {name}', braillePage: 'Страница Брайля {n}', braillePages: 'Страницы Брайля {first}–{last}', contents: 'Содержание',
    volumeOf: 'Том {n} из {m}', from: 'Источники: {sources}', dateRange: '{from} – {to}', endOfVolume: 'Конец тома {n}', theEnd: 'Конец', articles: 'Статьи',
    speed: 'Скорость', highlight: 'Выделять читаемое предложение', audio: 'Аудио', downloadAudio: 'Скачать аудио', cannotPlay: 'Этот браузер не может воспроизвести аудио.'
  },
  uk: {
    photoCaption: 'Підпис до фото.', quoteStart: 'цитата', quoteEnd: 'кінець цитати', published: 'Опубліковано', updated: 'Оновлено',
    source: 'Джерело:', madeWith: 'Доступну версію підготовлено altformat.', skipToContent: 'Перейти до основного вмісту',
    untitled: 'Стаття без заголовка', article: 'Стаття', transcribersNotes: 'Примітки транскрибера', transcriberNote: 'примітка транскрибера', noteIndicators: 'знаки примітки транскрибера',
    missingBraille: 'У таблиці Брайля немає знаків для деяких символів друкованого тексту: {list}.', writtenAs: '{char} записано як {as}', leftOut: '{char} пропущено',
    transcribedBy: 'Переклад шрифтом Брайля: {name}', braillePage: 'Сторінка Брайля {n}', braillePages: 'Сторінки Брайля {first}–{last}', contents: 'Зміст',
    volumeOf: 'Том {n} з {m}', from: 'Джерела: {sources}', dateRange: '{from} – {to}', endOfVolume: 'Кінець тому {n}', theEnd: 'Кінець', articles: 'Статті',
    speed: 'Швидкість', highlight: 'Виділяти речення, яке читається', audio: 'Аудіо', downloadAudio: 'Завантажити аудіо', cannotPlay: 'Цей браузер не може відтворити аудіо.'
  },
  fa: {
    photoCaption: 'توضیح عکس.', quoteStart: 'نقل قول', quoteEnd: 'پایان نقل قول', published: 'تاریخ انتشار', updated: 'به‌روزرسانی',
    source: 'منبع:', madeWith: 'نسخهٔ دسترس‌پذیر ساخته‌شده با altformat.', skipToContent: 'پرش به محتوای اصلی',
    untitled: 'مطلب بدون عنوان', article: 'مطلب', transcribersNotes: 'یادداشت‌های برگرداننده', transcriberNote: 'یادداشت برگرداننده', noteIndicators: 'نشانه‌های یادداشت برگرداننده',
    missingBraille: 'جدول بریل برای برخی از نویسه‌های متن چاپی نشانه‌ای ندارد: {list}.', writtenAs: '{char} به صورت {as} نوشته شده است', leftOut: '{char} حذف شده است',
    transcribedBy: 'برگردان به بریل: {name}', braillePage: 'صفحهٔ بریل {n}', braillePages: 'صفحه‌های بریل {first} تا {last}', contents: 'فهرست مطالب',
    volumeOf: 'جلد {n} از {m}', from: 'منابع: {sources}', dateRange: '{from} – {to}', endOfVolume: 'پایان جلد {n}', theEnd: 'پایان', articles: 'مطالب',
    speed: 'سرعت', highlight: 'برجسته کردن جمله‌ای که خوانده می‌شود', audio: 'صدا', downloadAudio: 'دریافت فایل صوتی', cannotPlay: 'این مرورگر نمی‌تواند صدا را پخش کند.'
  },
  ro: {
    photoCaption: 'Descrierea fotografiei.', quoteStart: 'citat', quoteEnd: 'sfârșit de citat', published: 'Publicat', updated: 'Actualizat',
    source: 'Sursa:', madeWith: 'Versiune accesibilă realizată cu altformat.', skipToContent: 'Treci la conținutul principal',
    untitled: 'Articol fără titlu', article: 'Articol', transcribersNotes: 'Notele transcriptorului', transcriberNote: 'notă a transcriptorului', noteIndicators: 'semnele notei transcriptorului',
    missingBraille: 'Tabelul braille nu are braille pentru unele caractere ale textului tipărit: {list}.', writtenAs: '{char} este scris {as}', leftOut: '{char} este omis',
    transcribedBy: 'Transcris în braille de {name}', braillePage: 'Pagina braille {n}', braillePages: 'Paginile braille {first}–{last}', contents: 'Cuprins',
    volumeOf: 'Volumul {n} din {m}', from: 'Din {sources}', dateRange: '{from} – {to}', endOfVolume: 'Sfârșitul volumului {n}', theEnd: 'Sfârșit', articles: 'Articole',
    speed: 'Viteză', highlight: 'Evidențiază propoziția citită', audio: 'Audio', downloadAudio: 'Descarcă fișierul audio', cannotPlay: 'Acest browser nu poate reda fișierul audio.'
  },
  'sr-latn': {
    photoCaption: 'Opis fotografije.', quoteStart: 'citat', quoteEnd: 'kraj citata', published: 'Objavljeno', updated: 'Ažurirano',
    source: 'Izvor:', madeWith: 'Pristupačnu verziju napravio je altformat.', skipToContent: 'Pređi na glavni sadržaj',
    untitled: 'Članak bez naslova', article: 'Članak', transcribersNotes: 'Napomene priređivača', transcriberNote: 'napomena priređivača', noteIndicators: 'znaci napomene priređivača',
    missingBraille: 'Brajeva tabela nema znakove za neke znakove štampanog teksta: {list}.', writtenAs: '{char} je napisan kao {as}', leftOut: '{char} je izostavljen',
    transcribedBy: 'Na Brajevo pismo preneo: {name}', braillePage: 'Brajeva strana {n}', braillePages: 'Brajeve strane {first}–{last}', contents: 'Sadržaj',
    volumeOf: 'Tom {n} od {m}', from: 'Izvori: {sources}', dateRange: '{from} – {to}', endOfVolume: 'Kraj toma {n}', theEnd: 'Kraj', articles: 'Članci',
    speed: 'Brzina', highlight: 'Istakni rečenicu koja se čita', audio: 'Audio', downloadAudio: 'Preuzmi audio', cannotPlay: 'Ovaj pregledač ne može da pusti audio.'
  },
  'sr-cyrl': {
    photoCaption: 'Опис фотографије.', quoteStart: 'цитат', quoteEnd: 'крај цитата', published: 'Објављено', updated: 'Ажурирано',
    source: 'Извор:', madeWith: 'Приступачну верзију направио је altformat.', skipToContent: 'Пређи на главни садржај',
    untitled: 'Чланак без наслова', article: 'Чланак', transcribersNotes: 'Напомене приређивача', transcriberNote: 'напомена приређивача', noteIndicators: 'знаци напомене приређивача',
    missingBraille: 'Брајева табела нема знакове за неке знакове штампаног текста: {list}.', writtenAs: '{char} је написан као {as}', leftOut: '{char} је изостављен',
    transcribedBy: 'На Брајево писмо пренео: {name}', braillePage: 'Брајева страна {n}', braillePages: 'Брајеве стране {first}–{last}', contents: 'Садржај',
    volumeOf: 'Том {n} од {m}', from: 'Извори: {sources}', dateRange: '{from} – {to}', endOfVolume: 'Крај тома {n}', theEnd: 'Крај', articles: 'Чланци',
    speed: 'Брзина', highlight: 'Истакни реченицу која се чита', audio: 'Аудио', downloadAudio: 'Преузми аудио', cannotPlay: 'Овај прегледач не може да пусти аудио.'
  },
  kk: {
    photoCaption: 'Фотосурет сипаттамасы.', quoteStart: 'дәйексөз', quoteEnd: 'дәйексөздің соңы', published: 'Жарияланған күні', updated: 'Жаңартылған күні',
    source: 'Дереккөз:', madeWith: 'Қолжетімді нұсқаны altformat жасады.', skipToContent: 'Негізгі мазмұнға өту',
    untitled: 'Атаусыз мақала', article: 'Мақала', transcribersNotes: 'Брайльге аударушының ескертпелері', transcriberNote: 'аударушының ескертпесі', noteIndicators: 'аударушы ескертпесінің белгілері',
    missingBraille: 'Брайль кестесінде баспа мәтінінің кейбір таңбалары жоқ: {list}.', writtenAs: '{char} {as} түрінде жазылды', leftOut: '{char} алынып тасталды',
    transcribedBy: 'Брайльге аударған: {name}', braillePage: 'Брайль беті {n}', braillePages: 'Брайль беттері {first}–{last}', contents: 'Мазмұны',
    volumeOf: 'Том {n} / {m}', from: 'Дереккөздер: {sources}', dateRange: '{from} – {to}', endOfVolume: '{n}-томның соңы', theEnd: 'Соңы', articles: 'Мақалалар',
    speed: 'Жылдамдық', highlight: 'Оқылып жатқан сөйлемді белгілеу', audio: 'Аудио', downloadAudio: 'Аудионы жүктеп алу', cannotPlay: 'Бұл браузер аудионы ойната алмайды.'
  },
  az: {
    photoCaption: 'Foto izahı.', quoteStart: 'sitat', quoteEnd: 'sitatın sonu', published: 'Dərc olunub', updated: 'Yenilənib',
    source: 'Mənbə:', madeWith: 'Əlçatan versiya altformat ilə hazırlanıb.', skipToContent: 'Əsas məzmuna keçin',
    untitled: 'Başlıqsız məqalə', article: 'Məqalə', transcribersNotes: 'Brayla çevirənin qeydləri', transcriberNote: 'çevirənin qeydi', noteIndicators: 'çevirən qeydinin işarələri',
    missingBraille: 'Brayl cədvəlində çap mətninin bəzi simvolları üçün işarə yoxdur: {list}.', writtenAs: '{char} {as} kimi yazılıb', leftOut: '{char} buraxılıb',
    transcribedBy: 'Brayla çevirən: {name}', braillePage: 'Brayl səhifəsi {n}', braillePages: 'Brayl səhifələri {first}–{last}', contents: 'Mündəricat',
    volumeOf: 'Cild {n} / {m}', from: 'Mənbələr: {sources}', dateRange: '{from} – {to}', endOfVolume: 'Cild {n} bitdi', theEnd: 'Son', articles: 'Məqalələr',
    speed: 'Sürət', highlight: 'Oxunan cümləni vurğula', audio: 'Audio', downloadAudio: 'Audionu yükləyin', cannotPlay: 'Bu brauzer audionu oxuda bilmir.'
  },
  de: {
    photoCaption: 'Bildunterschrift.', quoteStart: 'Zitat', quoteEnd: 'Zitat Ende', published: 'Veröffentlicht am', updated: 'Aktualisiert am',
    source: 'Quelle:', madeWith: 'Barrierefreie Fassung, erstellt mit altformat.', skipToContent: 'Zum Hauptinhalt springen',
    untitled: 'Artikel ohne Titel', article: 'Artikel', transcribersNotes: 'Anmerkungen der Übertragung', transcriberNote: 'Anmerkung der Übertragung', noteIndicators: 'Zeichen für Anmerkungen der Übertragung',
    missingBraille: 'Die Brailletabelle hat für einige Zeichen des Drucks keine Braille: {list}.', writtenAs: '{char} wird als {as} geschrieben', leftOut: '{char} wird ausgelassen',
    transcribedBy: 'Übertragen von {name}', braillePage: 'Braille-Seite {n}', braillePages: 'Braille-Seiten {first} bis {last}', contents: 'Inhalt',
    volumeOf: 'Band {n} von {m}', from: 'Aus {sources}', dateRange: '{from} – {to}', endOfVolume: 'Ende von Band {n}', theEnd: 'Ende', articles: 'Artikel',
    speed: 'Geschwindigkeit', highlight: 'Den gelesenen Satz hervorheben', audio: 'Audio', downloadAudio: 'Audio herunterladen', cannotPlay: 'Dieser Browser kann das Audio nicht abspielen.'
  },
  fr: {
    photoCaption: 'Légende de la photo.', quoteStart: 'citation', quoteEnd: 'fin de citation', published: 'Publié le', updated: 'Mis à jour le',
    source: 'Source :', madeWith: 'Version accessible réalisée avec altformat.', skipToContent: 'Aller au contenu principal',
    untitled: 'Article sans titre', article: 'Article', transcribersNotes: 'Notes de la transcription', transcriberNote: 'note de la transcription', noteIndicators: 'signes de note de la transcription',
    missingBraille: "La table braille n'a pas de braille pour certains caractères de l'imprimé : {list}.", writtenAs: '{char} est écrit {as}', leftOut: '{char} est omis',
    transcribedBy: 'Transcrit par {name}', braillePage: 'Page braille {n}', braillePages: 'Pages braille {first} à {last}', contents: 'Sommaire',
    volumeOf: 'Volume {n} sur {m}', from: 'Source : {sources}', dateRange: '{from} – {to}', endOfVolume: 'Fin du volume {n}', theEnd: 'Fin', articles: 'Articles',
    speed: 'Vitesse', highlight: 'Surligner la phrase lue', audio: 'Audio', downloadAudio: "Télécharger l'audio", cannotPlay: "Ce navigateur ne peut pas lire l'audio."
  },
  es: {
    photoCaption: 'Pie de foto.', quoteStart: 'cita', quoteEnd: 'fin de la cita', published: 'Publicado el', updated: 'Actualizado el',
    source: 'Fuente:', madeWith: 'Versión accesible hecha con altformat.', skipToContent: 'Saltar al contenido principal',
    untitled: 'Artículo sin título', article: 'Artículo', transcribersNotes: 'Notas de la transcripción', transcriberNote: 'nota de la transcripción', noteIndicators: 'signos de nota de la transcripción',
    missingBraille: 'La tabla braille no tiene braille para algunos caracteres del texto impreso: {list}.', writtenAs: '{char} se escribe {as}', leftOut: '{char} se omite',
    transcribedBy: 'Transcrito por {name}', braillePage: 'Página braille {n}', braillePages: 'Páginas braille {first} a {last}', contents: 'Índice',
    volumeOf: 'Volumen {n} de {m}', from: 'De {sources}', dateRange: '{from} – {to}', endOfVolume: 'Fin del volumen {n}', theEnd: 'Fin', articles: 'Artículos',
    speed: 'Velocidad', highlight: 'Resaltar la frase que se lee', audio: 'Audio', downloadAudio: 'Descargar el audio', cannotPlay: 'Este navegador no puede reproducir el audio.'
  }
}

const resolved = new Map<string, InterfaceWords>()

/**
 * The words for a language: its tag's (with the script ICU gives it: `sr` is
 * written in Cyrillic), else its language's, each word missing there in English.
 */
export function wordsFor(lang: string | undefined): InterfaceWords {
  const key = (lang ?? 'en').toLowerCase()
  let words = resolved.get(key)
  if (words) return words
  const primary = key.split('-')[0] ?? 'en'
  let script: string | undefined
  try {
    script = new Intl.Locale(key).maximize().script?.toLowerCase()
  } catch {
    script = undefined
  }
  const own = interfaceWords[key] ?? (script ? interfaceWords[`${primary}-${script}`] : undefined) ?? interfaceWords[primary] ?? {}
  words = {...en, ...own}
  resolved.set(key, words)
  return words
}

/** A word with its values put in: `fill('Volume {n} of {m}', {n: 1, m: 3})`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole))
}
