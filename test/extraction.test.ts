// The general parts of the reader: language detection and telling furniture
// from prose by shape, in any language.
import {describe, expect, it} from 'vitest'
import {readArticle, toHtml, toSsml, toString, validateArticle} from '../src/index.js'
import type {Nodes} from '../src/index.js'
import {classifyBlocks} from '../src/read/boilerplate.js'
import {runEnd} from '../src/read/article-end.js'
import {contradicts, detectLanguage, sameLanguage} from '../src/read/language/detect.js'
import {stopwordsFor} from '../src/read/language/stopwords.js'
import {titleExtent} from '../src/read/html/headline.js'
import {elementsNamed} from '../src/read/html/elements.js'
import {fromHtml as parseHtml} from 'hast-util-from-html'
import {toString as toHastString} from 'hast-util-to-string'
import {isArrowLink, labelKind, leadingLabelKind} from '../src/read/language/chrome-labels.js'
import {clockTime, isTimestamp} from '../src/read/language/date-lines.js'
import {marksComment} from '../src/read/language/comment-words.js'
import {ownWordsKind, siteVoiceKind} from '../src/read/language/pitches.js'
import {selectAll} from './helpers/select.js'

const english = stopwordsFor('en')

const germanProse = [
  'Am Montag hat am Marktplatz eine neue Bäckerei eröffnet, die sich auf Brot aus alten Getreidesorten spezialisiert hat, und die Inhaberin ist nach vielen Jahren zurückgekehrt.',
  'Schon am ersten Tag bildete sich vor der Tür eine lange Schlange, und gegen Mittag waren die meisten Brote ausverkauft, weil viele Kunden gekommen waren.',
  'Viele Kunden sagten, dass sie sich über ein Geschäft freuen, in dem noch von Hand gebacken wird, und dass sie gerne wiederkommen werden.'
]

/** Whether the site's own voice of that kind is what a text says (siteVoiceKind), as a predicate for expectEach. */
const voiceIs = (kind: ReturnType<typeof siteVoiceKind>) => (text: string, lang: string | undefined) => siteVoiceKind(text, lang) === kind

/** Each case, a text and its language, gives `expected` from `predicate`; a failure names its text. */
function expectEach(predicate: (text: string, lang: string | undefined) => boolean, cases: ReadonlyArray<readonly [string, string | undefined]>, expected: boolean): void {
  for (const [text, lang] of cases) expect([text, predicate(text, lang)]).toEqual([text, expected])
}

/** labelKind of each line in its language, the line beside it so that a failure names it. */
function expectLabelKinds(cases: ReadonlyArray<readonly [string, string, string | undefined]>): void {
  for (const [line, lang, kind] of cases) expect([line, labelKind(line, lang)]).toEqual([line, kind])
}

const prose = [
  'The harbour reopened on Tuesday morning, three days after the storm closed it to all traffic, and the first ferries left on time for the islands.',
  'Officials said that the repairs to the outer wall would take the rest of the month, but that the damage was smaller than they had feared at first.',
  'Fishing boats that had sheltered in the river mouth began to come back in the afternoon, and the fish market is expected to open again on Thursday.',
  'The storm brought winds of more than a hundred kilometres an hour to the coast on Saturday night, and the sea wall was breached in two places.'
]

/**
 * A short news story in eight languages the label tables came to late, as a scraped page prints it:
 * the headline, a paragraph, a "see also" label and one other article's title, three more paragraphs
 * (the last two residents' words).
 */
const harbourPages: Array<[string, string[]]> = [
  ['tr', [
    'Liman üç günlük fırtınanın ardından yeniden açıldı',
    'Liman salı sabahı, fırtınanın bütün trafiği durdurmasından üç gün sonra yeniden açıldı ve ilk feribotlar adalara zamanında hareket etti.',
    'İlgili haberler',
    'Belediye sahil yolunu iki hafta kapatıyor',
    'Yetkililer dış duvardaki onarımların ayın geri kalanını alacağını, ancak hasarın ilk başta korktukları kadar büyük olmadığını söyledi.',
    'Bu haberi okuduğuma çok sevindim, çünkü annem her hafta o feribotla adaya gidiyor ve bu hafta hepimiz çok endişelendik.',
    'Duvarın neden bu kadar kolay yıkıldığını kimse açıklamıyor, bence belediyenin bu konuda bir açıklama yapması gerekir.'
  ]],
  ['ar', [
    'إعادة فتح الميناء بعد عاصفة استمرت ثلاثة أيام',
    'أعيد فتح الميناء صباح الثلاثاء بعد ثلاثة أيام من إغلاقه أمام حركة الملاحة بسبب العاصفة، وغادرت العبارات الأولى في موعدها إلى الجزر.',
    'اقرأ أيضاً',
    'البلدية تغلق طريق الكورنيش لمدة أسبوعين',
    'وقال المسؤولون إن إصلاح الجدار الخارجي سيستغرق بقية الشهر، لكن الأضرار كانت أقل مما كانوا يخشون في البداية.',
    'شكرا على هذا الخبر، فأنا أعمل في الميناء منذ عشرين عاما ولم أر عاصفة بهذه القوة من قبل في حياتي.',
    'أتمنى أن تهتم البلدية بالجدار هذه المرة، لأن الأضرار تتكرر كل شتاء ولا أحد يتحمل المسؤولية عنها.'
  ]],
  ['zh', [
    '风暴过后港口重新开放',
    '港口在风暴导致所有交通中断三天之后，于星期二上午重新开放，第一批渡轮按时驶往各个岛屿。',
    '相关阅读：',
    '市政府将关闭滨海公路两周',
    '官员们说，外墙的修复工作将持续到月底，但是损坏程度比他们最初担心的要小。',
    '我的父母每个星期都坐这班渡轮去岛上看病，这几天我们全家都很担心，现在终于可以放心了。',
    '希望政府这次能把防波堤修好，因为每年冬天都会出现同样的问题，却没有人负责。'
  ]],
  ['ja', [
    '嵐の後、港が三日ぶりに再開',
    '港は嵐ですべての交通が止まってから三日後の火曜日の朝に再開し、最初のフェリーは予定どおり島へ向けて出発した。',
    '関連記事',
    '市が海岸道路を2週間閉鎖へ',
    '当局によると、外壁の修理には今月いっぱいかかるが、被害は当初心配されていたよりも小さかったという。',
    '私の両親は毎週このフェリーで島の病院に通っているので、この数日は家族みんなでとても心配していました。',
    '今度こそ市が防波堤をしっかり直してくれることを願っています。毎年冬になると同じ問題が起きているのですから。'
  ]],
  ['cs', [
    'Přístav se po třídenní bouři znovu otevřel',
    'Přístav se v úterý ráno znovu otevřel, tři dny poté, co jej bouře uzavřela pro veškerou dopravu, a první trajekty odpluly na ostrovy včas.',
    'Mohlo by vás zajímat',
    'Město na dva týdny uzavře pobřežní silnici',
    'Úředníci uvedli, že oprava vnější zdi potrvá do konce měsíce, ale škody jsou menší, než se zpočátku obávali.',
    'Moji rodiče jezdí tím trajektem na ostrov každý týden, takže jsme se o ně celá rodina poslední dny velmi báli.',
    'Doufám, že tentokrát město tu zeď opraví pořádně, protože stejný problém se tu opakuje každou zimu a nikdo za to nenese odpovědnost.'
  ]],
  ['el', [
    'Το λιμάνι άνοιξε ξανά μετά την τριήμερη καταιγίδα',
    'Το λιμάνι άνοιξε ξανά την Τρίτη το πρωί, τρεις μέρες αφότου η καταιγίδα το έκλεισε για κάθε κυκλοφορία, και τα πρώτα πλοία έφυγαν στην ώρα τους για τα νησιά.',
    'Διαβάστε επίσης',
    'Ο δήμος κλείνει την παραλιακή οδό για δύο εβδομάδες',
    'Οι αρμόδιοι είπαν ότι οι επισκευές στον εξωτερικό τοίχο θα διαρκέσουν μέχρι το τέλος του μήνα, αλλά οι ζημιές ήταν μικρότερες από ό,τι φοβούνταν στην αρχή.',
    'Οι γονείς μου πηγαίνουν κάθε εβδομάδα στο νησί με αυτό το πλοίο, γι’ αυτό όλη η οικογένεια ανησυχούσε πολύ αυτές τις μέρες.',
    'Ελπίζω αυτή τη φορά ο δήμος να επισκευάσει σωστά τον τοίχο, γιατί το ίδιο πρόβλημα επαναλαμβάνεται κάθε χειμώνα και κανείς δεν αναλαμβάνει την ευθύνη.'
  ]],
  ['sv', [
    'Hamnen öppnade igen efter tre dagars storm',
    'Hamnen öppnade igen på tisdagsmorgonen, tre dagar efter att stormen stängt den för all trafik, och de första färjorna gick i tid till öarna.',
    'Läs också',
    'Kommunen stänger strandvägen i två veckor',
    'Tjänstemännen sa att reparationerna av den yttre muren kommer att ta resten av månaden, men att skadorna var mindre än de först hade befarat.',
    'Mina föräldrar åker med den färjan till ön varje vecka, så hela familjen har varit väldigt orolig de senaste dagarna.',
    'Jag hoppas att kommunen lagar muren ordentligt den här gången, för samma problem kommer tillbaka varje vinter och ingen tar ansvar för det.'
  ]],
  ['id', [
    'Pelabuhan dibuka kembali setelah badai tiga hari',
    'Pelabuhan dibuka kembali pada Selasa pagi, tiga hari setelah badai menutupnya untuk semua lalu lintas, dan kapal feri pertama berangkat tepat waktu ke pulau-pulau.',
    'Baca juga',
    'Pemkot tutup jalan pantai selama dua minggu',
    'Para pejabat mengatakan bahwa perbaikan dinding luar akan memakan waktu sampai akhir bulan, tetapi kerusakannya lebih kecil daripada yang mereka khawatirkan pada awalnya.',
    'Orang tua saya naik kapal feri itu ke pulau setiap minggu, jadi seluruh keluarga kami sangat khawatir beberapa hari terakhir ini.',
    'Semoga kali ini pemerintah kota memperbaiki dinding itu dengan benar, karena masalah yang sama terjadi setiap musim hujan dan tidak ada yang bertanggung jawab.'
  ]],
  ['ko', [
    '사흘간의 폭풍 끝에 항구 다시 열려',
    '항구는 폭풍으로 모든 교통이 끊긴 지 사흘 만인 화요일 아침에 다시 문을 열었고, 첫 여객선들은 예정대로 섬을 향해 출발했다.',
    '관련 기사',
    '시, 해안도로 2주간 통제',
    '관계자들은 바깥쪽 방파제를 고치는 데 이달 말까지 걸리겠지만, 피해는 처음에 우려했던 것보다 작다고 말했다.',
    '부모님이 매주 그 배를 타고 섬에 있는 병원에 다니셔서, 요 며칠 동안 온 가족이 정말 걱정을 많이 했습니다.',
    '이번에는 시가 방파제를 제대로 고쳐 주기를 바랍니다. 매년 겨울마다 같은 문제가 생기는데 아무도 책임지지 않습니다.'
  ]],
  ['hi', [
    'तीन दिन के तूफ़ान के बाद बंदरगाह फिर से खुला',
    'तूफ़ान के कारण सारा यातायात बंद होने के तीन दिन बाद मंगलवार सुबह बंदरगाह फिर से खुल गया, और पहली नौकाएँ समय पर द्वीपों के लिए रवाना हुईं।',
    'यह भी पढ़ें',
    'नगर निगम दो हफ़्ते के लिए तटीय सड़क बंद करेगा',
    'अधिकारियों ने कहा कि बाहरी दीवार की मरम्मत में पूरा महीना लगेगा, लेकिन नुकसान उतना बड़ा नहीं है जितना उन्हें पहले डर था।',
    'मेरे माता-पिता हर हफ़्ते उसी नाव से द्वीप पर जाते हैं, इसलिए पिछले कुछ दिनों में हमारा पूरा परिवार बहुत चिंतित था।',
    'उम्मीद है कि इस बार नगर निगम दीवार को ठीक से बनाएगा, क्योंकि हर सर्दी में यही समस्या होती है और कोई ज़िम्मेदारी नहीं लेता।'
  ]],
  ['vi', [
    'Cảng mở cửa trở lại sau ba ngày bão',
    'Cảng đã mở cửa trở lại vào sáng thứ Ba, ba ngày sau khi cơn bão làm ngừng mọi hoạt động đi lại, và những chuyến phà đầu tiên đã rời bến đúng giờ ra các đảo.',
    'Tin liên quan',
    'Thành phố đóng đường ven biển trong hai tuần',
    'Các quan chức cho biết việc sửa chữa bức tường bên ngoài sẽ kéo dài đến hết tháng, nhưng thiệt hại nhỏ hơn so với những gì họ lo ngại lúc đầu.',
    'Bố mẹ tôi tuần nào cũng đi chuyến phà đó ra đảo, nên mấy ngày qua cả gia đình tôi đã rất lo lắng cho họ.',
    'Tôi mong lần này thành phố sẽ sửa bức tường cho thật tốt, vì mùa đông nào cũng xảy ra chuyện giống như vậy mà không ai chịu trách nhiệm.'
  ]],
  ['fi', [
    'Satama avattiin uudelleen kolmen päivän myrskyn jälkeen',
    'Satama avattiin uudelleen tiistaiaamuna, kolme päivää sen jälkeen, kun myrsky oli pysäyttänyt kaiken liikenteen, ja ensimmäiset lautat lähtivät saarille ajallaan.',
    'Lue myös',
    'Kaupunki sulkee rantatien kahdeksi viikoksi',
    'Virkamiesten mukaan ulomman muurin korjaaminen kestää kuun loppuun asti, mutta vahingot olivat pienemmät kuin alussa pelättiin.',
    'Vanhempani käyvät sillä lautalla saarella joka viikko, joten koko perhe on ollut viime päivinä todella huolissaan heistä.',
    'Toivottavasti kaupunki korjaa muurin tällä kertaa kunnolla, koska sama ongelma toistuu joka talvi eikä kukaan ota siitä vastuuta.'
  ]],
  ['da', [
    'Havnen åbnede igen efter tre dages storm',
    'Havnen åbnede igen tirsdag morgen, tre dage efter at stormen havde lukket den for al trafik, og de første færger sejlede til tiden ud til øerne.',
    'Læs også',
    'Kommunen lukker strandvejen i to uger',
    'Embedsmændene sagde, at reparationen af den ydre mur vil tage resten af måneden, men at skaderne var mindre, end de først havde frygtet.',
    'Mine forældre tager den færge ud til øen hver uge, så hele familien har været meget bekymret de sidste par dage.',
    'Jeg håber, at kommunen reparerer muren ordentligt denne gang, for det samme problem kommer igen hver vinter, og ingen tager ansvar for det.'
  ]],
  ['nb', [
    'Havnen åpnet igjen etter tre dager med storm',
    'Havnen åpnet igjen tirsdag morgen, tre dager etter at stormen hadde stengt den for all trafikk, og de første fergene gikk i rute ut til øyene.',
    'Les også',
    'Kommunen stenger strandveien i to uker',
    'Tjenestemennene sa at reparasjonen av den ytre muren vil ta resten av måneden, men at skadene var mindre enn de først hadde fryktet.',
    'Foreldrene mine tar den ferja ut til øya hver uke, så hele familien har vært veldig bekymret de siste dagene.',
    'Jeg håper kommunen reparerer muren ordentlig denne gangen, for det samme problemet kommer tilbake hver vinter, og ingen tar ansvar for det.'
  ]],
  ['hu', [
    'Háromnapos vihar után újra megnyílt a kikötő',
    'A kikötő kedd reggel nyílt meg újra, három nappal azután, hogy a vihar minden forgalmat leállított, és az első kompok időben indultak a szigetekre.',
    'Kapcsolódó cikkek',
    'Két hétre lezárják a part menti utat',
    'A tisztviselők szerint a külső fal javítása a hónap végéig tart, de a kár kisebb, mint amitől kezdetben tartottak.',
    'A szüleim minden héten azzal a komppal járnak át a szigetre, ezért az elmúlt napokban az egész család nagyon aggódott értük.',
    'Remélem, hogy a város ezúttal rendesen megjavítja a falat, mert minden télen ugyanez a probléma, és senki sem vállalja érte a felelősséget.'
  ]],
  ['he', [
    'הנמל נפתח מחדש אחרי סערה של שלושה ימים',
    'הנמל נפתח מחדש ביום שלישי בבוקר, שלושה ימים אחרי שהסערה עצרה את כל התנועה בו, והמעבורות הראשונות יצאו בזמן אל האיים.',
    'עוד בנושא',
    'העירייה תסגור את כביש החוף לשבועיים',
    'לדברי הפקידים, תיקון החומה החיצונית יימשך עד סוף החודש, אבל הנזק קטן יותר ממה שחששו בהתחלה.',
    'ההורים שלי נוסעים במעבורת הזאת לאי כל שבוע, ולכן כל המשפחה שלנו דאגה להם מאוד בימים האחרונים.',
    'אני מקווה שהפעם העירייה תתקן את החומה כמו שצריך, כי אותה בעיה חוזרת בכל חורף ואף אחד לא לוקח אחריות.'
  ]]
]

describe('classifyBlocks', () => {
  it('long prose dense in stop words is good; a link row and a label list are bad', () => {
    const classes = classifyBlocks(
      [
        {text: 'Home News Sport Weather', linkDensity: 1},
        {text: prose[0] as string},
        {text: prose[1] as string},
        {text: 'Facebook Twitter Email', linkDensity: 1},
        {text: 'Impressum'},
        {text: 'Datenschutz'}
      ],
      english
    )
    expect(classes).toEqual(['bad', 'good', 'good', 'bad', 'bad', 'bad'])
  })

  it('a short sentence between prose and furniture goes with the prose; a short label does not', () => {
    const blocks = [{text: prose[0] as string}, {text: 'The harbour master thanked the crews.'}, {text: 'Share this'}, {text: 'Copy link', linkDensity: 1}]
    expect(classifyBlocks(blocks, english)).toEqual(['good', 'good', 'bad', 'bad'])
  })

  it('text with few stop words is bad, the same length of prose is good', () => {
    const list = 'Zubereitungszeit 25 Minuten Backzeit 15 Minuten Portionen 4 Kalorien 320 Schwierigkeit leicht Kategorie Brot Backen Hefe Mehl Wasser Salz Zucker Butter Milch Eier Sauerteig Roggen Dinkel Weizen'
    const german = stopwordsFor('de')
    const text = 'Am Montag hat am Marktplatz eine neue Bäckerei eröffnet, die sich auf Brot aus alten Getreidesorten spezialisiert hat, und die Inhaberin ist nach vielen Jahren in ihre Heimatstadt zurückgekehrt, wo sie das Handwerk gelernt hat.'
    expect(classifyBlocks([{text}, {text: list}], german)).toEqual(['good', 'bad'])
  })

  it('inside a chosen container (lenient), a block poor in stop words stays unless links or neighbours condemn it', () => {
    const german = stopwordsFor('de')
    const text = 'Am Montag hat am Marktplatz eine neue Bäckerei eröffnet, die sich auf Brot aus alten Getreidesorten spezialisiert hat, und die Inhaberin ist nach vielen Jahren in ihre Heimatstadt zurückgekehrt, wo sie das Handwerk gelernt hat.'
    const specs = 'Zubereitungszeit 25 Minuten Backzeit 15 Minuten Portionen 4 Kalorien 320 Schwierigkeit leicht Kategorie Brot Backen Hefe Mehl Wasser Salz Zucker Butter Milch'
    const blocks = [{text}, {text: specs}, {text}, {text: 'Startseite Rezepte Backen Kontakt Impressum Datenschutz Newsletter', linkDensity: 0.9}]
    expect(classifyBlocks(blocks, german)).toEqual(['good', 'bad', 'good', 'bad'])
    expect(classifyBlocks(blocks, german, {lenient: true})).toEqual(['good', 'good', 'good', 'bad'])
  })

  it('inside a chosen container (lenient), a sentence that links on for most of its length is still prose; a row of links is not', () => {
    const linked = 'Krzysztoszek replaced Zdzisław Wiese, who for the last eight months combined these tasks with his earlier duties in the marketing department.'
    const row = 'Home News Business Sport Culture Opinion Weather Contact'
    const blocks = [{text: prose[0] as string}, {text: linked, linkDensity: 0.7}, {text: row, linkDensity: 0.7}, {text: prose[1] as string}, {text: linked, linkDensity: 1}]
    expect(classifyBlocks(blocks, english, {lenient: true})).toEqual(['good', 'good', 'bad', 'good', 'bad'])
    expect(classifyBlocks(blocks, english)).toEqual(['good', 'bad', 'bad', 'good', 'bad'])
  })

  it('inside a chosen container (lenient), a sentence of ten words before the first good block is the lead, between furniture or not; a credit there is not', () => {
    const lead = 'Eighteen child seats were tested for safety, handling and harmful substances this spring.'
    const blocks = [
      {text: 'Home News Sport Weather', linkDensity: 1},
      {text: lead},
      {text: 'Facebook Twitter Email', linkDensity: 1},
      {text: 'Photo: Harbour Office / Anna Berg'},
      {text: `${prose[0]} ${prose[1]}`},
      {text: `${prose[2]} ${prose[3]}`}
    ]
    expect(classifyBlocks(blocks, english, {lenient: true})).toEqual(['bad', 'good', 'bad', 'bad', 'good', 'good'])
  })


  it('inside a chosen container (lenient), a near-good block right after the lead (a list of key points) goes with it, though furniture follows; on a whole text page it does not', () => {
    const lead = 'Eighteen child seats were tested for safety, handling and harmful substances this spring.'
    const points = 'Eleven of the seats are recommended Four of them fail for harmful substances With an inflatable seat'
    const blocks = [{text: 'Home News Sport Weather', linkDensity: 1}, {text: lead}, {text: points}, {text: 'Results'}, {text: 'Model Price Isofix Grade', linkDensity: 0.6}, {text: `${prose[0]} ${prose[1]}`}]
    expect(classifyBlocks(blocks, english, {lenient: true})).toEqual(['bad', 'good', 'good', 'bad', 'bad', 'good'])
    expect(classifyBlocks(blocks, english)[2]).toBe('bad')
  })

  it('inside a chosen container (lenient), near-good blocks right before the lead go with it too (a post’s opening above a quoted claim)', () => {
    const opening = 'A long time ago I wrote about the claim that Japan had banned a vaccine, which went like this:'
    const quote = '"Japan banned the vaccine because so many girls fell ill after it was given to them'
    const lead = 'Nope. Nobody died of it, and nobody fell ill in the way the claim says they did, as the figures show.'
    const blocks = [{text: 'The incredible story of a ban that never was'}, {text: opening}, {text: quote}, {text: lead}, {text: 'https://example.org/source', linkDensity: 1}, {text: `${prose[0]} ${prose[1]}`}]
    expect(classifyBlocks(blocks, english, {lenient: true})).toEqual(['bad', 'good', 'good', 'good', 'bad', 'good'])
    expect(classifyBlocks(blocks, english).slice(1, 3)).toEqual(['bad', 'bad'])
  })

  it('on a text page under a found headline (openingIsArticle), a near-good block that opens the judged text is the article’s opening, not furniture at an edge; short lines there still are', () => {
    const opening = 'A long time ago I wrote about the claim that Japan had banned a vaccine, which went like this:'
    const blocks = [{text: opening}, {text: 'https://example.org/source', linkDensity: 1}, {text: `${prose[0]} ${prose[1]}`}]
    expect(classifyBlocks(blocks, english)).toEqual(['bad', 'bad', 'good'])
    expect(classifyBlocks(blocks, english, {openingIsArticle: true})).toEqual(['good', 'bad', 'good'])
    expect(classifyBlocks([{text: 'Home News'}, ...blocks.slice(1)], english, {openingIsArticle: true})[0]).toBe('bad')
  })
  it('a sentence ends as its script ends one: a Bengali or Hindi danda, an Arabic question mark, a Chinese full stop', async () => {
    const {isSentence} = await import('../src/read/boilerplate.js')
    expect(isSentence('আজ শনিবার সকাল সাড়ে সাতটার দিকে তাকে হত্যা করা হয়।')).toBe(true)
    expect(isSentence('प्रधानमंत्री ने आज नई योजना की घोषणा की।')).toBe(true)
    expect(isSentence('هل سترتفع أسعار الخبز هذا الشهر؟')).toBe(true)
    expect(isSentence('আজ শনিবার সকাল সাড়ে সাতটার দিকে')).toBe(false)
  })

  it('without a stop-word list, length and links decide alone', () => {
    expect(stopwordsFor('kk')).toBeUndefined()
    const long = 'Қазақстан '.repeat(30).trim()
    expect(classifyBlocks([{text: long}, {text: 'Басты бет', linkDensity: 1}], undefined)).toEqual(['good', 'bad'])
  })

  it('classifies a page of many short lines in one pass each way (no scan from every line to the edge)', () => {
    // Quadratic neighbour scans would take minutes here; the test's time-out would fail it.
    const lines = Array.from({length: 200_000}, (_, i) => ({text: `Menu item ${i}`}))
    lines.push({text: prose.join(' ')})
    const classes = classifyBlocks(lines, english)
    expect(classes.at(-1)).toBe('good')
    expect(classes.filter((value) => value === 'bad')).toHaveLength(200_000)
  })
})

describe('where a scraped article ends', () => {
  it('runEnd: the last block of the best-scoring run', () => {
    expect(runEnd([])).toBe(-1)
    expect(runEnd([-15, -1])).toBe(-1)
    expect(runEnd([40, -15, 10])).toBe(0)
    expect(runEnd([40, -15, 20])).toBe(2)
    expect(runEnd([-15, 30, 30, -15, -15, 25])).toBe(2)
  })

  const tail = [
    'Facebook',
    'Twitter',
    'Email',
    'Filed in: harbour, storm, ferries',
    'Anna Berg has reported on shipping and the coast for the paper since 2015.',
    'Bridge works to start next month',
    'The council has chosen a contractor for the repairs to the old bridge.'
  ]

  it('leaves out the sentences after the page’s tail of furniture — an author’s note, a teaser’s blurb — with a message', () => {
    const page = ['Harbour reopens after the storm', ...prose, ...tail].join('\n\n')
    const {tree, file} = readArticle(page, {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    const cut = file.messages.filter((message) => message.ruleId === 'after-article').map((message) => message.reason)
    expect(cut.map((reason) => reason.replace(/^.*furniture: “|”$/g, ''))).toEqual([
      'Filed in: harbour, storm, ferries',
      'Anna Berg has reported on shipping and the coast for the pap',
      'Bridge works to start next month',
      'The council has chosen a contractor for the repairs to the o'
    ])
  })

  it('does not read on past a teaser after the body — a label, a title set as a subhead, a line of blurb — and still crosses a subhead that heads prose', () => {
    const teaser = ['Bridge news', 'Lighthouse Keepers Remember the Great Storm', 'Three former lighthouse keepers remembered for us the terrible night the great storm came.']
    const read = (lines: string[]) => readArticle(['Harbour reopens after the storm', ...lines].join('\n\n'), {from: 'text', lang: 'en'}).tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))
    expect(read([...prose, ...teaser])).toEqual(prose)
    expect(read([prose[0] as string, prose[1] as string, 'What Comes Next', prose[2] as string])).toEqual([prose[0], prose[1], prose[2]])
  })

  it('is not read on past the site’s own voice (a newsletter’s pitch) by a teaser or two; in mid-body the article’s paragraphs after it are', () => {
    const headline = 'Harbour reopens after three-day storm'
    const pitch = 'Never miss the latest news by signing up to our newsletter today!'
    const teasers = ['Ferry fares rise again this winter, the council says.', 'The harbour festival is back in town this summer with music.']
    const paragraphs = (lines: string[]) =>
      readArticle(lines.join('\n\n'), {from: 'text', lang: 'en'}).tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))
    expect(paragraphs([headline, ...prose, pitch, ...teasers])).toEqual(prose)
    expect(paragraphs([headline, ...prose.slice(0, 2), pitch, ...prose.slice(2)])).toEqual(prose)
  })

  it('leaves out an author’s biography after a tail of short lines the smoothing kept (tags, a name, a job title)', () => {
    const bio = 'Martin has worked as a professional developer since 2007, and he writes about languages, tools and the craft of programming for the blog.'
    const page = ['Harbour reopens after the storm', ...prose, 'Python', 'Martin Chikilian', 'Software Engineer', 'Harbours', bio].join('\n\n')
    const {tree, file} = readArticle(page, {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(file.messages.filter((message) => message.ruleId === 'after-article').at(-1)?.reason).toContain('Martin has worked')
  })

  it('does not read on through a list of teasers — titles each over a blurb of a sentence or two; a short section inside the body or at the text’s end is kept', () => {
    const teasers = [
      'Lighthouse Keepers Remember the Great Storm',
      'Three former keepers told us about the night the storm came and the lamp that stayed lit until the morning, whatever the sea did.',
      'Bridge Works to Start Next Month',
      'The council has chosen a contractor for the repairs to the old bridge, which will be closed to cars from the first of the month until spring.',
      'Ferry Timetable for the Winter',
      'From November the first boat leaves an hour later, and the last one on Sundays is cancelled until the end of March, the company said.'
    ]
    const paragraphs = (lines: string[]) =>
      readArticle(['Harbour reopens after the storm', ...lines].join('\n\n'), {from: 'text', lang: 'en'}).tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))
    expect(paragraphs([...prose, 'Facebook', 'Twitter', ...teasers, 'Imprint', 'Privacy'])).toEqual(prose)
    const section = 'The harbour master thanked the crews who worked through the weekend to clear the entrance.'
    // Inside the body the run crosses the short section; at the text's end nothing follows it to be mistaken for the article.
    expect(paragraphs([prose[0] as string, prose[1] as string, 'What Comes Next', section, 'How the Wall Was Breached', prose[2] as string, prose[3] as string, 'Facebook', 'Twitter'])).toEqual([prose[0], prose[1], section, prose[2], prose[3]])
    expect(paragraphs([...prose, 'What Comes Next', section])).toEqual([...prose, section])
  })

  it('reads on past a flattened list after a lead-in of eight words or more that ends on a colon; a shorter line with a colon is a label', () => {
    const items = ['The outer harbour wall', 'The ferry ramp', 'The roof of the fish market']
    const closing = 'The harbour master said that the crews would start on the wall on Monday and hoped to finish all three by the end of the month.'
    // What is kept under the headline: the list's last item reads as a subhead.
    const kept = (lines: string[]) =>
      readArticle(['Harbour reopens after the storm', ...lines].join('\n\n'), {from: 'text', lang: 'en'}).tree.children.slice(1).filter((node) => node.type !== 'chrome').map((node) => toString(node))
    const leadIn = 'The council listed the repairs that the crews will make first:'
    expect(kept([...prose, leadIn, ...items, closing])).toEqual([...prose, leadIn, ...items, closing])
    // Four words: a label, which with the list's items outweighs the closing sentence.
    expect(kept([...prose, 'The repairs come first:', ...items, closing])).toEqual(prose)
  })

  it('reads lines parted by tabs, one after another, as a table: a list of its rows, each cell a paragraph, kept inside the article', () => {
    const rows = ['Vessel\tArrived\tCargo', 'Island Star\t08:10\tPassengers', 'Northern Light\t09:45\tFreight and mail']
    const page = ['Harbour reopens after the storm', prose[0], prose[1], rows.join('\n'), prose[2]].join('\n\n')
    const {tree, file} = readArticle(page, {from: 'text', lang: 'en'})
    const table = tree.children.find((node) => node.type === 'list')
    expect(table).toMatchObject({type: 'list', ordered: false, table: true})
    expect(table?.type === 'list' && table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['Vessel', 'Arrived', 'Cargo'],
      ['Island Star', '08:10', 'Passengers'],
      ['Northern Light', '09:45', 'Freight and mail']
    ])
    // Each row's place is the source line's, each cell's its text's.
    const second = table?.type === 'list' ? table.children[1] : undefined
    expect(page.slice(second?.position?.start.offset, second?.position?.end.offset)).toBe(rows[1])
    expect(file.messages.find((message) => message.ruleId === 'text-table')?.reason).toBe('Read 3 lines as the rows of a table')
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([prose[0], prose[1], prose[2]])
  })

  it('keeps a table of short cells between prose, which row by row reads as furniture; one line with a tab, or rows a blank line parts, are no table', () => {
    // Judged as one text, these cells are long and poor in stop words: a block the classifier condemns.
    const rows = ['Wind speed, Saturday night\t110 km/h', 'Rainfall, Saturday and Sunday\t80 mm', 'Highest waves, outer harbour wall\t6 m', 'Ferries cancelled, Saturday and Sunday\t42', 'Fishing boats sheltered, river mouth\t65', 'Breaches, sea wall\t2']
    const kept = (lines: string[]) => {
      const {tree} = readArticle(['Harbour reopens after the storm', ...lines].join('\n\n'), {from: 'text', lang: 'en'})
      return tree.children.filter((node) => node.type !== 'chrome').map((node) => node.type)
    }
    expect(kept([prose[0] as string, rows.join('\n'), prose[1] as string, prose[2] as string])).toEqual(['heading', 'paragraph', 'list', 'paragraph', 'paragraph'])
    expect(kept([prose[0] as string, rows[0] as string, prose[1] as string])).not.toContain('list')
    expect(kept([prose[0] as string, ...rows, prose[1] as string])).not.toContain('list')
  })

  it('reads three "key: value" lines or more (a blank line at most between two) as a table of two columns; two, or a sentence after a colon, stay lines', () => {
    const data = ['Length: 120 m', 'Built: 1911', 'Breaches: 2', 'Repairs: three weeks, from 4 March']
    const read = (lines: string[]) => readArticle(['Harbour reopens after the storm', ...lines].join('\n\n'), {from: 'text', lang: 'en'}).tree.children.filter((node) => node.type !== 'chrome')
    const table = read([prose[0] as string, data.join('\n'), prose[1] as string]).find((node) => node.type === 'list')
    expect(table).toMatchObject({type: 'list', table: true})
    expect(table?.type === 'list' && table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['Length:', '120 m'],
      ['Built:', '1911'],
      ['Breaches:', '2'],
      ['Repairs:', 'three weeks, from 4 March']
    ])
    // A blank line between the rows, as a definition list's text prints them.
    expect(read([prose[0] as string, ...data, prose[1] as string]).map((node) => node.type)).toContain('list')
    expect(read([prose[0] as string, data.slice(0, 2).join('\n'), prose[1] as string]).map((node) => node.type)).not.toContain('list')
    // Under the headline such lines are the post's metadata, which the head rules read: the byline, the date.
    const head = readArticle(['Hafen nach dem Sturm wieder offen', 'Autor: Anna Berg', 'Datum: 12. März 2024', 'Kategorie: Hafen', prose[0], prose[1]].join('\n'), {from: 'text', lang: 'de'}).tree
    expect(head.children.map((node) => node.type)).not.toContain('list')
    expect(head.children.filter((node) => node.type === 'byline').map((node) => toString(node))).toEqual(['Autor: Anna Berg'])
    const said = 'Officials: the repairs to the outer wall will take the rest of the month, and the ferries will keep to the winter timetable until then.'
    expect(read([prose[0] as string, [data[0], said, data[1], data[2]].join('\n'), prose[1] as string]).map((node) => node.type)).not.toContain('list')
  })

  it('reads a table right under the headline as the body’s first block, and never takes a table’s row for the headline', () => {
    const rows = ['1.\tBerg, Anna\t2007\tTSV Harbour\t12,98 s', '2.\tLind, Maja\t2007\tSC Coast\t13,05 s', '3.\tHolm, Julia\t2008\tLG Bay\t13,11 s']
    const race = [
      'Anna Berg won the sprint on Saturday in a time that no girl of her age had run at these championships in twenty years, her coach said after the race.',
      'The championships went on on Sunday with the relays, in which the clubs of the coast took three of the four titles for the first time since the track was built.'
    ]
    const read = (lines: string[]) => readArticle(lines.join('\n'), {from: 'text', lang: 'en'}).tree.children.filter((node) => node.type !== 'chrome')
    const headed = read(['Home', 'Results', 'Girls sprint at the regional championships', ...rows, ...race])
    expect(headed.map((node) => node.type)).toEqual(['heading', 'list', 'paragraph', 'paragraph'])
    expect(toString(headed[0] as Nodes)).toBe('Girls sprint at the regional championships')
    // With no headline-shaped line above the prose but the rows, none of them is the headline.
    const rowsOnly = read(['Home', 'Results', ...rows, ...race])
    expect(rowsOnly.filter((node) => node.type === 'heading')).toEqual([])
    expect(rowsOnly.map((node) => node.type)).toContain('list')
    // A row the page prints again (in a heat and in the final) is not the headline the page prints twice.
    const [first, second, third] = rows as [string, string, string]
    const twice = read(['Home', 'Girls sprint at the regional championships', 'Heat 1', first, second, 'Final', first, third, ...race])
    expect(twice.filter((node) => node.type === 'heading' && node.depth === 1).map((node) => toString(node))).toEqual(['Girls sprint at the regional championships'])
  })

  it('leaves out a table among the page’s furniture, as the blocks around it are', () => {
    const teasers = ['Bridge works to start next month', 'Lighthouse Keepers Remember the Great Storm']
    const footer = ['Imprint\tPrivacy\tContact', 'Terms\tCookies\tJobs']
    const page = ['Harbour reopens after the storm', ...prose, ...teasers, footer.join('\n'), 'Ferry timetable for the winter', 'Letters to the editor'].join('\n\n')
    const {tree, file} = readArticle(page, {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type !== 'chrome').map(toString).join('\n')).not.toContain('Imprint')
    const left = file.messages.find((message) => message.reason.includes('Imprint'))
    expect(left).toMatchObject({ruleId: 'chrome-boilerplate', reason: 'Left out a table between blocks that read as page furniture: “Imprint Privacy Contact Terms Cookies Jobs”'})
  })

  it('reads on past one piece of furniture in mid-body when the body goes on after it', () => {
    const page = ['Harbour reopens after the storm', prose[0], prose[1], 'Advertisement', prose[2], 'Winds fell in the night.', ...tail.slice(0, 3)].join('\n\n')
    const {tree, file} = readArticle(page, {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([prose[0], prose[1], prose[2], 'Winds fell in the night.'])
    expect(file.messages.map((message) => message.ruleId)).not.toContain('after-article')
  })

  it('leaves out an author’s box after the body — its label, the name, the biography even where it ends in an address — in the page’s language; the same label under the headline is only a label', () => {
    const read = (lines: string[], lang: string) => {
      const {tree} = readArticle(lines.join('\n\n'), {from: 'text', lang})
      return {tree, kept: tree.children.filter((node) => node.type !== 'chrome').map(toString).join('\n')}
    }
    const bio = 'Jane Doe writes about the sea, ports and shipping for the paper; reach her at jane.doe@example.org or @janedoe'
    const english = read(['Harbour reopens after the storm', prose[0] as string, prose[1] as string, prose[2] as string, 'About the author', 'Jane Doe', bio], 'en')
    expect(english.kept).toContain(prose[2])
    expect(english.kept).not.toContain('Jane Doe')
    expect(english.tree.children.at(-1)).toMatchObject({type: 'chrome', kind: 'author-box', label: 'Jane Doe'})
    const french = read(['Le port rouvre après la tempête', 'Le port a rouvert mardi matin, trois jours après que la tempête l’a fermé à tout trafic, et les premiers ferries sont partis à l’heure pour les îles.', 'À propos de l’auteur', 'Jeanne Dupont', 'Jeanne Dupont écrit sur la mer et les ports pour le journal ; écrivez-lui à jeanne@example.org'], 'fr')
    expect(french.kept).not.toContain('Jeanne Dupont')
    // Under the headline, before any body, the label is left out alone: what follows is the article.
    const above = read(['Harbour reopens after the storm', 'About the author', prose[0] as string, prose[1] as string, prose[2] as string], 'en')
    expect(above.kept).toContain(prose[0])
  })

  it('reads on past a box of other articles’ titles in mid-body (“See also” and three questions) when the article goes on at length after it; at the end, a pitch after the box does not restart it', () => {
    const box = ['See also', 'Can the wall be saved?', 'Are storms getting worse?', 'Is the ferry safe?']
    const read = (lines: string[]) => {
      const {tree, file} = readArticle(['Harbour reopens after the storm', ...lines].join('\n\n'), {from: 'text', lang: 'en'})
      return {tree, kept: tree.children.filter((node) => node.type !== 'chrome').map(toString).join('\n'), rules: file.messages.map((message) => message.ruleId)}
    }
    const inside = read([prose[0] as string, prose[1] as string, ...box, prose[2] as string, prose[3] as string, 'The town will ask for money to build a higher wall.'])
    expect(inside.kept).toContain(prose[3])
    expect(inside.kept).not.toContain('Are storms')
    expect(inside.rules).not.toContain('cut-unrelated')
    expect(inside.tree.children.filter((node) => node.type === 'chrome' && node.kind === 'related').map((node) => node.type === 'chrome' && node.label)).toEqual(['See also'])
    const end = read([prose[0] as string, prose[1] as string, ...box, 'Sign up for our free newsletter and get the best of our stories, the news of the harbour and the weather for the week ahead, in your inbox every Friday morning.', 'Privacy policy'])
    expect(end.kept).not.toContain('Sign up')
    expect(end.rules).toContain('cut-unrelated')
  })

  it('reads on past a long box in mid-body (“Most read”: titles, their authors, a subhead) only when an article’s worth of prose follows it; a comment section’s heading in the box ends the article', () => {
    const box = ['Most read', 'Storm Season Starts Early This Year', 'Jane Doe', 'Why Are Ferries Always Late?', 'John Roe', 'The Lighthouse Keeper’s Last Night', 'Ann Poe', 'The sea wall']
    const read = (lines: string[]) => {
      const {tree, file} = readArticle(['Harbour reopens after the storm', ...lines].join('\n\n'), {from: 'text', lang: 'en'})
      return {tree, kept: tree.children.filter((node) => node.type !== 'chrome').map(toString).join('\n'), rules: file.messages.map((message) => message.ruleId)}
    }
    // Six paragraphs of two sentences each: over three hundred words within the lines after the box.
    const longer = [0, 1, 2, 3, 0, 1].map((k) => `${prose[k]} ${prose[(k + 2) % 4]}`)
    const rest = [...longer, 'The town will ask for money to build a higher wall.']
    const inside = read([prose[0] as string, prose[1] as string, ...box, ...rest])
    expect(inside.kept).toContain('The town will ask for money')
    expect(inside.kept).not.toContain('Jane Doe')
    expect(inside.kept).not.toContain('Why Are Ferries')
    expect(inside.rules).not.toContain('cut-unrelated')
    // After such a box, a few paragraphs (other articles’ blurbs, a pitch) are not the article going on.
    const short = read([prose[0] as string, prose[1] as string, ...box, prose[2] as string, prose[3] as string])
    expect(short.kept).not.toContain(prose[3])
    expect(short.rules).toContain('cut-unrelated')
    // A comment section's heading among the lines: what follows is the comments, however long.
    const comments = read([prose[0] as string, prose[1] as string, 'Related posts', 'Storm Season Starts Early This Year', '12 comments', 'Jane Doe', ...rest])
    expect(comments.kept).not.toContain('The town will ask for money')
    expect(comments.rules).toContain('cut-unrelated')
  })

  it('a short line the page prints twice is furniture (repeated) — a menu at top and foot, a table of contents — but not where it heads the text after it, and a body’s repeated lines do not end it', () => {
    const menu = ['Home', 'World', 'Sport']
    const page = [
      ...menu,
      'Storm closes the harbour for three days',
      prose[0],
      'Table of contents',
      'The damage',
      'The boats',
      'The damage',
      prose[1],
      'The boats',
      prose[2],
      'Click to enlarge.',
      prose[3],
      'Click to enlarge.',
      'Winds fell in the night, and the ferries sailed again on Wednesday.',
      ...menu
    ].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'en'})
    const kept = tree.children.filter((node) => node.type !== 'chrome')
    expect(kept.filter((node) => node.type === 'heading').map((node) => [node.type === 'heading' && node.depth, toString(node)])).toEqual([
      [1, 'Storm closes the harbour for three days'],
      [2, 'The damage'],
      [2, 'The boats']
    ])
    expect(kept.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([...prose, 'Winds fell in the night, and the ferries sailed again on Wednesday.'])
    const repeated = tree.children.filter((node) => node.type === 'chrome' && node.kind === 'repeated').map((node) => node.type === 'chrome' && node.label)
    expect(repeated).toEqual(['The damage', 'The boats', 'Click to enlarge.', 'Click to enlarge.', 'World', 'Sport'])
  })

  it('a longer line the page prints three times or more is furniture (a notice over each embedded post, a teaser); printed twice (a pull quote), it is kept', () => {
    const notice = 'I agree to be shown external content. Personal data may then be sent to third-party platforms.'
    const teaser = 'Ferry company announces new timetable for the winter months'
    const quote = '“We have never seen a storm like this in forty years,” said the harbour master.'
    const page = ['Storm closes the harbour for three days', prose[0], notice, prose[1], quote, notice, prose[2], quote, notice, prose[3], teaser, teaser, teaser].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'en'})
    const kept = tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))
    expect(kept).toEqual(['Storm closes the harbour for three days', prose[0], prose[1], quote, prose[2], quote, prose[3]])
    // A text made mostly of the same paragraphs again and again (copies put together into a long document) is its own text.
    const copies = ['A long article', ...Array.from({length: 4}, () => prose).flat()].join('\n\n')
    const all = readArticle(copies, {from: 'text', lang: 'en'}).tree.children.filter((node) => node.type === 'paragraph')
    expect(all).toHaveLength(16)
  })

  it('a box of other articles above the body (“Recent posts” before a sentence is said) is skipped, not taken for the article’s end; after a sentence of body the label still ends it', () => {
    const body = [
      ...prose,
      'Harbour staff worked through the night to clear the debris from the quays, and volunteers from the town brought them food and hot drinks.',
      'The mayor thanked everyone who had helped and said that the town would ask the government for money to build a higher wall next year.'
    ]
    const box = ['Recent posts', 'October 30, 2020', 'How the old lighthouse was saved', 'Read more', 'October 28, 2020', 'Ten walks along the cliffs', 'Read more']
    const read = (lines: string[]) => {
      const {tree, file} = readArticle(['Storm closes the harbour for three days', ...lines].join('\n\n'), {from: 'text', lang: 'en'})
      return {tree, kept: tree.children.filter((node) => node.type !== 'chrome').map(toString).join('\n'), rules: file.messages.map((message) => message.ruleId)}
    }
    const above = read(['By Jane Doe', ...box, ...body])
    expect(above.kept).toContain('the first ferries left on time')
    expect(above.kept).toContain('a higher wall next year')
    expect(above.kept).not.toContain('Ten walks')
    expect(above.rules).not.toContain('cut-unrelated')
    expect(above.tree.children.filter((node) => node.type === 'chrome' && node.kind === 'related').map((node) => node.type === 'chrome' && node.label)).toEqual(['Ten walks along the cliffs', 'Read more'])
    // Once the body has said a paragraph, the same box ends the article: what follows is read as other articles.
    const after = read([body[0] as string, ...box, ...body.slice(1)])
    expect(after.kept).toContain('the first ferries left on time')
    expect(after.kept).not.toContain('a higher wall next year')
    expect(after.rules).toContain('cut-unrelated')
  })
})

describe('a comment thread under a scraped article', () => {
  const comment = (opening: string) => `${opening} I have taken that ferry every week for twenty years, and I have never seen the harbour closed for so long; the council should have mended the wall after the last storm.`
  const thread = [
    '3 Comments',
    'Anna Lind says:',
    'March 3, 2024 at 9:15 am',
    comment('Thank you for this report.'),
    'Reply',
    'Tom Berg says:',
    'March 4, 2024 at 11:02 am',
    comment('Good to read that the boats are back.'),
    'Reply',
    'Mia Sand says:',
    'March 5, 2024 at 8:40 pm',
    comment('At last some good news.'),
    'Reply'
  ]
  const paragraphs = (page: string, lang: string) => readArticle(page, {from: 'text', lang}).tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))

  it('leaves the comments out as comments, though their prose outweighs the furniture between them, each with a message', () => {
    const {tree, file} = readArticle(['Harbour reopens after the storm', ...prose, ...thread].join('\n\n'), {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    const comments = tree.children.filter((node) => node.type === 'chrome' && node.kind === 'comments').map((node) => toString(node))
    expect(comments).toContain(comment('At last some good news.'))
    expect(comments[0]).toBe('Anna Lind says:')
    expect(file.messages.filter((message) => message.ruleId === 'comment-thread').length).toBeGreaterThanOrEqual(3)
  })

  it('finds a German thread whose dated lines close on the reply button, and the article’s end before it', () => {
    const german = [
      ...germanProse,
      'Die Bäckerei hat von Dienstag bis Samstag geöffnet, und sonntags gibt es am Vormittag frische Brötchen für alle, die vorbestellt haben.',
      'Im Herbst will die Inhaberin auch Kurse anbieten, in denen man lernen kann, wie ein Sauerteig angesetzt und gepflegt wird.'
    ]
    const kommentar = (opening: string) => `${opening} Ich kaufe dort seit der Eröffnung jeden Samstag ein, und das Brot aus Emmer und Dinkel ist wirklich das beste, das ich in dieser Stadt je gegessen habe.`
    const page = [
      'Neue Bäckerei am Marktplatz',
      ...german,
      'Schlagworte',
      'Josef Lindner, Do 9 Apr 2020 / 08:34 Antworten',
      kommentar('Sehr schöner Bericht.'),
      'Maria Weber, Do 9 Apr 2020 / 20:50 Antworten',
      kommentar('Endlich wieder ein Handwerksbetrieb.'),
      'Karl Huber, Fr 10 Apr 2020 / 07:12 Antworten',
      kommentar('Danke für den Hinweis.')
    ].join('\n\n')
    expect(paragraphs(page, 'de')).toEqual(german)
  })

  it('keeps dated teasers without a comment’s marks, and an article whose dated lines come before its prose, to the rules for them', () => {
    const teasers = ['Maria Holm - 06.06.2019 um 16:05 Uhr', 'Karl Huber - 31.05.2019 um 13:26 Uhr', 'Anna Berg - 27.05.2019 um 13:18 Uhr']
    const {file} = readArticle(['Harbour reopens after the storm', ...prose, ...teasers, 'Reply', 'Reply'].join('\n\n'), {from: 'text', lang: 'en'})
    expect(file.messages.map((message) => message.ruleId)).not.toContain('comment-thread')
    // A live blog: each entry dated, a quoted "says:" line among them, the first before any prose.
    const entries = ['March 3, 2024 at 9:15 am', prose[0] as string, 'The harbour master says:', 'March 3, 2024 at 11:40 am', prose[1] as string, 'March 3, 2024 at 2:05 pm', prose[2] as string, 'The mayor says:', prose[3] as string]
    expect(paragraphs(['Harbour reopens: live', ...entries].join('\n\n'), 'en')).toEqual(expect.arrayContaining(prose))
  })

  it('clockTime: the one pattern of a clock time, with a colon or an h, not inside a longer number', () => {
    for (const text of ['16:14', 'um 9:40 Uhr', '@11h13', '2021-04-28 11:48:27']) expect([text, clockTime.test(text)]).toEqual([text, true])
    for (const text of ['14.30 Uhr', '17:61', '123:45', '3:456', 'Seite 12']) expect([text, clockTime.test(text)]).toEqual([text, false])
  })

  it('isTimestamp: a short line with a day’s date and a clock time, in the page’s language', () => {
    expectEach(isTimestamp, [
      ['23. Juni 2016 um 17:21 Uhr', 'de'],
      ['Rebel Raime July 25, 2015 at 7:01 pm', 'en'],
      ['Josef Lindner, Do 9 Apr 2020 / 08:34 Antworten', 'de'],
      ['2021-04-28 11:48:27', 'pl'],
      ['26 abril 2022 a las 14:02', 'es'],
      ['(22 juin 2018 @11h13)', 'fr'],
      ['JanBeek Jun 20th at 2:41 am', 'en']
    ], true)
    expectEach(isTimestamp, [
      ['23. Juni 2016', 'de'],
      ['Um 17:21 Uhr fuhr der Zug ab', 'de'],
      ['December 2017 at 10:30', 'en'],
      ['23. Juni 2016 um 17:61 Uhr', 'de'],
      ['The ferry left on March 3, 2024 at 9:15 am, and the first boats came back in the afternoon after the storm had passed over the islands.', 'en']
    ], false)
  })

  it('marksComment: a reply button, a name and its verb, a dated line closing on the button', () => {
    expectEach((text, lang) => marksComment(text, lang, false), [
      ['Reply', 'en'],
      ['Antworten ↓', 'de'],
      ['[ répondre ]', 'fr'],
      ['Rafael sagt:', 'de'],
      ['rebelde dijo:', 'es'],
      ['Anna Kowalska napisała:', 'pl']
    ], true)
    expectEach((text, lang) => marksComment(text, lang, false), [
      ['Fragen und Antworten', 'de'],
      ['Ben 19. Juni 2018 um 15:28 Uhr - Antworten', 'de'],
      ['The report by the harbour authority says that the wall was too old:', 'en']
    ], false)
    expect(marksComment('Ben 19. Juni 2018 um 15:28 Uhr - Antworten', 'de', true)).toBe(true)
  })
})

describe('detectLanguage', () => {
  it('tells the language of a paragraph, as an ISO 639-1 tag', () => {
    expect(detectLanguage(prose.join('\n'))).toBe('en')
    expect(
      detectLanguage('Am Montag hat am Marktplatz eine neue Bäckerei eröffnet, die sich auf Brot aus alten Getreidesorten spezialisiert hat.\nSchon am ersten Tag bildete sich vor der Tür eine lange Schlange.')
    ).toBe('de')
    expect(
      detectLanguage('Министр иностранных дел России заявил, что переговоры продолжатся на следующей неделе в Москве.\nПо его словам, стороны обсудили вопросы безопасности и торговли.')
    ).toBe('ru')
  })

  it('tells the languages franc knows by their script alone — Chinese, Japanese, Korean, Greek, Thai — which its trigram data does not hold; a scraped Chinese page is read as Chinese, not English', () => {
    const chinese = '新华社北京2月5日电 国家主席习近平5日在人民大会堂会见来华进行国事访问的柬埔寨首相洪森。习近平表示，中柬是铁杆朋友，两国人民友谊源远流长。'
    expect(detectLanguage(chinese)).toBe('zh')
    expect(detectLanguage('きょうは、とても寒い日です。東京では雪が降りました。電車が遅れて、たくさんの人が困りました。あしたも寒くなりそうです。気をつけてください。')).toBe('ja')
    expect(detectLanguage('서울시는 5일 코로나19 확산을 막기 위해 모든 공공시설의 운영을 중단한다고 밝혔다. 시민들은 외출을 자제해 달라는 당부를 받았다.')).toBe('ko')
    expect(detectLanguage('Ο πρωθυπουργός συναντήθηκε σήμερα με τους εκπροσώπους των εργαζομένων στο υπουργείο οικονομικών για τις νέες μεταρρυθμίσεις.')).toBe('el')
    expect(detectLanguage('นายกรัฐมนตรีเดินทางไปเยือนประเทศญี่ปุ่นเพื่อหารือเรื่องการค้าและการลงทุนระหว่างสองประเทศในสัปดาห์หน้า')).toBe('th')
    expect(readArticle(`国家主席会见柬埔寨首相\n\n${chinese}`, {from: 'text'}).tree.lang).toBe('zh')
  })

  it('keeps stop words out of the classifier for a language written without spaces (a clause of Chinese is one run of letters), and in for one with them', () => {
    expect(stopwordsFor('zh')).toBeUndefined()
    expect(stopwordsFor('ja')).toBeUndefined()
    expect(stopwordsFor('ko')?.size).toBeGreaterThan(0)
  })

  it('gives a language inside a macrolanguage the macrolanguage’s data: a page in Norwegian Bokmål or Nynorsk has Norwegian’s stop words and labels', () => {
    for (const lang of ['nb', 'nn', 'nb-NO']) {
      expect(stopwordsFor(lang), lang).toEqual(stopwordsFor('no'))
      expect(labelKind('Les også', lang), lang).toBe('tail')
    }
    expect(stopwordsFor('no')?.has('og')).toBe(true)
  })

  it('says nothing of a text too short to tell', () => {
    expect(detectLanguage('Home')).toBeUndefined()
  })

  it('overrules a declared language only where the text plainly is another, through and through', () => {
    const german = germanProse.join('\n')
    expect(contradicts('en-US', german)).toBe('de')
    expect(contradicts('de-AT', german)).toBeUndefined()
    expect(contradicts('en', prose.join('\n'))).toBeUndefined()
    // Too little to tell; an article in the declared language that quotes another at length.
    expect(contradicts('en', germanProse[0] as string)).toBeUndefined()
    expect(contradicts('de', [germanProse[0], ...prose].join('\n'))).toBeUndefined()
    // Kin that detection confuses: Norwegian declared, Bokmål read.
    const norwegian = [
      'Fotballskolen arrangeres hvert år i sommerferien, og i år deltok over to hundre barn fra hele kommunen på trening og lek.',
      'Trenerne forteller at det viktigste er at alle får være med, og at barna lærer å samarbeide både på og utenfor banen.',
      'Neste år håper arrangørene å kunne tilby enda flere plasser, siden interessen har vært stor og ventelisten lang.',
      'Foreldrene kan hente barna ved klubbhuset hver dag klokken tre, og det serveres frukt og vann i pausene.',
      'Klubben takker alle frivillige som har stilt opp, og minner om at påmeldingen til høstens treninger åpner i august.',
      'Det blir også en egen gruppe for de minste barna, der leken står i sentrum og ingen trenger å ha spilt fotball før.',
      'Været var fint hele uken, og mange av barna fikk både solbrenthet og nye venner før de dro hjem på fredag.',
      'Kommunen har lovet å ruste opp den gamle grusbanen, slik at skolen kan bruke den også om vinteren neste år.'
    ].join('\n')
    expect(contradicts('no', norwegian)).toBeUndefined()
    // A macrolanguage declared, one of its languages read (Norwegian, Bokmål): the same language.
    expect(sameLanguage('no', 'nb')).toBe(true)
    expect(sameLanguage('nn-NO', 'no')).toBe(true)
    expect(sameLanguage('de-AT', 'de')).toBe(true)
    expect(sameLanguage('da', 'no')).toBe(false)
  })

  it('reads a German article on a page that declares English (a theme’s lang="en-US") as German, and says so', () => {
    const page = `<html lang="en-US"><body><article><h1>Neue Bäckerei am Marktplatz</h1>${germanProse.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`
    const {tree, file} = readArticle(page, {from: 'html'})
    expect(tree.lang).toBe('de')
    expect(file.messages.find((message) => message.ruleId === 'lang-contradicted')?.reason).toBe('The page declares “en-US”, but its text reads as “de”: read as “de”')
  })
})

describe('the reader, on pages of any site', () => {
  it('reads a post that a script renders from the <noscript> beside it, as a browser with scripts off shows it; a notice there to turn JavaScript on is furniture', () => {
    const post = prose.map((text) => `<p>${text}</p>`).join('')
    const page =
      '<html lang="en"><body><div class="post"><h2 class="title">Harbour reopens after the storm</h2><div class="post-body">' +
      `<script type="text/template">${post}</script><noscript>${post}</noscript>` +
      '<noscript><p>This site works best with JavaScript turned on.</p></noscript>' +
      '</div></div><div class="sidebar"><p>The latest news from the harbour town, every day.</p></div></body></html>'
    const {tree} = readArticle(page, {from: 'html'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(tree.children.find((node) => node.type === 'chrome' && node.kind === 'cookie-notice')).toMatchObject({label: 'This site works best with JavaScript turned on.'})
    // Inside a paragraph, the notice is left out of its text; other text in a <noscript> is read.
    const map = '<noscript>Turn on JavaScript to see the map.</noscript><noscript>The map shows the harbour.</noscript>'
    const inline = `<html lang="en"><body><article><h1>Harbour reopens after the storm</h1><p>${prose[0]} ${map}</p><p>${prose.slice(1).join('</p><p>')}</p></article></body></html>`
    const first = readArticle(inline, {from: 'html'}).tree.children.find((node) => node.type === 'paragraph')
    expect(first && toString(first)).toBe(`${prose[0]} The map shows the harbour.`)
  })

  it('reads no block out of spacing: a paragraph, subhead, list item, quote or caption of no-break or zero-width spaces is nothing, not an empty node', () => {
    const spacers = ['&nbsp;', '&#160;', '&#8203;', '&nbsp;&shy;&#8288;', '&#65279; ']
    const page =
      '<html lang="en"><body><article><h1>Harbour reopens after the storm</h1>' +
      `<p>${prose[0]}</p><p>&nbsp;</p><h3>&#160;</h3><p>${prose[1]}</p>` +
      spacers.map((spacer) => `<p>${spacer}</p>`).join('') +
      `<ul><li>&nbsp;</li><li>${prose[2]}</li></ul><blockquote><p>&#8203;</p></blockquote>` +
      '<figure><img src="harbour.jpg" alt="The harbour"><figcaption>&nbsp;</figcaption></figure>' +
      `<p>${prose[3]}</p></article></body></html>`
    const {tree} = readArticle(page, {from: 'html'})
    // A blank block would be an empty node: every reader's tree is checked for them.
    expect(validateArticle(JSON.parse(JSON.stringify(tree)))).toBeTruthy()
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'paragraph', 'list', 'figure', 'paragraph'])
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([prose[0], prose[1], prose[3]])
    expect(tree.children.find((node) => node.type === 'list')?.children).toHaveLength(1)
    expect(tree.children.find((node) => node.type === 'figure')).toMatchObject({alt: 'The harbour', children: []})
  })

  it('gives the subheads an outline without gaps, in their order on the page: h1, h5, h5, h6, h3 reads as 1, 2, 2, 3, 2', () => {
    const levels = [5, 5, 6, 3]
    const page = `<html lang="en"><body><article><h1>Harbour reopens after the storm</h1>${levels.map((level, i) => `<h${level}>Part ${i + 1} of the story</h${level}><p>${prose[i]}</p>`).join('')}</article></body></html>`
    const {tree} = readArticle(page, {from: 'html'})
    expect(tree.children.flatMap((node) => (node.type === 'heading' ? [node.depth] : []))).toEqual([1, 2, 2, 3, 2])
  })

  it('takes a wrapper around nothing but a widget, however deep and with white space or comments between, for that widget; a wrapper that holds text beside a widget for none', () => {
    const body = prose.map((text) => `<p>${text}</p>`).join('')
    const nest = (depth: number, inner: string) => '<div>\n<!-- wrapper -->'.repeat(depth) + inner + '</div>'.repeat(depth)
    const page = (label: string) => readArticle(`<html lang="en"><body><article><h1>Harbour reopens</h1>${label}${body}</article></body></html>`)
    const deep = page(nest(40, '<a class="category" href="/coast">Coast</a>'))
    expect(deep.tree.children.find((node) => node.type === 'chrome')).toMatchObject({kind: 'section-label', label: 'Coast'})
    const beside = page(nest(3, '<span class="share">Share</span> Fishing boats came back in the afternoon.'))
    expect(beside.tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))).toContain('Share Fishing boats came back in the afternoon.')
  })

  it('reads a drop cap set apart from its paragraph as the paragraph’s first letter, in HTML and in text, each letter at its place in the source', () => {
    const rest = 'he harbour reopened on Tuesday morning, three days after the storm closed it to all traffic.'
    const html = `<html lang="en"><body><article><h1>Harbour reopens</h1><div><span class="initial">T</span><p>${rest}</p></div><p>${prose[1]}</p><p>${prose[2]}</p></article></body></html>`
    const text = ['Harbour reopens after the storm', 'T', '', rest, prose[1], prose[2]].join('\n\n')
    for (const [page, from] of [[html, 'html'], [text, 'text']] as const) {
      const {tree} = readArticle(page, {from, lang: 'en'})
      const first = tree.children.find((node) => node.type === 'paragraph')
      expect(first && toString(first), from).toBe(`T${rest}`)
      expect(first?.position?.start.offset, from).toBe(page.indexOf('T\n') === -1 ? page.indexOf('>T<') + 1 : page.indexOf('T\n'))
      expect(first?.position?.end.offset, from).toBe(page.indexOf(rest) + rest.length)
    }
    // A capital letter alone before a paragraph that opens in capitals is no drop cap.
    const {tree} = readArticle(['Harbour reopens after the storm', 'A', prose[0], prose[1]].join('\n\n'), {from: 'text', lang: 'en'})
    expect(tree.children.some((node) => node.type === 'paragraph' && toString(node).startsWith('AThe'))).toBe(false)
  })

  it('reads a word with soft hyphens (&shy;, a hint where it may break) as the word, in HTML and in text, its position the source’s', () => {
    const words = 'Schon im Mit&shy;tel&shy;al&shy;ter war der St. Mag&shy;da&shy;le&shy;ner das Aus&shy;hän&shy;ge&shy;schild der Wein&shy;wirt&shy;schaft.'
    const page = `<html lang="de"><body><article><h1>St. Magdalener</h1><p>${words}</p><p>${germanProse.join('</p><p>')}</p></article></body></html>`
    const {tree} = readArticle(page, {from: 'html'})
    const first = tree.children.find((node) => node.type === 'paragraph')
    expect(first && toString(first)).toBe('Schon im Mittelalter war der St. Magdalener das Aushängeschild der Weinwirtschaft.')
    expect(first?.position?.start.offset).toBe(page.indexOf('<p>') + 3)
    expect(first?.position?.end.offset).toBe(page.indexOf('</p>'))
    const text = readArticle(`St. Magdalener\n\n${words.replaceAll('&shy;', '\u00AD')}\n`, {from: 'text', lang: 'de'}).tree
    expect(text.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(['Schon im Mittelalter war der St. Magdalener das Aushängeschild der Weinwirtschaft.'])
    // A month's name is a month's name to the date finder, hyphenated or not.
    const dated = readArticle('Weinlese in Bozen\n\nDie Lese begann am 12. De\u00ADzem\u00ADber 2019 in Bozen, wie der Verband mitteilte.\n', {from: 'text', lang: 'de'}).tree
    expect(selectAll(dated, 'date').map((node) => node.type === 'date' && node.iso)).toEqual(['2019-12-12'])
  })

  it('keeps the option over detection, and detection over the text default', () => {
    const page = 'Neue Bäckerei öffnet am Marktplatz\n\nAm Montag hat am Marktplatz eine neue Bäckerei eröffnet, die sich auf Brot aus alten Getreidesorten spezialisiert hat.\n'
    expect(readArticle(page).tree.lang).toBe('de')
    expect(readArticle(page, {lang: 'de-AT'}).tree.lang).toBe('de-AT')
  })

  it('leaves a share row and a footer out of an HTML page without naming either', () => {
    const html =
      '<html><body><div>' +
      '<h1>Harbour reopens after storm</h1>' +
      prose.map((text) => `<p>${text}</p>`).join('') +
      '<p><a href="/a">Facebook</a> <a href="/b">Twitter</a> <a href="/c">Email</a></p>' +
      '<p><a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p>' +
      '</div></body></html>'
    const {tree, file} = readArticle(html)
    const body = tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))
    expect(body).toEqual(prose)
    const chrome = tree.children.filter((node) => node.type === 'chrome').map((node) => node.type === 'chrome' && node.label)
    expect(chrome).toEqual(['Facebook Twitter Email', 'Imprint · Privacy · Contact'])
    expect(file.messages.filter((message) => message.ruleId === 'chrome-boilerplate')).toHaveLength(2)
  })

  it('keeps paragraphs that open like a footer or a promo, and still drops the footer and the promo', () => {
    // Each of these paragraphs was dropped as chrome for its first word (issue 18).
    const paragraphs = [
      'Copyright holders won a major case on Tuesday when the court ruled that streaming services must pay for every song they play.',
      'Reprinted with permission of the court, the ruling runs to 80 pages and sets out why the judges agreed with the musicians.',
      'Watch: the defendants said they would appeal, and their lawyers told reporters the fight was far from over.'
    ]
    const furniture = [
      'Copyright (c) 2017 RFE/RL, Inc. All Rights Reserved.',
      'Reprinted with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.',
      "Watch: Putin's Press Conference In Two Minutes"
    ]
    const text = ['Court rules on music rights', ...paragraphs, prose[0], ...furniture].join('\n\n') + '\n'
    const html = `<html><body><article><h1>Court rules on music rights</h1>${[...paragraphs, prose[0], ...furniture].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
    for (const page of [readArticle(text, {from: 'text'}), readArticle(html)]) {
      const body = page.tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))
      expect(body).toEqual([...paragraphs, prose[0]])
      const chrome = page.tree.children.filter((node) => node.type === 'chrome').map((node) => node.type === 'chrome' && [node.kind, node.label])
      expect(chrome).toEqual([
        ['copyright', furniture[0]],
        ['copyright', furniture[1]],
        ['promo', furniture[2]]
      ])
    }
  })

  it('finds the headline of scraped text below the menu, just above the prose', () => {
    const page = ['Home', 'World', 'Business', 'Sport', 'Harbour Reopens After Three-Day Storm', ...prose, 'Contact us', 'Privacy policy'].join('\n')
    const {tree} = readArticle(page)
    expect(tree.meta.title).toBe('Harbour Reopens After Three-Day Storm')
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
  })

  it('takes for the headline, among the headline-shaped lines above the prose, the one the page prints again (a breadcrumb, the comments’ heading), then the one dated or signed under it, then one of four words, not a category above it; a caption printed twice in a row is not so printed', () => {
    const headline = 'Harbour reopens after three-day storm'
    const page = (head: string[], tail: string[]) => readArticle([...head, ...prose, ...tail].join('\n'), {from: 'text', lang: 'en'}).tree.meta.title
    const comments = ['Related posts', `3 thoughts on “${headline}”`, 'Anna Berg says:', 'Good news at last.']
    // The category line is the first headline-shaped line; the headline is the one printed again.
    expect(page(['Home', 'Local News and Weather', headline, '12 March 2024'], comments)).toBe(headline)
    // With nothing printed again, the one dated or signed right under it, a category above it is not:
    expect(page(['Home', 'Local News and Weather', headline, '12 March 2024'], [])).toBe(headline)
    expect(page(['Home', 'Local News and Weather', 'Harbour reopens today', 'Anna Berg', '12 March 2024'], [])).toBe('Harbour reopens today')
    // without a date or a name under any, the first of four words or more: a site's tagline is shorter.
    expect(page(['Home', 'Our Town Today', headline, 'Share'], [])).toBe(headline)
    // The first of four words when it says what the article is about; a tagline that does not is passed over.
    expect(page(['Home', 'Harbour Master Reports Today', 'Harbour reopens', 'Share'], [])).toBe('Harbour Master Reports Today')
    expect(page(['Home', 'Our Town Today', 'Harbour reopens today', 'Share'], [])).toBe('Harbour reopens today')
    // A caption printed twice under the headline is not the headline.
    const caption = 'Ferries leave the harbour in the morning sun'
    expect(page([headline, caption, caption], comments.slice(0, 1))).toBe(headline)
  })

  it('passes over a candidate that shares no word with the article’s opening prose (a notice, a button, a section’s name) for the one that shares most; a row of the post’s metadata is none, however many words it shares', () => {
    const page = (head: string[]) => readArticle([...head, ...prose].join('\n'), {from: 'text', lang: 'en'}).tree.meta.title
    const headline = 'Harbour reopens after three-day storm'
    // Printed again (a share row's text, the comments' heading), the notice would win on the old rules alone.
    const notice = 'Continue Reading the Main Story'
    expect(page(['Home', notice, 'Local Weather and Traffic', headline, notice])).toBe(headline)
    // A word shared in an inflected form counts: the stem is the word's first five letters ("reopening", "reopened").
    expect(page(['Home', 'Subscribe Now Free for One Year', 'Ferries Back Once Harbour Reopening Ends'])).toBe('Ferries Back Once Harbour Reopening Ends')
    // The post's metadata row names the article's words (its tags), but is no headline: it dates the line above it.
    const tags = 'Published: 05.01.2020 | Author: anna | Filed under: Harbour, Storm | Tags: ferries, fishing boats | 5 Comments'
    expect(page(['Home', 'Our Town Today Online', 'Weekend Events Around Town', tags])).toBe('Weekend Events Around Town')
  })

  it('knows the “see also” label of Turkish, Arabic, Chinese, Japanese, Czech, Greek, Swedish, Indonesian, Korean, Hindi, Vietnamese, Finnish, Danish, Norwegian (a page in Bokmål), Hungarian and Hebrew pages: in mid-body, the label and the title it links to are a promo, the article goes on', () => {
    for (const [lang, lines] of harbourPages) {
      const [headline, first, label, title, ...rest] = lines as [string, string, string, string, ...string[]]
      const {tree} = readArticle(lines.join('\n\n'), {from: 'text', lang})
      expect(tree.meta.title, lang).toBe(headline)
      expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node)), lang).toEqual([first, ...rest])
      expect(tree.children.filter((node) => node.type === 'chrome').map((node) => node.type === 'chrome' && [node.kind, node.label]), lang).toEqual([['promo', `${label} ${title}`]])
    }
  })

  it('takes a language switcher for navigation in any language: a language’s own name, or names and codes parted by bars; not one code, nor a country', () => {
    const {tree} = readArticle(['Neue Bäckerei am Marktplatz', 'English', ...germanProse].join('\n\n'), {from: 'text', lang: 'de'})
    expect(tree.children.filter((node) => node.type === 'chrome').map((node) => node.type === 'chrome' && [node.kind, node.label])).toEqual([['navigation', 'English']])
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(germanProse)
    for (const line of ['Deutsch | English | Français', 'DE / EN', '日本語', 'Tiếng Việt', 'Русский']) expect([line, labelKind(line, 'en')]).toEqual([line, 'navigation'])
    for (const line of ['EN', 'Indonesia', 'Deutsch lernen', 'English summary']) expect([line, labelKind(line, 'de')]).toEqual([line, undefined])
  })

  it('takes a line set off by an arrow with another article’s title for a promo, in mid-body too; not a sentence after an arrow, nor a Python prompt', () => {
    const teaser = '>> Wegen Corona: Bäckerei am Hafen muss schließen <<'
    const linked = '► Die Ergebnisse der Wahl im Überblick'
    const sentence = '► Die Bäckerei ist ab Montag wieder geöffnet.'
    const page = ['Neue Bäckerei am Marktplatz', germanProse[0], teaser, linked, germanProse[1], sentence, germanProse[2]].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    expect(tree.children.filter((node) => node.type === 'chrome').map((node) => node.type === 'chrome' && [node.kind, node.label])).toEqual([['promo', teaser], ['promo', linked]])
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([germanProse[0], germanProse[1], sentence, germanProse[2]])
    for (const prompt of ['>>> x = 10', '>>> import os', '>>> Foo.bar(baz) for each of them']) expect([prompt, isArrowLink(prompt)]).toEqual([prompt, false])
    // A title may open with a number and may ask, as a label's title may.
    for (const title of ['>> 3 Tipps für Gärtner', '→ Warum schließt die Bäckerei am Hafen?']) expect([title, isArrowLink(title)]).toEqual([title, true])
  })

  it('takes a link’s words with an arrow after them for a link, never the headline or a subhead; not a quotation in guillemets, nor a sentence before the arrow', () => {
    const button = 'HIER KOSTENLOS ANMELDEN »'
    const page = ['Zum Deal »', 'Neue Bäckerei am Marktplatz', germanProse[0], button, germanProse[1], germanProse[2]].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    expect(tree.meta.title).toBe('Neue Bäckerei am Marktplatz')
    expect(tree.children.filter((node) => node.type === 'chrome' && node.kind === 'promo').map((node) => toString(node))).toEqual(['Zum Deal »', button])
    for (const link of ['Next post →', 'Alle 120 Kommentare im Forum lesen →', 'Spanien >', 'Jetzt 1000 Euro Kredit sichern »']) expect([link, isArrowLink(link)]).toEqual([link, true])
    for (const line of ['«Il faut partir»', '» Det är dags »', 'Das ist gut. »', 'Wie der Hafen zur Stadt kam und was davon geblieben ist, als die Schiffe größer wurden →']) expect([line, isArrowLink(line)]).toEqual([line, false])
  })

  it('reads the byline under the headline by its language’s by-word: Turkish, Czech, Greek, Swedish, Indonesian, Danish, Norwegian, Finnish, Hungarian, Vietnamese, and Arabic, Hebrew, Hindi, Chinese, Japanese and Korean, whose names have no capitals (Korean’s word follows the name)', () => {
    const bylines: Record<string, string> = {
      tr: 'Haber: Ayşe Demir', cs: 'Autor: Jana Nováková', el: 'Γράφει ο Γιάννης Παπαδόπουλος', sv: 'Av Anna Berg', id: 'Oleh Siti Rahma', ar: 'بقلم أحمد علي',
      zh: '作者：张三', ja: '文：田中太郎', ko: '홍길동 기자',
      da: 'Af Mette Jensen', nb: 'Skrevet av Kari Nordmann', fi: 'Teksti: Matti Virtanen', hu: 'Szerző: Kovács Anna', vi: 'Tác giả: Nguyễn Văn An', he: 'מאת דנה כהן', hi: 'लेखक: राम शर्मा'
    }
    for (const [lang, lines] of harbourPages) {
      const byline = bylines[lang]
      if (byline === undefined) continue
      const [headline, first, , , ...rest] = lines as [string, string, string, string, ...string[]]
      const {tree} = readArticle([headline, byline, first, ...rest].join('\n\n'), {from: 'text', lang})
      expect(tree.children.filter((node) => node.type === 'byline').map((node) => toString(node)), lang).toEqual([byline])
      expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node)), lang).toEqual([first, ...rest])
    }
  })

  it('takes for the headline the line that prints the title a comments heading names, above a blog’s box of prose and its archive; of several such lines, the one over the prose', () => {
    const title = 'Why the storm wall held'
    // The author's box reads as prose and opens the page: by their place the blog's name above it would be the headline.
    const bio =
      'Anna Berg is a harbour pilot and a writer who lives in Kiel. She has worked on the water for twenty years and writes here about the ships, the storms and the people who keep the port running in every season.'
    const archive = ['Archives', 'March 2024 (4)', 'February 2024 (3)', 'January 2024 (5)', 'December 2023 (2)', 'November 2023 (6)', 'October 2023 (4)', 'Recent posts']
    const comments = (count: string) => [count, 'Jan Peters says:', 'Thanks, this was good to read.']
    const read = (lines: string[], lang: string) => readArticle(lines.join('\n'), {from: 'text', lang}).tree
    const blog = read(['Anna Berg’s Harbour Blog', bio, ...archive, title, ...prose, ...comments(`5 thoughts on “${title}”`)], 'en')
    expect(blog.meta.title).toBe(title)
    expect(blog.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    // The menu prints the page's title too, and so do the links under the post: the line with the prose under it is the headline.
    const menu = ['Start', 'Über uns', 'Termine', 'Kontakt', 'Impressum', 'Datenschutz', 'Presse']
    const about = read([...menu, 'Unser Blog über den Hafen', bio, ...archive, 'Über uns', ...germanProse, 'Nächster Beitrag', 'Über uns', ...comments('2 Kommentare zu „Über uns“')], 'de')
    expect(about.meta.title).toBe('Über uns')
    expect(about.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(germanProse)
    // When the line the place rules chose prints the title too, it stays the headline: a title bar above it,
    // with the site's tagline under the bar, has prose under it as well, and is no headline.
    const tagline = 'Our town’s news since 1890, written by the people who live here and read by nearly all of them every single morning.'
    const barred = read(['Home', title, tagline, 'News', title, '12 March 2024', ...prose, ...comments(`3 thoughts on “${title}”`)], 'en')
    expect(barred.children.filter((node) => node.type !== 'chrome').map((node) => [node.type, toString(node)])).toEqual([['heading', title], ...prose.map((text) => ['paragraph', text])])
    // A count without a title, or a title no line prints on its own, leaves the headline to the other rules.
    expect(read(['Home', title, ...prose, ...comments('5 comments')], 'en').meta.title).toBe(title)
    expect(read(['Home', title, ...prose, ...comments('5 thoughts on “A post of another day”')], 'en').meta.title).toBe(title)
  })

  it('takes a headline that asks or exclaims, and names the article, over a menu’s line that names nothing', () => {
    const page = (head: string[]) => readArticle([...head, ...prose].join('\n'), {from: 'text', lang: 'en'}).tree
    const title = (head: string[]) => page(head).meta.title
    // A row of a site's channels has a headline's shape; the question under it, which the shape rules leave out, is the headline.
    expect(title(['Home', 'Feed Twitter Youtube Podcast', 'Will the harbour wall hold after the storm?'])).toBe('Will the harbour wall hold after the storm?')
    const exclaimed = page(['Home', 'Feed Twitter Youtube Podcast', 'Ferries back in the harbour at last!'])
    expect(exclaimed.meta.title).toBe('Ferries back in the harbour at last!')
    expect(exclaimed.children.find((node) => node.type === 'heading' && node.depth === 1)).toMatchObject({type: 'heading'})
    expect(exclaimed.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    // Not when the line chosen by its place names the article too, nor for a line that shares a single word with it.
    expect(title(['Home', 'Harbour News Today', 'Will the harbour wall hold after the storm?'])).toBe('Harbour News Today')
    expect(title(['Home', 'Feed Twitter Youtube Podcast', 'What next for the ferries?'])).toBe('Feed Twitter Youtube Podcast')
    // Nor a row of the post's metadata, whose tags name the article's words too.
    const tags = 'Published: 05.01.2020 | Author: anna | Filed under: Harbour, Ferries | Tags: storm, fishing boats | 5 Comments'
    expect(title(['Home', 'Feed Twitter Youtube Podcast', tags])).toBe('Feed Twitter Youtube Podcast')
  })

  it('takes no line in the site’s own voice for a headline candidate (a newsletter’s line over the byline), so the signed line above it is found', () => {
    const head = ['Startseite', 'Konzepte', 'Neue Bäckerei am Marktplatz', 'Wie ein altes Handwerk in die Stadt zurückkehrt', '‐ Konzepte ‐', 'Erschienen im Coaching-Newsletter in Ausgabe 12 | 2022', 'von Julia Kern']
    const {tree} = readArticle([...head, ...germanProse].join('\n'), {from: 'text', lang: 'de'})
    expect(tree.meta.title).toBe('Neue Bäckerei am Marktplatz')
    expect(tree.children.find((node) => node.type === 'chrome' && node.label.startsWith('Erschienen im'))).toMatchObject({kind: 'newsletter'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(expect.arrayContaining(germanProse))
  })

  it('takes a long headline that reads as prose for the headline, not a teaser’s title followed by more of them, nor a caption under a headline', () => {
    const headlineOf = (lines: string[]) => {
      const {tree} = readArticle(lines.join('\n'), {from: 'text'})
      const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
      return headline && toString(headline)
    }
    const menu = ['Home', 'News', 'Sport', 'Videos Sign In Subscribe']
    const long = 'Microsoft moves to erase its carbon footprint from the atmosphere in climate push'
    // The headline is as dense in stop words as prose: it is the first line the classifier calls prose.
    expect(headlineOf([...menu, long, ...prose])).toBe(long)
    // The same line opening a list of teasers' titles is one of them, not the headline; the article is still read.
    const teasers = ['Council approves the new tram line for the east of the city', 'The best places to see the harbour lights this winter']
    const listed = [...menu, long, ...teasers, 'Harbour reopens after three-day storm', ...prose]
    expect(headlineOf(listed)).toBeDefined()
    expect(headlineOf(listed)).not.toBe(long)
    const {tree} = readArticle(listed.join('\n'), {from: 'text'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(expect.arrayContaining(prose))
    // Under a headline of five words or more, such a line is its caption or deck.
    expect(headlineOf(['Home', 'Harbour reopens after three-day storm', 'Ferries leave the harbour in the morning light in front of the old town', ...prose])).toBe('Harbour reopens after three-day storm')
  })

  it('takes a breadcrumb for navigation, never for the headline, and a line with arrows or slashes in it that is no breadcrumb for what it is', async () => {
    const {isBreadcrumb} = await import('../src/read/chrome-rules.js')
    for (const crumb of ['Home » Politik » Ausland', 'Startseite>People>Real Life>Horror-Fund!', 'Home / Horoskop / Sternzeichen', 'Accueil › Monde › Europe › La Commission propose un plan', 'Start|Magazin|Coole Tipps|Magic Cleaning']) {
      expect(isBreadcrumb(crumb), crumb).toBe(true)
    }
    // A row of the post's metadata has a date for a part; a title and the site's name are two parts.
    for (const line of ['Ja / Nein', 'Preis: 10 > 5 > 2', 'Er sagte: A > B > C, und das war es.', '2019 / 2020 / 2021', 'Harbour reopens after three-day storm', 'Von Jan Kupitz | 3 Kommentare | 24.10.2023', 'Harbour reopens | Coast Daily']) {
      expect(isBreadcrumb(line), line).toBe(false)
    }
    const headline = 'Harbour reopens after three-day storm'
    const {tree} = readArticle(['Home', 'News', 'Home » News » Coast » Harbour and ferries update', headline, ...prose].join('\n'), {from: 'text'})
    const first = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(first && toString(first)).toBe(headline)
    expect(tree.children.find((node) => node.type === 'chrome' && node.label.includes('»'))).toMatchObject({kind: 'navigation'})
    // In HTML, a breadcrumb set as a paragraph of the article is the site's navigation too.
    const html = `<html lang="en"><body><article><p><a href="/">Home</a> » <a href="/news">News</a> » <a href="/coast">Coast</a> » ${headline}</p><h1>${headline}</h1>${prose.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`
    const page = readArticle(html).tree
    expect(page.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(page.children.find((node) => node.type === 'chrome' && node.label.includes('»'))).toMatchObject({kind: 'navigation'})
  })

  it('takes neither the post’s dated line nor a menu’s item above the headline for it', () => {
    const headlineOf = (lines: string[]) => {
      const {tree} = readArticle(lines.join('\n'), {from: 'text'})
      const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
      return headline && toString(headline)
    }
    const headline = 'Harbour reopens after three-day storm'
    expect(headlineOf(['Home', 'Archive', 'Tuesday, 13 May 2014, by Jane Doe', 'Share Print', headline, ...prose])).toBe(headline)
    expect(headlineOf(['Advertise with us', 'Jobs', 'Events', headline, ...prose])).toBe(headline)
  })

  it('takes a title that ends on a quoted name for a headline, and a line quoted whole, or closing a quoted sentence, for none', async () => {
    const {isTitleLike} = await import('../src/read/chrome-rules.js')
    expect(isTitleLike('The Loneliest Woman in the World: An Appreciation of Heart’s “Alone”')).toBe(true)
    expect(isTitleLike("Review: Streaming the 'Parasite'")).toBe(true)
    expect(isTitleLike('“We are not going anywhere”')).toBe(false)
    expect(isTitleLike('He said he would stay. “We are not going anywhere.”')).toBe(false)
    const page = [
      'Home', 'Archives', 'Contributors',
      'The Loneliest Woman in the World: An Appreciation of Heart’s “Alone”',
      'By Tim Anderson',
      'Fans of the band fall into one of two camps, and the second of them has been waiting for this record for a very long time now.',
      'The song opens with a piano and a voice, and by the time the drums come in the listener has already decided which camp to join.'
    ].join('\n')
    const {tree} = readArticle(page, {from: 'text'})
    const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(headline && toString(headline)).toBe('The Loneliest Woman in the World: An Appreciation of Heart’s “Alone”')
  })

  it('takes a short run of prose above the page’s menus (a tagline, a newsletter’s pitch) for a box, not the article’s beginning, when an article’s worth of prose follows', () => {
    const headline = 'Harbour reopens after three-day storm'
    const body = [
      ...prose,
      'Harbour staff worked through the night to clear the debris from the quays, and volunteers from the town brought them food and hot drinks.',
      'The mayor thanked everyone who had helped and said that the town would ask the government for money to build a higher wall next year.'
    ]
    const tagline = 'The news of the harbour town, every morning in your inbox and free of charge, since the year 1998.'
    const links = 'Home | Local | Sport | Weather | Shipping | Events | Obituaries | Archive | Contact | Advertise'
    const menu = ['Harbour Town Daily', tagline, links, 'Local', 'Sport', 'Weather', 'Shipping', 'Events']
    const read = (lines: string[]) => readArticle(lines.join('\n'), {from: 'text', lang: 'en'}).tree
    const tree = read([...menu, headline, '12 March 2024', ...body])
    expect(tree.meta.title).toBe(headline)
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(body)
    // An article of less than an article's worth after the menus: the first prose is kept as it was, unless
    // the headline is signed or dated (then it is the headline, and the tagline above it furniture).
    const short = read([...menu, headline, ...body.slice(0, 2)])
    expect(short.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toContain(tagline)
    const dated = read([...menu, headline, '12 March 2024', ...body.slice(0, 2)])
    expect(dated.meta.title).toBe(headline)
    expect(dated.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(body.slice(0, 2))
  })

  it('takes a one-word title above the prose for the headline once the menu around it is left out, and a notice about cookies above it for furniture', () => {
    const notice = 'We use cookies and other tracking technologies to improve your browsing experience on our site.'
    const menu = ['Home', 'Tours', 'Bike map', 'Hotels', 'Austria', 'Tyrol']
    // The scraper's first line is a word cut short ("ollow" of "Follow"): not a headline, so the reader starts with no head.
    const page = [notice, 'ollow', ...menu, 'Ischgl', ...prose].join('\n\n')
    const {tree, file} = readArticle(page, {from: 'text', lang: 'en'})
    expect(tree.children.find((node) => node.type !== 'chrome')).toMatchObject({type: 'heading', depth: 1})
    expect(tree.meta.title).toBe('Ischgl')
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(tree.children.find((node) => node.type === 'chrome' && node.label === notice)).toMatchObject({kind: 'cookie-notice'})
    expect(file.messages.map((message) => message.ruleId)).toContain('headline-promoted')
  })

  it('finds the headline below a question the smoothing reads as prose, nearest the first real paragraph', () => {
    // The first line is a question, not a headline (not in title case); the short lines after it take the
    // class of their prose neighbours, so the search above the first prose starts at the top and finds none.
    // Paragraphs long enough to be prose on their own (over 200 characters).
    const long = [`${prose[0]} ${prose[1]}`, `${prose[2]} ${prose[3]}`]
    const page = ['Have you seen my videos on the channel?', 'My channels: Comedy & Cartoons / Travel / Vlog', '12 November 2015 / 13:48', 'Three Strange Places in Berlin', 'Watch', ...long].join('\n')
    const {tree} = readArticle(page, {from: 'text'})
    expect(tree.meta.title).toBe('Three Strange Places in Berlin')
  })

  it('reads a data table as a list of its rows and a layout table as the text of its cells', () => {
    const data =
      '<table><thead><tr><th>Ferry</th><th>Leaves</th></tr></thead>' +
      '<tbody><tr><td>Island Star</td><td>07:15</td></tr><tr><td>North Wind</td><td>09:40</td></tr></tbody></table>'
    const layout = `<table><tr><td><p>${prose[2]}</p></td><td>${prose[3]}</td></tr></table>`
    const html = `<html lang="en"><body><article><h1>Harbour reopens</h1><p>${prose[0]}</p>${data}<p>${prose[1]}</p>${layout}</article></body></html>`
    const {tree, file} = readArticle(html)
    const shape = tree.children.map((node) =>
      node.type === 'list' ? node.children.map((item) => item.children.map((cell) => toString(cell))) : node.type
    )
    expect(shape).toEqual([
      'heading',
      'paragraph',
      [['Ferry', 'Leaves'], ['Island Star', '07:15'], ['North Wind', '09:40']],
      'paragraph',
      'paragraph',
      'paragraph'
    ])
    expect(tree.children.slice(-2).map((node) => toString(node))).toEqual([prose[2], prose[3]])
    expect(file.messages.find((message) => message.ruleId === 'html-table')?.reason).toBe('Read a table of 3 rows as a list, one item per row')
    // Cells that wrap a short text in <div>s or <span>s (a recipe's amounts and ingredients) are still a data table's.
    const ingredients = '<table><tr><td><div>125 g</div></td><td><div><span>Mehl</span><span>(Type 405)</span></div></td></tr><tr><td><div>65 g</div></td><td><div>Zucker</div></td></tr></table>'
    const recipe = readArticle(`<html lang="de"><body><article><h1>Kuchen</h1><p>${prose[0]}</p>${ingredients}<p>${prose[1]}</p></article></body></html>`)
    const list = recipe.tree.children.find((node) => node.type === 'list')
    expect(list?.type === 'list' && list.children.map((item) => item.children.map((cell) => toString(cell)))).toEqual([['125 g', 'Mehl (Type 405)'], ['65 g', 'Zucker']])
  })

  it('keeps a data table of the article between furniture — a header cell’s heading over its rows, a link to a shopping list after it — and a list without links, and leaves out a table and a list of links', () => {
    const ingredients =
      '<table><thead><tr><th colspan="2"><h3>Für den Teig:</h3></th></tr></thead><tbody>' +
      [['125 g', 'Mehl'], ['65 g', 'Zucker'], ['65 g', 'Margarine oder Butter'], ['1', 'Ei']].map(([amount, what]) => `<tr><td><span>${amount}</span></td><td><span>${what}</span></td></tr>`).join('') +
      '</tbody></table>'
    const mostRead = `<table>${['Neue Rezepte für den Herbst', 'Zehn Kuchen ohne Zucker', 'Brot backen wie früher'].map((title, i) => `<tr><td>${i + 1}</td><td><a href="/r/${i}">${title}</a></td></tr>`).join('')}</table>`
    const page = `<html lang="de"><body><article><h1>Kuchen</h1><div>Zutaten</div><div>für</div>${ingredients}<a href="/list">Zutaten auf die Einkaufsliste</a><div>Zubereitung</div>${germanProse.map((text) => `<p>${text}</p>`).join('')}${mostRead}</article></body></html>`
    const {tree} = readArticle(page)
    const lists = tree.children.filter((node) => node.type === 'list').map((node) => (node.type === 'list' ? node.children.map((item) => item.children.map((cell) => toString(cell)).join(' ')) : []))
    expect(lists).toEqual([['Für den Teig:', '125 g Mehl', '65 g Zucker', '65 g Margarine oder Butter', '1 Ei']])
    expect(tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node)).join(' ')).not.toContain('Zehn Kuchen ohne Zucker')
    // A list with no link between the same furniture (the nutrition per piece) is the article's too; a list of links is not.
    const nutrition = '<ul><li>390 kcal</li><li>8 g Eiweiß</li><li>13 g Fett</li><li>60 g Kohlenhydrate</li></ul>'
    const linked = '<ul><li><a href="/a">Apfelkuchen</a></li><li><a href="/b">Käsekuchen</a></li><li><a href="/c">Zwetschgenkuchen</a></li></ul>'
    const second = readArticle(page.replace(ingredients, nutrition).replace(mostRead, `<div>Mehr Kuchen</div>${linked}<div>Newsletter</div>`))
    const kept = second.tree.children.filter((node) => node.type === 'list').map((node) => toString(node))
    expect(kept).toEqual([expect.stringContaining('390 kcal')])
  })

  it('reads on into the container’s siblings that carry on its text, not into a link list beside it', () => {
    const links = '<div><a href="/1">Ferry strike ends after two days of talks</a> <a href="/2">New timetable for the island boats</a></div>'
    const html =
      `<html lang="en"><body><div class="page"><article><h1>Harbour reopens</h1><p>${prose[0]}</p><p>${prose[1]}</p></article>` +
      `${links}<div class="more-text"><p>${prose[2]}</p><p>${prose[3]}</p></div></div></body></html>`
    const {tree} = readArticle(html)
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
  })

  it('looks for those siblings beside the wrapper that holds nothing but the body: the lead beside it is read', () => {
    const lead = 'Three days after the storm, the first ferries left on time for the islands this morning.'
    const html =
      `<html lang="en"><body><div class="col"><h1>Harbour reopens</h1><p class="intro">${lead}</p>` +
      `<div class="group"><div class="long-text">${prose.map((text) => `<p>${text}</p>`).join('')}</div></div>` +
      `<div class="group"><a href="/1">Ferry strike ends after two days of talks</a> <a href="/2">New timetable for the island boats</a></div></div></body></html>`
    const {tree} = readArticle(html)
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([lead, ...prose])
  })

  it('a heading that is a sentence of ten words (a lead set as <h2>) is judged as text of its own, not by the link row after it; a short subhead still goes with what it heads', () => {
    const lead = 'During an operation to arrest three suspects, the police detained the mother of one of them.'
    const html =
      `<html lang="en"><body><article><h1>Mother detained at son’s arrest</h1><h2>${lead}</h2>` +
      `<p><a href="/1">Mother comes to ask about her son’s arrest and is detained</a></p>` +
      prose.map((text) => `<p>${text}</p>`).join('') +
      `<h2>More stories</h2><p><a href="/2">Ferry strike ends</a> <a href="/3">New timetable</a></p></article></body></html>`
    const {tree} = readArticle(html)
    const kept = tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))
    expect(kept).toContain(lead)
    expect(kept).not.toContain('More stories')
    expect(kept.join(' ')).not.toContain('Mother comes to ask')
  })

  it('reads on into a sibling whose text is not in <p>s (a lead in a <div>, as the body’s paragraphs are)', () => {
    const lead = 'Three days after the storm, the first ferries left on time for the islands this morning, and the harbour master thanked the crews.'
    const html =
      `<html lang="de"><body><div class="artikel"><div class="vorspann">${lead}</div>` +
      `<div class="text">${prose.map((text) => `<div class="absatz">${text}</div>`).join('')}</div></div><div class="links"><a href="/1">Ferry strike ends after two days of talks</a></div></body></html>`
    const {tree} = readArticle(html, {lang: 'en'})
    const text = tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node)).join(' ')
    expect(text).toContain(lead)
    for (const paragraph of prose) expect(text).toContain(paragraph)
    expect(text).not.toContain('Ferry strike')
  })

  it('reads the deck in the block around a headline outside the container, when the block is the article’s header and not the site’s', () => {
    const deck = 'The storm closed the harbour for three days; repairs to the sea wall will take a month.'
    const html =
      `<html lang="en"><body><div class="site-top"><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Coast Weekly, your local paper since 1921, every Friday.</p></div>` +
      `<div id="story"><section class="top"><div class="row"><h1>Harbour reopens</h1><h2 class="subtitle">${deck}</h2></div></section>` +
      `<section class="body"><div class="rendered">${prose.map((text) => `<p>${text}</p>`).join('')}</div></section></div></body></html>`
    const {tree} = readArticle(html)
    const kept = tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))
    expect(kept.slice(0, 2)).toEqual(['Harbour reopens', deck])
    expect(kept.join(' ')).not.toContain('Coast Weekly')
    expect(kept.slice(-4)).toEqual(prose)
  })

  it('reads a lead in its own block before the body, however long the body; after the body a block must carry on its text', () => {
    const lead = 'Three days after the storm, the first ferries left on time for the islands this morning.'
    const long = [...prose, ...prose].map((text) => `<p>${text}</p>`).join('')
    const note = 'The harbour office is open from nine to five on weekdays, and on Saturday mornings until noon.'
    const html =
      `<html lang="en"><body><article class="post"><h1>Harbour reopens</h1><div class="excerpt">${lead}</div>` +
      `<div class="entry-content">${long}</div><div class="office">${note}</div></article></body></html>`
    const {tree} = readArticle(html)
    const paragraphs = tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))
    expect(paragraphs[0]).toBe(lead)
    expect(paragraphs.slice(1)).toEqual([...prose, ...prose])
  })

  it('knows the body by its itemprop alone, no class on it: the block after it does not carry on its text', () => {
    const note = 'The harbour office is open from nine to five on weekdays, and on Saturday mornings until noon.'
    const long = [...prose, ...prose].map((text) => `<p>${text}</p>`).join('')
    const html = `<html lang="en"><body><article><h1>Harbour reopens</h1><div itemprop="articleBody">${long}</div><div>${note}</div></article></body></html>`
    const {tree} = readArticle(html)
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([...prose, ...prose])
  })

  it('reads on into blocks of the same kind as the one around the body (a CMS’s content elements), not into a list of links', () => {
    const lead = 'Three days after the storm, the first ferries left on time for the islands this morning.'
    const last = 'The harbour office is open from nine to five on weekdays, and on Saturday mornings until noon.'
    const html =
      `<html lang="en"><body><div class="main"><h1>Harbour reopens</h1>` +
      `<div class="frame" id="c1"><div class="inner"><h2>The first ferries</h2><p>${lead}</p></div></div>` +
      `<div class="frame" id="c2"><div class="inner"><h2>The repairs</h2><div class="text">${prose.map((text) => `<p>${text}</p>`).join('')}</div></div></div>` +
      `<div class="frame" id="c3"><div class="inner"><p>${last}</p></div></div>` +
      `<div class="frame" id="c4"><div class="inner"><a href="/1">Ferry strike ends after two days of talks</a> <a href="/2">New timetable for the island boats, from Monday</a></div></div>` +
      `</div></body></html>`
    const {tree} = readArticle(html)
    const text = tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))
    expect(text.filter((line) => line !== 'Harbour reopens')).toEqual(['The first ferries', lead, 'The repairs', ...prose, last])
  })

  it('never takes its container from inside an element named as furniture (a sidebar <div class="aside">), however much text it holds', () => {
    const blurbs = prose.map((text) => `<p>${text} Read the whole story in our archive.</p>`).join('')
    const html =
      `<html lang="en"><body><div class="row"><div id="content"><article><h1>Harbour reopens</h1><p>${prose[0]}</p><p>${prose[1]}</p></article></div>` +
      `<div id="aside" class="aside span4"><div class="list">${blurbs}${blurbs}</div></div></div></body></html>`
    const {tree} = readArticle(html)
    expect(tree.meta.title).toBe('Harbour reopens')
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose.slice(0, 2))
  })

  it('reads an article whose text sits in a <header> of a component (no navigation, more text than a deck), and still leaves the site’s header out', () => {
    const html =
      `<html lang="en"><body><header class="site"><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Coast Weekly, your local paper since 1921, every Friday.</p></header>` +
      `<main><h1>Harbour reopens</h1><article class="image-text"><img src="/harbour.jpg" alt=""><header class="image-text-description">${[...prose, ...prose].map((text) => `<p>${text}</p>`).join('')}</header></article></main></body></html>`
    const {tree} = readArticle(html)
    const text = tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node)).join(' ')
    for (const paragraph of prose) expect(text).toContain(paragraph)
    expect(text).not.toContain('Coast Weekly')
  })

  it('reads the page’s summary under the headline when the page holds almost no article text of its own (a body rendered by a script), and not otherwise', () => {
    const summary = 'The harbour reopened on Tuesday, three days after the storm; the first ferries left on time for the islands.'
    const head = `<head><title>Harbour reopens</title><meta property="og:description" content="${summary}"></head>`
    const empty = `<html lang="en">${head}<body><h1>Harbour reopens</h1><div id="app"></div><script type="text/template"><p>${prose[0]}</p></script></body></html>`
    const {tree, file} = readArticle(empty)
    const kept = tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))
    expect(kept).toEqual(['Harbour reopens', summary])
    const message = file.messages.find((m) => m.ruleId === 'summary-as-body')
    expect(message?.reason).toContain('og:description')
    expect(message?.place).toMatchObject({start: {offset: empty.indexOf('<meta')}, end: {offset: empty.indexOf('</head>')}})
    const full = `<html lang="en">${head}<body><h1>Harbour reopens</h1>${prose.map((text) => `<p>${text}</p>`).join('')}</body></html>`
    const read = readArticle(full)
    expect(read.tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(read.file.messages.some((m) => m.ruleId === 'summary-as-body')).toBe(false)
  })

  it('reads the summary the page prints as the deck above the body, in an article’s <header> left out for the section links it holds, and not when it is not printed or is already read', () => {
    const summary = 'The harbour reopened on Tuesday, three days after the storm; the first ferries left on time for the islands.'
    const head = `<head><title>Harbour reopens</title><meta property="og:description" content="${summary}"></head>`
    const body = prose.map((text) => `<p>${text}</p>`).join('')
    const page = `<html lang="en">${head}<body><article><header><nav><a href="/news">News</a> <a href="/coast">Coast</a></nav><h1>Harbour reopens</h1><p class="excerpt">${summary}</p></header>${body}</article></body></html>`
    const {tree, file} = readArticle(page)
    expect(tree.children.filter((node) => node.type !== 'chrome').slice(0, 3).map((node) => toString(node))).toEqual(['Harbour reopens', summary, prose[0]])
    expect(file.messages.find((m) => m.ruleId === 'deck-printed')?.place).toMatchObject({start: {offset: page.indexOf('<p class="excerpt">')}})
    const unprinted = readArticle(`<html lang="en">${head}<body><article><h1>Harbour reopens</h1>${body}</article></body></html>`)
    expect(unprinted.tree.children.some((node) => toString(node) === summary)).toBe(false)
    const twice = readArticle(`<html lang="en">${head}<body><article><h1>Harbour reopens</h1><blockquote><p>${summary}</p></blockquote>${body}</article></body></html>`)
    expect(twice.tree.children.filter((node) => toString(node) === summary)).toHaveLength(1)
  })

  it('reads the article the page declares in JSON-LD (articleBody) when its markup prints under half of it — a paywall’s offers in its place — and not when the page prints it', () => {
    const ld = (body: string) => `<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', '@graph': [{'@type': 'WebPage'}, {'@type': 'NewsArticle', headline: 'Harbour reopens', articleBody: body}]})}</script>`
    const offers = '<div class="paywall"><p>Read on with a subscription: the whole archive, the daily newsletter and the weekly print edition.</p><ul><li>First month for one euro</li><li>Cancel at any time</li></ul></div>'
    const paywalled = `<html lang="en"><head><title>Harbour reopens</title>${ld(prose.join('\n'))}</head><body><main><h1>Harbour reopens</h1>${offers}</main></body></html>`
    const {tree, file} = readArticle(paywalled)
    expect(tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))).toEqual(['Harbour reopens', ...prose])
    const chrome = tree.children.filter((node) => node.type === 'chrome').map((node) => (node.type === 'chrome' ? node.label : ''))
    expect(chrome).toContainEqual(expect.stringContaining('Read on with a subscription'))
    const message = file.messages.find((m) => m.ruleId === 'body-declared')
    expect(message?.reason).toContain(`(${prose.length} paragraphs)`)
    expect(message?.place).toMatchObject({start: {offset: paywalled.indexOf('<script')}})
    // Markup in the declared body: its paragraphs stay apart.
    const marked = readArticle(paywalled.replace(JSON.stringify(prose.join('\n')).slice(1, -1), prose.map((text) => `<p>${text}</p>`).join('')))
    expect(marked.tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    // Printed in full, the page's own markup is read, with its positions.
    const printed = readArticle(`<html lang="en"><head>${ld(prose.join('\n'))}</head><body><article><h1>Harbour reopens</h1>${prose.slice(0, 3).map((text) => `<p>${text}</p>`).join('')}</article></body></html>`)
    expect(printed.file.messages.some((m) => m.ruleId === 'body-declared')).toBe(false)
    expect(printed.tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose.slice(0, 3))
  })

  it('finds the printed deck above the body’s first prose, not above a newsletter’s line read before it and left out later', () => {
    const summary = 'The harbour reopened on Tuesday, three days after the storm; the first ferries left on time for the islands.'
    const head = `<head><title>Harbour reopens</title><meta property="og:description" content="${summary}"></head>`
    const pitch = '<div class="box"><div>Stay up to date with our newsletters.</div><a href="/newsletter">All newsletters</a></div>'
    const page = `<html lang="en">${head}<body><main>${pitch}<header><nav><a href="/news">News</a> <a href="/coast">Coast</a></nav><h1>Harbour reopens</h1><p class="lead">${summary}</p></header>${prose.map((text) => `<p>${text}</p>`).join('')}</main></body></html>`
    const {tree, file} = readArticle(page)
    expect(tree.children.filter((node) => node.type !== 'chrome').slice(0, 3).map((node) => toString(node))).toEqual(['Harbour reopens', summary, prose[0]])
    expect(file.messages.some((m) => m.ruleId === 'deck-printed')).toBe(true)
  })

  it('counts neither the titles of a list of other articles (<a><h2>…</h2></a>, linked) nor what the classifier leaves out as the page’s own text, so a paywalled page is read as its summary', () => {
    const summary = 'The harbour reopened on Tuesday, three days after the storm; the first ferries left on time for the islands.'
    const head = `<head><title>Harbour reopens</title><meta property="og:description" content="${summary}"></head>`
    const titles = ['Ferry timetable changes for the winter season', 'New lifeboat station opens on the north quay', 'Fish market prices fall for a third week running', 'Council votes to repair the old lighthouse roof', 'Ten walks along the cliffs before the spring']
    const list = `<div>Most read</div><ol>${titles.map((title, i) => `<li><a href="/story/${i}"><h2>${title}</h2></a></li>`).join('')}</ol>`
    const page = `<html lang="en">${head}<body><main><h1>Harbour reopens</h1><div>Subscribe to read on</div><div>Save 20%</div>${list}</main></body></html>`
    const {tree, file} = readArticle(page)
    expect(tree.children.slice(0, 2).map((node) => toString(node))).toEqual(['Harbour reopens', summary])
    expect(file.messages.find((m) => m.ruleId === 'summary-as-body')?.reason).toContain('(28 characters out of links)')
    // The titles are links, as the page has them.
    const item = selectAll(tree, 'listItem')[0] as Nodes
    expect(selectAll(item, 'link').map((link) => link.type === 'link' && link.url)).toEqual(['/story/0'])
  })

  it('leaves out a list headed by its own first item as a label of other articles, and keeps a list that is not', () => {
    const facts = '<ul><li>The first ferry leaves at seven in the morning and the last one at nine in the evening.</li><li>Fishing boats will be back in the harbour from Thursday, the fish market says.</li></ul>'
    const teasers = '<ul><li>Related articles</li><li><a href="/1">Ferry strike ends after two days of talks</a></li><li><a href="/2">New timetable for the island boats</a></li></ul>'
    const html = `<html lang="en"><body><article><h1>Harbour reopens</h1>${prose.map((text) => `<p>${text}</p>`).join('')}${facts}${teasers}</article></body></html>`
    const {tree} = readArticle(html)
    const lists = tree.children.filter((node) => node.type === 'list').map((node) => toString(node))
    expect(lists).toHaveLength(1)
    expect(lists[0]).toContain('The first ferry leaves at seven')
    const related = tree.children.filter((node) => node.type === 'chrome' && node.kind === 'related')
    expect(related.map((node) => (node.type === 'chrome' ? node.label : ''))).toEqual([expect.stringContaining('Related articles')])
  })

  it('takes the article, not the teaser <article> above it nor the comments after it', () => {
    const teaser = '<article class="teaser"><h2><a href="/b">Bridge works start</a></h2><p>The council has chosen a contractor for the repairs to the old bridge.</p></article>'
    const comments = prose.map((text) => `<article class="comment"><p>${text} I agree with every word.</p></article>`).join('')
    const html = `<html lang="en"><body>${teaser}<div class="col"><h1>Harbour reopens</h1>${prose.map((text) => `<p>${text}</p>`).join('')}</div><div id="comments-list">${comments}</div></body></html>`
    const {tree} = readArticle(html)
    expect(tree.meta.title).toBe('Harbour reopens')
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
  })

  it('reads an article inside a form that wraps the whole page (ASP.NET), and still leaves a comment form out', () => {
    const comment = '<form class="reply" action="/comment"><label for="c">Your comment</label><textarea id="c"></textarea><button>Send</button></form>'
    const html =
      `<html lang="en"><body><form id="aspnetForm" method="post" action="./story.aspx"><input type="hidden" name="__VIEWSTATE" value="x">` +
      `<table class="footer-counters"><tr><td>Counter</td></tr></table><div class="news-text"><h1>Harbour reopens</h1>${prose.map((text) => `<p>${text}</p>`).join('')}</div>${comment}</form></body></html>`
    const {tree} = readArticle(html)
    expect(tree.meta.title).toBe('Harbour reopens')
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(tree.children.map((node) => toString(node)).join(' ')).not.toContain('Your comment')
  })

  it('reads the deck printed in the article’s <header> above the body, outside the container, and leaves the site’s header out', () => {
    const deck = 'The storm closed the harbour for three days; repairs to the sea wall will take a month.'
    const html =
      `<html lang="en"><body><header class="site"><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Coast Weekly, your local paper since 1921, every Friday.</p></header>` +
      `<main><header class="story-head"><h1>Harbour reopens</h1><p class="standfirst-text">${deck}</p><p>By Anna Berg</p></header>` +
      `<div class="story-body">${prose.map((text) => `<p>${text}</p>`).join('')}</div></main></body></html>`
    const {tree} = readArticle(html)
    const kept = tree.children.filter((node) => node.type !== 'chrome').map((node) => [node.type, toString(node)])
    expect(kept.slice(0, 2)).toEqual([['heading', 'Harbour reopens'], ['paragraph', deck]])
    expect(kept.map(([, text]) => text).join(' ')).not.toContain('Coast Weekly')
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node)).slice(-4)).toEqual(prose)
  })

  it('does not count the comments’ text towards the container around them: the article is the container with the most text of its own', () => {
    const comments = prose.flatMap((text) => [text, text]).map((text) => `<div class="comment-body"><p>${text} I agree with every word of it.</p></div>`).join('')
    const html =
      `<html lang="en"><body><article class="story"><h1>Harbour reopens</h1>${prose.map((text) => `<p>${text}</p>`).join('')}</article>` +
      `<section class="content"><h3>How to comment</h3><p>Please register and keep to our rules.</p><div class="comments">${comments}</div></section></body></html>`
    const {tree} = readArticle(html)
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
  })

  it('reads an opinion piece whose class names its genre (“commentary”): not comments', () => {
    const html = `<html lang="en"><body><h1>Harbour reopens</h1><div class="commentary opinion">${prose.map((text) => `<p>${text}</p>`).join('')}</div><p>Coast Weekly</p></body></html>`
    const {tree} = readArticle(html)
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
  })

  it('takes as headline the heading that says the publisher’s title, whatever its level', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Harbour reopens after the storm"}]}</script>'
    const html = `<html lang="en"><head>${ld}<title>Coast Weekly</title></head><body><header><h1>Coast Weekly</h1></header><article><h2>Harbour reopens after the storm</h2>${prose.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`
    const {tree} = readArticle(html)
    const headings = tree.children.filter((node) => node.type === 'heading').map((node) => node.type === 'heading' && [node.depth, toString(node)])
    expect(headings).toEqual([[1, 'Harbour reopens after the storm']])
  })

  it('reads the <title>, without the site’s name, when no heading is the headline', () => {
    const html = `<html lang="en"><head><title>Harbour reopens after the storm | Coast Weekly</title></head><body><div>${prose.map((text) => `<p>${text}</p>`).join('')}</div></body></html>`
    const {tree, file} = readArticle(html)
    expect(tree.children[0]?.type).toBe('heading')
    expect(tree.meta.title).toBe('Harbour reopens after the storm')
    expect(file.messages.map((message) => message.ruleId)).toContain('headline-placed')
  })
})

describe('titleExtent', () => {
  it('keeps the longest part of a title split by a spaced separator', () => {
    const part = (title: string) => {
      const {start, end} = titleExtent(title)
      return title.slice(start, end)
    }
    expect(part('Harbour reopens after the storm | Coast Weekly')).toBe('Harbour reopens after the storm')
    expect(part('News - Harbour reopens after the storm')).toBe('Harbour reopens after the storm')
    expect(part('Covid-19: what changes on Monday')).toBe('Covid-19: what changes on Monday')
  })
})

describe('labels on a page that declares no language', () => {
  it('detects the language before the walk, so the page’s own labels apply', () => {
    const html = `<html><body><article><h1>Neue Bäckerei öffnet</h1>${germanProse.map((text) => `<p>${text}</p>`).join('')}<p>Teilen mit:</p></article></body></html>`
    const {tree} = readArticle(html)
    expect(tree.lang).toBe('de')
    expect(tree.children.at(-1)).toMatchObject({type: 'chrome', kind: 'share', label: 'Teilen mit:'})
  })
})

describe('labelKind', () => {
  it('takes a share row’s networks, each on its line, for share buttons, whichever networks they are', () => {
    const row = ['Facebook', 'LinkedIn', 'Pinterest', 'Reddit', 'Messenger', 'Xing', 'Social Share']
    const {tree} = readArticle(['Harbour reopens after three-day storm', ...prose, ...row].join('\n'), {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'chrome' && node.kind === 'share').map((node) => node.type === 'chrome' && node.label)).toEqual(row)
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
  })

  it('takes a share verb and a network’s name with only small words beside them for a share button, in the page’s language or English, and two names without a verb for none', () => {
    const share = (text: string, lang: string | undefined) => labelKind(text, lang) === 'share'
    const buttons = [['Auf Facebook teilen', 'de'], ['Teilen auf', 'de'], ['Per Mail teilen', 'de'], ['Share on Pinterest', 'fr'], ['Partager sur X', 'fr'], ['Udostępnij na Facebooku', 'pl'], ['na Twitterze', 'pl'], ['Tweetnij', 'pl'], ['Enviar por mail', 'es'], ['Twittear', 'es']] as const
    expectEach(share, buttons, true)
    const subjects = [['Facebook und Twitter', 'de'], ['Die Facebook-Seite der Stadt', 'de'], ['Share your story', 'en'], ['Sent on Friday', 'en'], ['Facebook zahlt Strafe', 'de'], ['In your pocket', 'en'], ['The threads', 'en']] as const
    expectEach((text, lang) => labelKind(text, lang) !== undefined, subjects, false)
    // Between the article's paragraphs, in scraped text: left out as share furniture.
    const page = ['Neue Bäckerei am Marktplatz öffnet', germanProse[0], 'Auf Facebook teilen', 'Auf X teilen', 'Per Mail teilen', ...germanProse.slice(1)].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(germanProse)
  })

  it('knows furniture labels in the page’s language, and English on every page', async () => {
    expect(labelKind('Ähnliche Beiträge', 'de')).toBe('tail')
    expect(labelKind('Zum Weiterlesen:', 'de')).toBe('tail')
    expect(labelKind('Pour approfondir', 'fr')).toBe('tail')
    // A sidebar's "newest articles" may stand before the article in the text: only its line is furniture.
    expect(labelKind('Neueste Artikel', 'de')).toBe('navigation')
    expect(labelKind('INGRESAR', 'es')).toBe('other')
    expect(labelKind('Podziel się', 'pl')).toBe('share')
    expect(labelKind('Teilen mit:', 'de-AT')).toBe('share')
    // The kinds of content alone, and the page's topic to close the line: a list of related media, in any language.
    expect([['Audios and videos on the topic', 'en'], ['Audios et vidéos sur le sujet', 'fr'], ['Artikel und Videos zum Thema', 'de'], ['Artículos sobre el tema:', 'es']].map(([text, lang]) => labelKind(text as string, lang))).toEqual(['related', 'related', 'related', 'related'])
    // A topic named after it is a title, not the label; so is more of something else.
    expect([['Videos zum Thema Integration', 'de'], ['News on the topic of climate', 'en'], ['Mehr Geld für Kinderbetreuung', 'de']].map(([text, lang]) => labelKind(text as string, lang))).toEqual([undefined, undefined, undefined])
    // A post's line of terms: the label, then a list of tags or categories — navigation wherever it stands.
    const {isTaxonomyLine} = await import('../src/read/language/chrome-labels.js')
    expectEach(isTaxonomyLine, [
      ['Tags: python, docker, getting started', 'en'],
      ['Filed under bill clinton ,  warner bros.', 'en'],
      ['Veröffentlicht in Männer, Recht', 'de'],
      ['Schlagwörter: Alltag, Religionen, Sri Lanka, und Tiere.', 'de'],
      ['Kategorie: Unterhaltung', 'de'],
      ['Etiquetas: destacado', 'es'],
      // A topic, singular as the plural: a theme's link to the topic's page.
      ['Thema: Fußball', 'de'],
      ['Topic: Climate, Energy', 'en'],
      ['Tema: Economía', 'es']
    ], true)
    // A one-word label needs its colon; a sentence that opens with the words is no list of terms.
    expectEach(isTaxonomyLine, [
      ['Category 5 hurricanes are the strongest storms the scale knows.', 'en'],
      ['Filed under seal in 2019, the complaint says the company hid its losses from investors for years.', 'en'],
      ['Themen wie Miete und Pflege bestimmten den Wahlkampf.', 'de'],
      ['Thema des Abends war die Rente.', 'de'],
      ['Thema: Die Rente mit 63 und was sie kostet', 'de'],
      ['Themen wie Miete, Pflege und Rente bestimmten den Wahlkampf.', 'de']
    ], false)
    // Navigation, as the site's own words — but no label with a title after it, which would head another article.
    expect([ownWordsKind('Tags: Elon Musk, KI, Tesla, Twitter', 'de'), leadingLabelKind('Tags: Elon Musk, KI, Tesla, Twitter', 'de')]).toEqual(['navigation', undefined])
    // A share button's confirmation that the link was copied is the share row's, whichever language it is in.
    expect([['Link Copied', 'en'], ['Enlace copiado', 'es'], ['Link kopiert', 'de'], ['Lien copié', 'fr']].map(([text, lang]) => labelKind(text as string, lang))).toEqual(['share', 'share', 'share', 'share'])
    // A rating widget's label is the share row's: the reader is asked to act on the article.
    expect(['Bewerten:', 'Rezept bewerten:', 'Rate this Recipe', 'Noter cet article'].map((text) => labelKind(text, text.startsWith('Noter') ? 'fr' : 'de'))).toEqual(['share', 'share', 'share', 'share'])
    expect(labelKind('Related posts:', 'fr')).toBe('tail')
    expect(labelKind('Смотрите также', 'ru')).toBe('tail')
    expect(labelKind('Ссылки для упрощенного доступа', 'ru')).toBe('accessibility-links')
    // Content-management systems' skip links, in their languages: a menu's item, never a headline.
    for (const [label, lang] of [['Direkt zum Inhalt', 'de'], ['Aller au contenu', 'fr'], ['Ir al contenido', 'es'], ['Przejdź do treści', 'pl'], ['Skip to main content', 'en']]) {
      expect(labelKind(label as string, lang)).toBe('navigation')
    }
    // An entry of the table written with what trails it ("like loading...") is found as a line without it is.
    expect(labelKind('Like Loading...', 'en')).toBe('share')
    expect(labelKind('Gefällt mir Wird geladen …', 'de')).toBe('share')
    expect(labelKind('Liken Lade …', 'de')).toBe('share')
    // A dialog's buttons and a teaser's link, printed as lines of their own.
    expect(labelKind('Schließen', 'de')).toBe('other')
    expect(labelKind('Close', 'fr')).toBe('other')
    expect(labelKind('Mehr erfahren', 'de')).toBe('navigation')
    expect(labelKind('Suchen', 'de')).toBe('navigation')
    // A label of another language is a word like any other; a sentence is never a label.
    expect(labelKind('Teilen', 'en')).toBeUndefined()
    expect(labelKind('Comments from readers show that the scheme is popular across the city.', 'en')).toBeUndefined()
  })

  it('a heading of more of the site’s content, in the page’s language: a word for more, then a kind of content or a topic after a preposition', () => {
    const related = (text: string, lang: string | undefined) => labelKind(text, lang) === 'related'
    expectEach(related, [
      ['Weitere Beiträge aus der Kolumne:', 'de'],
      ['Weitere Topthemen des Monats:', 'de'],
      ['Weitere Top-Artikel zu diesem Themengebiet:', 'de'],
      ['Mehr zu Klima und Konsum', 'de'],
      ['mehr von Daniel Weinmann auf reitschuster.de', 'de'],
      ['More on coronavirus:', 'en'],
      ['MORE FROM KXAN AUSTIN', 'en'],
      ['Más sobre La Tercera AM', 'es'],
      ['Más noticias de Colombia', 'es'],
      ['Więcej w kategorii Telewizja', 'pl'],
      // English applies on every page.
      ['More Headlines', 'de'],
      // The most read or most liked of a kind, of the site or its section.
      ['Die meistgelesenen Artikel bei SWR.de/Sport', 'de'],
      ['Beliebteste Rezepte', 'de'],
      ['Most popular stories', 'en'],
      // More information, where the site keeps it: the heading of its links.
      ['Weitere Informationen', 'de'],
      ['Noch mehr Infos für dich', 'de'],
      ['Further information', 'en'],
      // All of a kind, or all on a topic: the link to the archive.
      ['Alle Artikel zu unseren Recherchen', 'de'],
      ['Alle Beiträge von Anna Berg', 'de'],
      ['All stories about the harbour', 'en']
    ], true)
    expect(labelKind('Weitere Informationen finden Sie auf der Website der Stadt.', 'de')).toBeUndefined()
    // More of something else, more than a number, a sentence, a heading too long for a label: no label at all.
    expectEach((text, lang) => labelKind(text, lang) !== undefined, [
      ['Mehr Geld für flexiblere Kinderbetreuung', 'de'],
      ['Mehr Investitionen in den Bevölkerungsschutz', 'de'],
      ['Más de 100 muertos por las lluvias en el sur', 'es'],
      ['More Things to Know', 'en'],
      ['More on this later.', 'en'],
      ['Alle Artikel wurden von der Redaktion geprüft.', 'de'],
      ['All about the new ferry timetable and what changes for passengers on the islands', 'en'],
      ['Weitere Beiträge aus der Kolumne von Anna Berg und Paul Frank, jeden Montag neu:', 'de']
    ], false)
  })

  it('the line a teaser links on, alone: "Mehr", "Weiterlesen", "Ver más"', () => {
    for (const [label, lang] of [['Mehr', 'de'], ['Weiterlesen', 'de'], ['Mehr Info', 'de'], ['Ver más', 'es'], ['Czytaj więcej', 'pl'], ['Show more', 'en']]) {
      expect([label, labelKind(label as string, lang)]).toEqual([label, 'navigation'])
    }
  })

  it('a blog theme’s line under the post is furniture wherever it stands: under a post of one paragraph, in HTML', () => {
    const meta = 'This entry was posted in News. Bookmark the permalink.'
    const headline = 'Harbour reopens after three-day storm'
    const {tree} = readArticle([headline, prose[0] as string, meta].join('\n'), {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'chrome').map((node) => node.type === 'chrome' && node.label)).toEqual([meta])
    const html = `<html lang="en"><body><article><h1>${headline}</h1>${prose.map((text) => `<p>${text}</p>`).join('')}<p>${meta}</p></article></body></html>`
    const read = readArticle(html).tree
    expect(read.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(read.children.some((node) => node.type === 'chrome' && node.label === meta)).toBe(true)
  })

  it('a heading of more of the site’s content is one line of furniture, not the article’s end: the article goes on under it', () => {
    const after = ['The council will decide on a second line of the route next spring, after the consultation ends.', 'Residents can comment on the plans at the town hall until the end of March, the council said.']
    const {tree} = readArticle(['Harbour reopens after three-day storm', ...prose, 'More on the harbour:', ...after].join('\n'), {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'chrome').map((node) => node.type === 'chrome' && [node.kind, node.label])).toEqual([['related', 'More on the harbour:']])
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([...prose, ...after])
  })

  it('the comment and "more" headings of common themes end the article, an exclamation mark or colon after them or not', () => {
    expect(labelKind('Leave a Comment!', 'en')).toBe('tail')
    expect(labelKind('Kommentar verfassen', 'de')).toBe('tail')
    expect(labelKind('Einen Kommentar schreiben:', 'de')).toBe('tail')
    // Addressed as "du" in the imperative without its -e, as themes print it too.
    expect(labelKind('Schreib einen Kommentar', 'de')).toBe('tail')
    // A reading tip, a label that opens another article's title on its line too.
    expect(labelKind('Lesetipp', 'de')).toBe('tail')
    expect(leadingLabelKind('Lesen Sie hier: Spielabbruch in der Kreisliga zwischen zwei Mannschaften', 'de')).toBe('promo')
    expect(leadingLabelKind('Lesetipp: Welche Sternzeichen passen perfekt zusammen?', 'de')).toBe('promo')
    expect(labelKind('Meistgeklickte Beiträge', 'de')).toBe('tail')
    expect(labelKind('Vos réactions', 'fr')).toBe('tail')
    // WordPress's "Comments are closed." as its translations print it: the comments (none) follow, not the article.
    for (const [line, lang] of [['Kommentare sind geschlossen.', 'de'], ['Die Kommentarfunktion ist geschlossen.', 'de'], ['Les commentaires sont fermés.', 'fr'], ['Los comentarios están cerrados.', 'es'], ['I commenti sono chiusi.', 'it'], ['Comentários encerrados.', 'pt'], ['Reacties zijn gesloten.', 'nl'], ['Możliwość komentowania została wyłączona.', 'pl'], ['Комментарии закрыты.', 'ru'], ['Коментарі закрито.', 'uk'], ['Comentariile sunt închise.', 'ro']] as const) {
      expect(labelKind(line, lang), line).toBe('tail')
    }
    // A sentence that reports it is none.
    expect(labelKind('Die Kommentare sind geschlossen, sagte der Sprecher.', 'de')).toBeUndefined()
  })

  it('the titles of WordPress’s own sidebar widgets, as its translations print them: recent posts and comments end the article, the archive is navigation', () => {
    for (const [line, lang] of [['Recent Comments', 'en'], ['Neueste Kommentare', 'de'], ['Letzte Beiträge', 'de'], ['Commentaires récents', 'fr'], ['Entradas recientes', 'es'], ['Comentarios recientes', 'es'], ['Commenti recenti', 'it'], ['Comentários recentes', 'pt'], ['Recente reacties', 'nl'], ['Najnowsze komentarze', 'pl']] as const) {
      expect(labelKind(line, lang), line).toBe('tail')
    }
    for (const [line, lang] of [['Archive', 'en'], ['Archiv', 'de'], ['Archivos', 'es'], ['Archivi', 'it'], ['Arquivos', 'pt'], ['Archieven', 'nl'], ['Archiwa', 'pl']] as const) {
      expect(labelKind(line, lang), line).toBe('navigation')
    }
    expect(labelKind('Neueste Kommentare zur Rentenreform', 'de')).toBeUndefined()
  })

  it('a label with a count is that label, a tail’s heading with one a link to what it counts; a count after any other word is not furniture', () => {
    expect(labelKind('Vos réactions (11)', 'fr')).toBe('navigation')
    expect(labelKind('Related posts [4]', 'en')).toBe('navigation')
    expect(labelKind('Share (2)', 'en')).toBe('share')
    expect(labelKind('more (27)', 'en')).toBe('navigation')
    expect(labelKind('Chapter (3)', 'en')).toBeUndefined()
    expect(labelKind('Die Abstimmung (2021)', 'de')).toBeUndefined()
  })

  it('two or more labels a scrape joined on one line are furniture: the tail’s where any is, else the first’s kind; labels and other words are not', () => {
    const cases: Array<[string, string, string]> = [
      ['Keine Kommentare Kommentare sind geschlossen.', 'de', 'tail'],
      ['Teilen Twittern', 'de', 'share'],
      ['Menü schließen', 'de', 'navigation'],
      ['Jump to navigation Jump to search', 'en', 'navigation'],
      ['Impressum | Datenschutz', 'de', 'other'],
      // A row of skip links, three or four joined.
      ['Zur Hauptnavigation springen Zur Suche springen Zum Inhalt springen', 'de', 'navigation'],
      ['Skip to primary navigation Skip to main content Skip to primary sidebar Skip to footer', 'en', 'navigation'],
      ['Teilen Twittern Kommentare', 'de', 'tail']
    ]
    expectLabelKinds(cases)
    expectLabelKinds(['Suche nach dem Täter', 'Kontakt zur Polizei', 'Share prices fell', 'Teilen Twittern Kontakt zur Polizei'].map((line) => [line, 'de', undefined] as const))
  })

  it('the share, back, newsletter, author and "see also" lines of common themes, in their languages', () => {
    const labels: Array<[string, string, string]> = [
      ['Teilen Sie dies mit:', 'de', 'share'],
      ['Zurück zur Übersicht', 'de', 'navigation'],
      ['Jetzt Newsletter abonnieren', 'de', 'newsletter'],
      ['Über den Autor', 'de', 'author-box'],
      ['Themen in diesem Artikel', 'de', 'tail'],
      ['HINTERLASSEN SIE EINE ANTWORT', 'de', 'tail'],
      ['Inhaltsverzeichnis', 'de', 'navigation'],
      ['Externer Inhalt', 'de', 'other'],
      ['Mirá también', 'es-AR', 'tail'],
      ['Otras noticias', 'es', 'tail'],
      // Spanish sites print "Relacionados:" over the article's tags as well as over other articles: one line, not the end.
      ['Relacionados:', 'es', 'navigation'],
      ['About the author', 'en', 'author-box'],
      ['Explore further', 'en', 'tail'],
      // An account's box: a lost password, signing in with a network.
      ['Passwort vergessen?', 'de', 'other'],
      ['Login mit Facebook', 'de', 'other'],
      ['Continue with Google', 'en', 'other'],
      // The editors' recommendations: other articles.
      ['Die Redaktion empfiehlt:', 'de', 'tail'],
      ['Empfehlungen aus der Redaktion', 'de', 'tail'],
      ['Unsere Lesetipps', 'de', 'tail'],
      ["Editor's Picks", 'en', 'tail'],
      // The link to the post before or after, alone on its line: its label from the one list of such links.
      ['Nächster Artikel', 'de', 'navigation'],
      ['Artículo siguiente', 'es', 'navigation'],
      ['Next story', 'en', 'navigation']
    ]
    expectLabelKinds(labels)
    // "MIRA: <another article's title>", as English sites print "Watch: …".
    expect(leadingLabelKind('MIRA: Madre se acerca a conocer los motivos de captura de su hijo y termina detenida', 'es')).toBe('promo')
  })

  it('a line that counts comments is furniture — a link to them under the headline, their heading at the end — and a sentence that starts so is not', () => {
    const furniture: Array<[string, string]> = [
      ['2 Kommentare', 'de'],
      ['Keine Kommentare', 'de'],
      ['No comments:', 'en'],
      ['One thought on “Python 3: simple HTTP requests with the socket module”', 'en'],
      ['11 responses to “The Loneliest Woman in the World”', 'en'],
      ['61 commentaires', 'fr'],
      ['0 COMENTARIOS', 'es'],
      ['5 комментариев', 'ru'],
      ['12 comments', 'pl'],
      // The noun, then the count in brackets.
      ['Comments (32)', 'en'],
      ['Komentarze(9)', 'pl'],
      ['Kommentare (0)', 'de']
    ]
    for (const [line, lang] of furniture) expect(labelKind(line, lang), line).toBe('navigation')
    const sentences: Array<[string, string]> = [
      ['3 responses to the crisis were found.', 'en'],
      ['No comments were made on Tuesday', 'en'],
      ['Ein Kommentar von Hans Müller', 'de'],
      ['Comments (on the vote) were closed', 'en'],
      ['12', 'en']
    ]
    for (const [line, lang] of sentences) expect(labelKind(line, lang), line).toBeUndefined()
  })

  it('a count of comments after the body, a dated line under it, ends the article there; in a share row mid-article it does not', () => {
    const body = [
      'Der Stadtrat hat am Dienstag beschlossen, die Bibliothek im Zentrum bis zum Sommer zu renovieren und die Öffnungszeiten zu verlängern.',
      'Die Kosten von rund zwei Millionen Euro trägt zum größten Teil das Land, wie die Bürgermeisterin nach der Sitzung erklärte.',
      'Während der Bauarbeiten zieht die Ausleihe in die alte Schule am Marktplatz, wo auch die Kinderbücher untergebracht werden.',
      'Die Leiterin der Bibliothek rechnet damit, dass die neuen Räume im September eröffnet werden können, wenn alles nach Plan läuft.'
    ]
    const comments = ['Anna Berger sagt:', '17. Juli 2021 um 13:04', 'Endlich! Ich habe mir das seit Jahren gewünscht, und die Kinder werden sich über die neue Leseecke freuen.', 'Antworten']
    const read = (lines: string[]) => {
      const {tree, file} = readArticle(['Bibliothek wird renoviert', ...lines].join('\n\n'), {from: 'text', lang: 'de'})
      return {kept: tree.children.filter((node) => node.type !== 'chrome').map(toString).join('\n'), rules: file.messages.map((message) => message.ruleId)}
    }
    const ended = read([...body, '3 Kommentare', ...comments])
    expect(ended.kept).toContain('wenn alles nach Plan läuft')
    expect(ended.kept).not.toContain('Leseecke')
    expect(ended.rules).toContain('cut-comments')
    // The same count in a row of buttons between paragraphs, prose after it and no date: a link, and the article goes on.
    const shareRow = read([...body.slice(0, 2), '3 Kommentare', 'Teilen', ...body.slice(2)])
    expect(shareRow.kept).toContain('wenn alles nach Plan läuft')
    expect(shareRow.rules).not.toContain('cut-comments')
  })

  it('a blog theme’s line under the post (“Dieser Eintrag wurde veröffentlicht in …”) ends it; in mid-body, with the body going on, only the line is left out', () => {
    const body = [
      'Der Stadtrat hat am Dienstag beschlossen, die Bibliothek im Zentrum bis zum Sommer zu renovieren und die Öffnungszeiten zu verlängern.',
      'Die Kosten von rund zwei Millionen Euro trägt zum größten Teil das Land, wie die Bürgermeisterin nach der Sitzung erklärte.',
      'Während der Bauarbeiten zieht die Ausleihe in die alte Schule am Marktplatz, wo auch die Kinderbücher untergebracht werden.',
      'Die Leiterin der Bibliothek rechnet damit, dass die neuen Räume im September eröffnet werden können, wenn alles nach Plan läuft.'
    ]
    const meta = 'Dieser Eintrag wurde veröffentlicht in Stadt und verschlagwortet mit Bibliothek. Setze ein Lesezeichen auf den Permalink.'
    const after = ['Beliebte Beiträge zum Thema:', 'Neues Hallenbad im Westen der Stadt geplant', 'Anna Berger', 'Endlich! Ich habe mir das seit Jahren gewünscht, und die Kinder werden sich über die neue Leseecke freuen.']
    const read = (lines: string[]) => {
      const {tree, file} = readArticle(['Bibliothek wird renoviert', ...lines].join('\n\n'), {from: 'text', lang: 'de'})
      return {kept: tree.children.filter((node) => node.type !== 'chrome').map(toString).join('\n'), rules: file.messages.map((message) => message.ruleId)}
    }
    const ended = read([...body, meta, ...after])
    expect(ended.kept).toContain('untergebracht werden')
    expect(ended.kept).not.toContain('Leseecke')
    expect(ended.kept).not.toContain('Dieser Eintrag')
    expect(ended.rules).toContain('cut-post-meta')
    const mid = read([...body.slice(0, 2), meta, ...body.slice(2)])
    expect(mid.kept).toContain('wenn alles nach Plan läuft')
    expect(mid.kept).not.toContain('Dieser Eintrag')
    expect(mid.rules).not.toContain('cut-post-meta')
  })

  it('an error the server printed into the page (PHP’s “Warning: … on line 299”) is furniture, in text and in HTML, never the headline', () => {
    const warning = "Warning: mysql_get_server_info(): Access denied for user ''@'localhost' (using password: NO) in /www/htdocs/wordpress/wp-content/plugins/tagging.php on line 299"
    const strict = 'Strict Standards: Redefining already defined constructor for class wpdb in /www/htdocs/wp-includes/wp-db.php on line 56'
    const text = readArticle([warning, strict, 'Harbour reopens after three-day storm', ...prose].join('\n\n'), {from: 'text', lang: 'en'})
    expect(text.tree.meta.title).toBe('Harbour reopens after three-day storm')
    expect(text.tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node)).join(' ')).not.toContain('on line')
    const html = readArticle(`<html lang="en"><body><article><h1>Harbour reopens</h1><p>${warning}</p>${prose.map((line) => `<p>${line}</p>`).join('')}</article></body></html>`)
    expect(html.tree.children.filter((node) => node.type === 'chrome').map((node) => (node.type === 'chrome' ? node.label : ''))).toContainEqual(expect.stringContaining('Warning: mysql_get_server_info()'))
    // A sentence about a warning is no such error.
    const said = 'Warning: the council says the harbour wall in /old/town.php on line 3 is not safe.'
    expect(readArticle(`<html lang="en"><body><article><h1>Harbour reopens</h1><p>${said}</p>${prose.map((line) => `<p>${line}</p>`).join('')}</article></body></html>`).tree.children.some((node) => node.type === 'paragraph' && toString(node) === said)).toBe(true)
  })

  it('the fields of a form after the body (“Name *”, “E-Mail *”) end the article, whatever the form’s heading says; one line ending in an asterisk does not', () => {
    const body = [
      'Der Stadtrat hat am Dienstag beschlossen, die Bibliothek im Zentrum bis zum Sommer zu renovieren und die Öffnungszeiten zu verlängern.',
      'Die Kosten von rund zwei Millionen Euro trägt zum größten Teil das Land, wie die Bürgermeisterin nach der Sitzung erklärte.',
      'Während der Bauarbeiten zieht die Ausleihe in die alte Schule am Marktplatz, wo auch die Kinderbücher untergebracht werden.'
    ]
    const sidebar = [
      'Unser Magazin',
      'Das Stadtmagazin berichtet seit vielen Jahren über alles, was in der Stadt und im Umland geschieht, und erscheint jeden Monat neu am Kiosk.',
      'Im Abo kommt es pünktlich zu Ihnen nach Hause, und die Kinderseiten und das Rätsel gibt es jeden Monat kostenlos dazu, solange der Vorrat reicht.'
    ]
    const read = (lines: string[]) => {
      const {tree, file} = readArticle(['Bibliothek wird renoviert', ...lines].join('\n\n'), {from: 'text', lang: 'de'})
      return {kept: tree.children.filter((node) => node.type !== 'chrome').map(toString).join('\n'), rules: file.messages.map((message) => message.ruleId)}
    }
    const ended = read([...body, 'Deine Meinung zählt', 'Kommentar', 'Name *', 'E-Mail *', 'Website', ...sidebar])
    expect(ended.kept).toContain('untergebracht werden')
    expect(ended.kept).not.toContain('Stadtmagazin')
    expect(ended.rules).toContain('cut-form')
    const footnote = read([...body.slice(0, 2), 'Renovierung*', ...body.slice(2)])
    expect(footnote.kept).toContain('untergebracht werden')
    expect(footnote.rules).not.toContain('cut-form')
  })

  it('a label that opens a line with another article’s title is that furniture; a sentence after a label is not', async () => {
    expect(leadingLabelKind('Срочные новости Что известно о новом законе о СМИ', 'ru')).toBe('breaking-news')
    expect(leadingLabelKind('Читайте также: Захарова объявила конкурс карикатур', 'ru')).toBe('promo')
    expect(leadingLabelKind('Read more: Ten Things To Know About The Vote', 'en')).toBe('promo')
    expect(leadingLabelKind('Lea también: Impiden el ingreso a Nicaragua a un reportero estadounidense', 'es')).toBe('promo')
    expect(leadingLabelKind('Le puede interesar: JEP abrirá tres nuevos macrocasos', 'es')).toBe('promo')
    expect(leadingLabelKind('Read more about the vote in our explainer.', 'en')).toBeUndefined()
    expect(leadingLabelKind('Comments were closed after the vote.', 'en')).toBeUndefined()
    // A title may ask a question, in Spanish with its opening mark; a sentence that exclaims is still a sentence.
    expect(leadingLabelKind('PUEDES VER: ¿Qué es la Sunedu, cómo está conformada y para qué sirve?', 'es')).toBe('promo')
    expect(leadingLabelKind('VEA TAMBIÉN: Entre heces y guaricha: la educación no brilla en Panamá Oeste', 'es')).toBe('promo')
    expect(leadingLabelKind('Read more: The vote was closer than anyone expected!', 'en')).toBeUndefined()
  })

  it('the link to the post before or after, with its title, glued to the label or not, is navigation; a longer word the label begins is not', () => {
    const lines: Array<[string, string, ReturnType<typeof leadingLabelKind>]> = [
      ['Vorheriger ArtikelImmer mehr Wildschweine in Köln', 'de', 'navigation'],
      ['Next articleButterfield increases net income in first quarter', 'en', 'navigation'],
      ['Article suivant Après une mise en quarantaine : les rapatriés rentrent chez eux', 'fr', 'navigation'],
      ['Nächster Beitrag Diese Apps sollten auf keinem Smartphone fehlen', 'de', 'navigation'],
      // Glued: a tail label too ("Related articlesMore from author").
      ['Related articlesMore from the harbour desk', 'en', 'promo'],
      // The label's letters run on in lower case: one longer word, not two links' texts; a sentence after the label.
      ['Next articles will follow in the spring edition', 'en', undefined],
      ['Read moreover the notes of the council', 'en', undefined],
      ['Previous article said the vote was postponed.', 'en', undefined]
    ]
    for (const [line, lang, kind] of lines) expect([line, leadingLabelKind(line, lang)]).toEqual([line, kind])
    const headline = 'Neue Bäckerei am Marktplatz öffnet'
    const links = ['Vorheriger ArtikelImmer mehr Wildschweine in Köln', 'Nächster ArtikelStadtrat beschließt neuen Haushalt']
    const {tree} = readArticle([headline, ...germanProse, ...links].join('\n\n'), {from: 'text', lang: 'de'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(germanProse)
    expect(tree.children.filter((node) => node.type === 'chrome' && links.includes(node.label ?? '')).map((node) => node.type === 'chrome' && node.kind)).toEqual(['navigation', 'navigation'])
  })

  it('in HTML, such a line is furniture as a paragraph, a subhead or a quote box', () => {
    const promo = 'Lea también: Impiden el ingreso a Nicaragua a un reportero estadounidense'
    const body = [
      'El puerto reabrió el martes por la mañana, tres días después de que la tormenta lo cerrara a todo el tráfico, y los primeros transbordadores salieron a tiempo.',
      'Las autoridades dijeron que las reparaciones del muro exterior llevarían el resto del mes, pero que los daños eran menores de lo que habían temido al principio.',
      'Los barcos de pesca que se habían refugiado en la desembocadura del río comenzaron a regresar por la tarde, y se espera que el mercado abra el jueves.'
    ].map((text) => `<p>${text}</p>`)
    for (const wrapped of [`<p>${promo}</p>`, `<h3>${promo}</h3>`, `<blockquote><p>${promo}</p></blockquote>`]) {
      const html = `<html lang="es"><body><article><h1>Nuevo puerto abre tras la tormenta</h1>${body[0]}${wrapped}${body.slice(1).join('')}</article></body></html>`
      const {tree} = readArticle(html)
      expect(tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))).not.toContain(promo)
      expect(tree.children.find((node) => node.type === 'chrome' && node.label === promo)).toMatchObject({kind: 'promo'})
    }
  })
})

describe('date lines, in the page’s language', () => {
  it('a line that says only how long ago, in the page’s language or English, is a timestamp; a sentence that says so is not', async () => {
    const {isTimestamp} = await import('../src/read/chrome-rules.js')
    // A label before it too: "Published 3 hours ago" is when, as "Published May 3, 2021" is (it gives no date).
    expectEach(isTimestamp, [['Published 3 hours ago', 'en'], ['vor 4 Monaten', 'de'], ['VOR EINER STUNDE', 'de'], ['3 hours ago', 'en'], ['an hour ago', 'en'], ['Posted 2 days ago', 'en'], ['hace 5 horas', 'es'], ['il y a 2 jours', 'fr'], ['2 godziny temu', 'pl'], ['час назад', 'ru'], ['6 years ago', 'de']], true)
    expectEach(isTimestamp, [['Vor dem Haus', 'de'], ['3 hours', 'en'], ['The meeting ended 3 hours ago', 'en'], ['Hace calor', 'es']], false)
  })

  it('a headline with how long ago under it is a signed headline in scraped text, above a comment link', () => {
    const headline = 'Neuer Laufschuh bringt Tempo auf die Strecke'
    const page = ['Aber warum, Herr Pfleger?', 'STARTSEITE', 'GESUNDHEIT', 'LIFESTYLE', 'KONTAKT', 'LIFESTYLE • SPORT', headline, 'vor 4 Monaten', 'Matthias Pfleger', 'Schreib mal was', ...germanProse].join('\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    const first = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(first && toString(first)).toBe(headline)
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(germanProse)
  })

  it('a line that is a date, a weekday’s name before it as ICU writes the language, is a timestamp; a sentence naming a weekday is not', async () => {
    const {isTimestamp} = await import('../src/read/chrome-rules.js')
    // A label before the date and the words of a clock time after it, in the page's language; a date in numbers.
    const dateLines: Array<[string, string | undefined]> = [
      ['Donnerstag, 31. Mai 2012', 'de'],
      ['DIENSTAG, 28. APRIL 2020', 'de'],
      ['mardi 12 mars 2019', 'fr'],
      ['21 de abril de 2022, 14:32', 'es'],
      ['15. Mai 2019, 05:28 Uhr', 'de'],
      ['Veröffentlicht 23.06.2016 um 16:14', 'de'],
      ['Publiziert: 03.04.2020, 12:35', 'de'],
      ['opublikowano: 7 kwietnia 2021', 'pl'],
      ['Updated 12/03/2021', 'en'],
      ['31.10.2023 14:08', undefined],
      ['17 April 2012 • 2:54pm', 'en']
    ]
    const otherLines: Array<[string, string]> = [
      ['12.5 Prozent mehr als 2019', 'de'],
      ['Stand der Dinge', 'de'],
      ['45.13.2020', 'de'],
      ['Donnerstag ist ein Tag wie jeder andere', 'de']
    ]
    expectEach(isTimestamp, dateLines, true)
    expectEach(isTimestamp, otherLines, false)
    const page = ['Donnerstag, 31. Mai 2012', 'Neue Bäckerei am Marktplatz öffnet', ...germanProse].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    expect(tree.meta.title).toBe('Neue Bäckerei am Marktplatz öffnet')
    expect(tree.meta.published).toBe('2012-05-31')
  })
})

describe('dates in numbers', () => {
  it('a line holds one with a four-digit year, day and month either way round; a version, a phone number or an impossible day is none', async () => {
    const {hasNumericDate} = await import('../src/read/language/date-lines.js')
    const numeric = (text: string) => hasNumericDate(text)
    expectEach(numeric, [['Ein Artikel von Anna Berg, veröffentlicht am 23.01.2020', 'de'], ['Paddy · 4/19/2019 · Mac', 'en'], ['2018-08-29 14:15:57', undefined], ['17/11/2019 ~ Cem Basman', 'de']], true)
    expectEach(numeric, [['Version 1.2.2020.5', 'en'], ['Update 1.2.20', 'de'], ['Tel. 030/1234/5678', 'de'], ['32.13.2020', 'de'], ['Seit Dezember 2015', 'de']], false)
  })
})

describe('reading times', () => {
  it('a line saying how long the post takes to read is furniture, in the page’s language or English', async () => {
    const {isReadingTime} = await import('../src/read/language/date-lines.js')
    expectEach(isReadingTime, [['5 min read', 'fr'], ['4 Min Read', 'en'], ['2 Min. Lesezeit', 'de'], ['Lesezeit: 3 Min.', 'de'], ['Lesezeit von 4 Minuten', 'de'], ['Lesedauer ca. 7 Minuten', 'de'], ['Temps de lecture de 4 min', 'fr'], ['11 minut czytania', 'pl']], true)
    expectEach(isReadingTime, [['5 minutes later he left', 'en'], ['3 Min', 'de'], ['Lesezeit', 'de'], ['Lesezeit vom 12. Mai', 'de'], ['Lesezeit von Anna Berg', 'de']], false)
    const page = ['Neue Bäckerei am Marktplatz öffnet', '2 Min. Lesezeit', ...germanProse].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    expect(tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))).toEqual(['Neue Bäckerei am Marktplatz öffnet', ...germanProse])
  })
})

describe('a signed headline under a site’s header', () => {
  it('is the headline, not the site’s name above its tagline and menu', () => {
    const header = ['Wissen im Gespräch', 'Unsere Mission: ein professioneller Umgang mit Wissen ist für uns eine Selbstverständlichkeit', 'Suchen', 'Startseite', 'Abonnieren', 'Impressum', 'Beitragsnavigation']
    const page = [...header, 'Live vom Wissenscamp in Berlin', 'Veröffentlicht am 17. Dezember 2019 von Anna Berg', ...germanProse].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(headline && toString(headline)).toBe('Live vom Wissenscamp in Berlin')
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(germanProse)
    // With a deck between them, the line above the signed one is the headline.
    const decked = [...header, 'Live vom Wissenscamp in Berlin', 'Zwei Tage lang sprachen wir mit Gästen über Wissen', 'Veröffentlicht am 17. Dezember 2019 von Anna Berg', ...germanProse].join('\n\n')
    const deckedHeadline = readArticle(decked, {from: 'text', lang: 'de'}).tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(deckedHeadline && toString(deckedHeadline)).toBe('Live vom Wissenscamp in Berlin')
    // A question in sentence case with its byline under it is a headline too.
    const asked = [...header, 'Was macht ein gutes Wissenscamp aus?', 'Veröffentlicht am 17. Dezember 2019 von Anna Berg', ...germanProse].join('\n\n')
    const askedHeadline = readArticle(asked, {from: 'text', lang: 'de'}).tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(askedHeadline && toString(askedHeadline)).toBe('Was macht ein gutes Wissenscamp aus?')
    // Or with its date right above it, as a headline with a headline's shape may have.
    const dated = [...header, '12.12.2022, 08:30 Uhr', 'Was macht ein gutes Wissenscamp aus?', ...germanProse].join('\n\n')
    const datedHeadline = readArticle(dated, {from: 'text', lang: 'de'}).tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(datedHeadline && toString(datedHeadline)).toBe('Was macht ein gutes Wissenscamp aus?')
    // A site's tagline that reads as a sentence, over the post's date, is no signed headline that hides it.
    const tagged = ['Neuigkeiten aus dem Wissenscamp und seiner Arbeit.', 'Freitag, 23. Dezember 2016', 'Das Wissenscamp 2017 ist da!', ...germanProse].join('\n\n')
    const taggedHeadline = readArticle(tagged, {from: 'text', lang: 'de'}).tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(taggedHeadline && toString(taggedHeadline)).toBe('Das Wissenscamp 2017 ist da!')
    // So is a question the site asks above it: the walker takes a question for the headline only when signed.
    const asking = ['Kennst Du schon unsere neuen Videos?', '12. November 2015 / 13:48', 'Drei verrückte Orte in Berlin', ...germanProse].join('\n\n')
    const askingHeadline = readArticle(asking, {from: 'text', lang: 'de'}).tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(askingHeadline && toString(askingHeadline)).toBe('Drei verrückte Orte in Berlin')
    // A section's label of a few words may stand between the headline and its byline.
    const labelled = [...header, 'Live vom Wissenscamp in Berlin', 'Veranstaltungen & Berichte', 'Von Anna Berg', '17. Dezember 2019', ...germanProse].join('\n\n')
    const labelledHeadline = readArticle(labelled, {from: 'text', lang: 'de'}).tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(labelledHeadline && toString(labelledHeadline)).toBe('Live vom Wissenscamp in Berlin')
  })

  it('is signed by a line that dates it in numbers alone, or two lines down under its deck; a question dated under it is one too', () => {
    const header = ['Wissen im Gespräch', 'Unsere Mission: ein professioneller Umgang mit Wissen ist für uns eine Selbstverständlichkeit', 'Suchen', 'Startseite', 'Abonnieren', 'Impressum', 'Beitragsnavigation']
    const headlineOf = (lines: string[]) => {
      const node = readArticle(lines.join('\n\n'), {from: 'text', lang: 'de'}).tree.children.find((child) => child.type === 'heading' && child.depth === 1)
      return node && toString(node)
    }
    // "… veröffentlicht am 17.12.2019": a date in numbers signs the line above it, and is no headline itself.
    expect(headlineOf([...header, 'Apple kippt Verschlüsselungspläne für iCloud', 'Ein Artikel von Anna Berg, veröffentlicht am 17.12.2019', ...germanProse])).toBe('Apple kippt Verschlüsselungspläne für iCloud')
    // A deck that is a sentence, then the byline: the line over the deck is the headline.
    const deck = 'Zwei Tage lang sprachen wir mit Gästen über Wissen und seine Zukunft.'
    expect(headlineOf([...header, 'Live vom Wissenscamp in Berlin', deck, 'Von Anna Berg', ...germanProse])).toBe('Live vom Wissenscamp in Berlin')
    // A question dated under it is a candidate among the menu's lines above the prose, and the one signed.
    expect(headlineOf(['Kontakt', 'Media KIT', 'Impressum', 'Datenschutzerklärung', 'Schliessen', 'Vollkornbrot- doch gesünder?', '10. April 2019', ...germanProse])).toBe('Vollkornbrot- doch gesünder?')
    // A deck with no final stop, signed under it (the author's name, then the date): the longer line is the
    // deck of the headline over it — not of a kicker or a section's name of a few words.
    const standfirst = 'Report claims the harbour authority has left the ferry crews short of staff for the winter and the spring'
    const english = (head: string) => {
      const node = readArticle(['Ports', 'Ferries', 'Harbour news', head, standfirst, 'Anna Berg Harbour editor', 'Mon 20 Jan 2020 06.05 GMT', ...prose].join('\n\n'), {from: 'text', lang: 'en'}).tree.children.find((child) => child.type === 'heading' && child.depth === 1)
      return node && toString(node)
    }
    expect(english('Ferry crews left short as harbour reopens')).toBe('Ferry crews left short as harbour reopens')
  })

  it('is never a line with a web address in it (a printed page’s footer above the headline)', () => {
    const footer = 'Dieser Artikel wurde ausgedruckt unter der Adresse: www.example.org/lokales/baeckerei-100.html'
    const {tree} = readArticle(['Startseite', 'Inland', 'Ausland', 'Wirtschaft', footer, 'Neue Bäckerei am Marktplatz öffnet', 'Stand: 28.04.2020 18:00 Uhr', ...germanProse].join('\n\n'), {from: 'text', lang: 'de'})
    const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(headline && toString(headline)).toBe('Neue Bäckerei am Marktplatz öffnet')
  })

  it('may open with a name spelt with a small letter before its capital (iPhone, eBay)', () => {
    const {tree} = readArticle(['Apple & Mac', 'Ratgeber', 'Tests', 'iPhone 14: Warum sich das Warten auf das neue Modell lohnt', '04.02.2022 | 15:33 Uhr | Anna Berg', ...germanProse].join('\n\n'), {from: 'text', lang: 'de'})
    const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(headline && toString(headline)).toBe('iPhone 14: Warum sich das Warten auf das neue Modell lohnt')
  })

  it('may carry a date in numbers; and under a chosen headline, a caption-shaped line over a deck and a dated line is no headline', () => {
    const headlineOf = (lines: string[]) => {
      const node = readArticle(lines.join('\n\n'), {from: 'text', lang: 'de'}).tree.children.find((child) => child.type === 'heading' && child.depth === 1)
      return node && toString(node)
    }
    // A date in numbers makes a line the post's metadata only as a short dated line, not inside a headline.
    const dated = 'Bericht zur Lage vom 22.04.2020 – die Bäckereien öffnen wieder'
    expect(headlineOf(['Die Achse des Guten', 'Startseite', dated, 'Von Anna Berg', ...germanProse])).toBe(dated)
    // Headline, a picture's caption, the deck, the dated line: the chosen headline stays, the caption is not signed by the date.
    const headline = 'Neue Bäckerei am Marktplatz öffnet ihre Türen'
    const captioned = ['Startseite', 'Lokales', headline, 'Die Inhaberin Anna Weber vor ihrem Laden am Markt', 'Nach vielen Jahren kehrt eine Bäckerin in ihre Heimatstadt zurück.', '12.11.2021 red Artikel: Drucken Teilen']
    expect(headlineOf([...captioned, ...germanProse])).toBe(headline)
  })

  it('is the line right over the article’s prose when the first prose is a box far above it (a site’s pitch over its menu), whatever its last mark', () => {
    const pitch = 'Das Bäckerblatt berichtet seit vielen Jahren über alles, was in den Backstuben des Landes geschieht, und wir freuen uns über jeden neuen Leser.'
    const menu = ['Suchen', 'Startseite', 'Aktuell', 'Rezepte', 'Betriebe', 'Ausbildung', 'Termine', 'Kontakt', 'Impressum']
    const body = ['Montag', 'Dienstag', 'Mittwoch'].flatMap((day) => germanProse.map((text) => text.replace('Am Montag', `Am ${day}`)))
    const {tree} = readArticle(['Bäckerblatt', pitch, ...menu, 'Das alte Handwerk kehrt zurück…', 'Veröffentlicht am 17. Dezember 2019', ...body].join('\n\n'), {from: 'text', lang: 'de'})
    const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(headline && toString(headline)).toBe('Das alte Handwerk kehrt zurück…')
    expect(tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))).not.toContain(pitch)
  })
})

describe('a picture’s credit above the text', () => {
  it('is never the headline, even printed again under another picture', () => {
    const page = ['Startseite', 'Termine', 'Wir unterstützen den Klimastreik', 'von Anna', '21. September 2019', 'Foto: Anita Drenckhahn', ...germanProse.slice(0, 2), 'Foto: Anita Drenckhahn', ...germanProse.slice(2)].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    const headline = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
    expect(headline && toString(headline)).toBe('Wir unterstützen den Klimastreik')
  })

  it('under the headline, with a caption-shaped line after it, is the picture (no caption of its own, so left out: see bare credits); that line is the deck, or the lead the scrape cut short', () => {
    const headline = 'Neue Bäckerei am Marktplatz öffnet'
    // The lead, cut in its second sentence before the full stop, has a caption's shape; so does a deck.
    const lead = `${germanProse[0] as string} Schon am ersten Tag bildete sich vor der Tür eine lange Schlange`
    const kept = (lines: string[]) =>
      readArticle([headline, ...lines].join('\n\n'), {from: 'text', lang: 'de'}).tree.children.filter((node) => node.type !== 'chrome').map((node) => `${node.type}: ${toString(node)}`)
    expect(kept(['Bild: Stefan Müller', lead, ...germanProse.slice(1)])).toEqual([`heading: ${headline}`, `paragraph: ${lead}`, ...germanProse.slice(1).map((text) => `paragraph: ${text}`)])
    expect(kept(['Foto: Anita Drenckhahn', 'Im Gespräch mit der Bäckerin Anna Weber', ...germanProse])).toEqual([
      `heading: ${headline}`,
      'paragraph: Im Gespräch mit der Bäckerin Anna Weber',
      ...germanProse.map((text) => `paragraph: ${text}`)
    ])
    // A dated line after the credit is the post's date, not the deck.
    expect(kept(['Foto: Anita Drenckhahn', 'Wien - Mittwoch, 02.02.2022, 11:17 Uhr', ...germanProse])).toEqual([`heading: ${headline}`, ...germanProse.map((text) => `paragraph: ${text}`)])
  })
})

describe('a full sentence among furniture in scraped text', () => {
  it('is kept: the smoothing is for the short lines around it', () => {
    const deck = 'Weltweit finanzieren Banken und Investoren Unternehmungen, die dem Klima schaden.'
    // A paywall's offers after the article's first paragraph, as a subscriber's article prints for others.
    const offers = ['Wählen Sie Ihren Zugang und lesen Sie weiter:', 'Digital-Zugang', 'Alle Artikel frei', 'Die Zeitung als App', '4 Wochen kostenlos testen', 'Zugang für Abonnenten', 'Jetzt einloggen']
    const footer = ['Navigationspfad', 'Start', 'Archiv', 'Jahrgang 2019', 'Impressum', 'AGB', 'Datenschutz', 'Mehr', 'Angebote:', 'Abo', 'Gutscheine', 'Shop', 'Reisen', 'Veranstaltungen', 'Verlag:', 'Inserieren', 'Mediadaten']
    // The edition's line under the byline is no date line the head rules know: a short paragraph, judged bad.
    const edition = '19. Oktober 2019, 19:08 Uhr Editiert am 19. Oktober 2019, 19:08 Uhr Die Zeitung Nr. 43/2019'
    const page = ['Klimaschutz: Bohren, bis es heiß wird', deck, 'Von Heike Buchter', edition, 'Exklusiv für Abonnenten', 'Eine Anlage in Pennsylvania © Noah Addis', germanProse.join(' '), ...offers, ...footer].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([deck, germanProse.join(' ')])
  })
})

describe('a full sentence between link rows in an article container', () => {
  const sentence = 'Weil es zu viele Sorten gibt, haben wir uns auf die fünf beliebtesten Brote beschränkt.'
  const links = '<p><a href="/a">Brotsorten im Überblick</a></p><p><a href="/b">Die besten Bäcker der Stadt</a></p>'
  const page = (body: string) => `<html lang="de"><body><article><h1>Neue Bäckerei am Marktplatz eröffnet</h1>${body}</article></body></html>`
  const paragraphs = (html: string) => readArticle(page(html), {from: 'html'}).tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))
  it('is the article’s while its prose goes on after it', () => {
    const body = `<p>${germanProse[0]} ${germanProse[1]}</p>${links}<p>${sentence}</p>${links}<p>${germanProse[1]} ${germanProse[2]}</p><p>${germanProse[2]} ${germanProse[0]}</p>`
    expect(paragraphs(body)).toEqual([`${germanProse[0]} ${germanProse[1]}`, sentence, `${germanProse[1]} ${germanProse[2]}`, `${germanProse[2]} ${germanProse[0]}`])
  })
  it('is furniture after the prose has ended: a promotion, an author’s line', () => {
    const body = `<p>${germanProse[0]} ${germanProse[1]}</p><p>${germanProse[1]} ${germanProse[2]}</p><p>${germanProse[2]} ${germanProse[0]}</p>${links}<p>${sentence}</p>${links}`
    expect(paragraphs(body)).toEqual([`${germanProse[0]} ${germanProse[1]}`, `${germanProse[1]} ${germanProse[2]}`, `${germanProse[2]} ${germanProse[0]}`])
  })
})

describe('an advertisement in look-alike letters', () => {
  // "Аdvеrtіѕе wіth uѕ": А, е, і, ѕ are Cyrillic letters in English words.
  const disguised = 'Аdvеrtіѕе wіth thе most visited news site in Веlіzе ~ Wе оffеr fullу сuѕtоmіzаblе аnd flехіblе dіgіtаl mаrkеtіng расkаgеѕ.'
  it('is a promotion in any language: no language writes a word in two alphabets', async () => {
    const {isDisguised} = await import('../src/read/language/disguised.js')
    expect(isDisguised(disguised)).toBe(true)
    expect(siteVoiceKind(disguised, 'en')).toBe('promo')
    // Greek look-alikes as well as Cyrillic ones.
    expect(isDisguised('Вuу nοw аnd ѕаvе: thе bеѕt οffеrѕ οf thе уеаr')).toBe(true)
    // Two alphabets side by side are not a disguise: Latin names in Russian news, Cyrillic ones in English,
    // a language menu's one odd item, a comment with a word or two mistyped.
    expect(isDisguised('Компания Apple представила новый iPhone и обновила MacBook Pro в Купертино.')).toBe(false)
    expect(isDisguised('The film Москва слезам не верит won an Oscar in 1981.')).toBe(false)
    expect(isDisguised('Pусский')).toBe(false)
    // Three odd words in a long comment are slips, not a disguise: a quarter of the words at least.
    expect(isDisguised(`Thаnks for thіs wonderful pоst. ${'I have been reading your blog for a long time and I always learn something new from it. '.repeat(2)}`)).toBe(false)
    expect(isDisguised('I used to be suggested thiѕ web site by my cousin. I’m not certain wһether this post is written by him.')).toBe(false)
  })
  it('is left out of a scraped page, typed', () => {
    const page = ['Neue Bäckerei am Marktplatz eröffnet', ...germanProse, disguised].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    expect(tree.children.map((node) => `${node.type}${node.type === 'chrome' ? `:${node.kind}` : ''}`)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'chrome:promo'])
  })
})

describe('a newsletter’s pitch', () => {
  it('is a short block that names the newsletter and calls to sign up, in the page’s language or English', async () => {
    const {isNewsletterPitch} = await import('../src/read/language/pitches.js')
    expectEach(isNewsletterPitch, [
      ['Never miss the latest news by signing up to our newsletter today!', 'en'],
      ['Abonnieren Sie kostenlos den Newsletter und bleiben Sie auf dem Laufenden.', 'de'],
      ['Melden Sie sich jetzt für den kostenlosen Newsletter an!', 'de'],
      ['Puede suscribirse aquí a nuestra newsletter.', 'es'],
      ['Inscrivez-vous à notre lettre d’information.', 'fr'],
      // A sign-up form's box to tick, in the reader's own voice.
      ['Ja, ich möchte den personalisierten Newsletter erhalten.', 'de'],
      ['Yes, I would like to receive the weekly newsletter.', 'en'],
      ['Oui, je souhaite recevoir la newsletter.', 'fr'],
      ['Bądź na bieżąco! Zapisz się na nasz newsletter', 'pl'],
      ['Subscribe to our newsletter', 'de'],
      // The pitch that names its delivery, or a newsletter by its edition's name.
      ['Aktuelle Stories und die wichtigsten News für Marketeers direkt in dein Postfach!', 'de'],
      ['An essential round-up of science news, opinion and analysis, delivered to your inbox every weekday.', 'en'],
      ['Get The Harbour Post’s Daily Edition by email and never miss our top stories Free Sign Up', 'en'],
      // A call to join the readers who get it.
      ['Join our Newsletter for the latest news right to your inbox', 'en'],
      ['Join the hundreds of developers who get new code and links delivered to their inboxes every week.', 'en']
    ], true)
    // A blog's offer of its posts by e-mail and a short title naming a newsletter (its box's heading) are the
    // newsletter's too; mail in the news, a label, a sentence about a newsletter are not.
    const isNewsletter = voiceIs('newsletter')
    expectEach(isNewsletter, [
      ['Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.', 'de'],
      ['Informiere mich über neue Beiträge per E-Mail.', 'de'],
      ['PC Gamer Newsletter', 'en'],
      ['GET THE HARBOUR POST NEWSLETTER', 'en'],
      ['Get the Most Popular Jobs&Hire Stories in a Weekly Newsletter', 'en'],
      // With its form's small print (the confirmation mail): a sentence or two more than a pitch.
      ["Missing out on the latest WordPress.com developments? Enter your email below to receive future announcements direct to your inbox. An email confirmation will be sent before you will start receiving notifications - please check your spam folder if you don't receive this.", 'en']
    ], true)
    expectEach((text, lang) => siteVoiceKind(text, lang) !== undefined, [
      ['The ministry said in an e-mail that new posts would be created in the spring.', 'en'],
      ['The phishing mail landed in thousands of inboxes on Monday, the police said.', 'en'],
      ['Thousands of teachers joined the strike after the union’s mail reached their inboxes on Monday.', 'en'],
      ['Inhalte für den nächsten Newsletter:', 'de'],
      ['The newsletter was first printed in 1998 and reached ten thousand homes.', 'en'],
      // A post-office box in a line of contact details.
      ['Adresse: Wake News c/o D. Hegeler, Postfach 267, CH-4005 Basel', 'de']
    ], false)
    expectEach(isNewsletterPitch, [
      // Named but no call, a call but nothing named, words inside longer words, a long paragraph about one.
      ['The newsletter was first printed in 1998 and reached ten thousand homes.', 'en'],
      ['Readers can subscribe for two euros a month, the publisher said.', 'en'],
      ['The subscribers of the newsletters registered in spring.', 'en'],
      // "Yes, I would like" calls only beside the newsletter's name.
      ['Ja, ich möchte mehr über den Garten erfahren.', 'de'],
      [`The company, which sends a newsletter to its clients, told them to sign up before May; ${'the rest of the sentence goes on at length about prices, '.repeat(6)}and ends.`, 'en']
    ], false)
  })

  it('is furniture in scraped text and in HTML, wherever it stands', () => {
    const pitch = 'Never miss the latest news by signing up to our newsletter today!'
    const headline = 'Harbour reopens after three-day storm'
    const {tree} = readArticle([headline, ...prose.slice(0, 2), pitch, ...prose.slice(2)].join('\n\n'), {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(tree.children.find((node) => node.type === 'chrome' && node.label === pitch)).toMatchObject({kind: 'newsletter'})
    const html = `<html lang="en"><body><article><h1>${headline}</h1>${[...prose.slice(0, 2), pitch, ...prose.slice(2)].map((text) => `<p>${text}</p>`).join('')}</article></body></html>`
    const page = readArticle(html).tree
    expect(page.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    // Its box's heading, in HTML a subhead: furniture too.
    const boxed = readArticle(html.replace(`<p>${pitch}</p>`, `<h3>Harbour Post Newsletter</h3><p>${pitch}</p>`)).tree
    expect(boxed.children.filter((node) => node.type === 'heading').map((node) => toString(node))).toEqual([headline])
  })
})

describe('a figure that is no picture of the article', () => {
  it('is an advertisement or a notice when its caption is a label or the site’s own voice; a picture’s caption and credit stay', () => {
    const figure = (caption: string) => `<figure><img src="a.jpg" alt=""><figcaption>${caption}</figcaption></figure>`
    const page = (lang: string, captions: string[]) =>
      readArticle(`<html lang="${lang}"><body><article><h1>Harbour reopens after three-day storm</h1>${captions.map(figure).join('')}${(lang === 'de' ? germanProse : prose).map((text) => `<p>${text}</p>`).join('')}</article></body></html>`).tree
    const english = page('en', ['When you buy through links on our site, we may earn an affiliate commission.', 'Ferries leave the harbour in the morning. Photo: Anna Berg'])
    expect(english.children.filter((node) => node.type === 'figure').map((node) => toString(node))).toEqual(['Ferries leave the harbour in the morning. Photo: Anna Berg'])
    expect(english.children.find((node) => node.type === 'chrome' && node.label.startsWith('When you buy'))).toMatchObject({kind: 'other'})
    const german = page('de', ['Anzeige'])
    expect(german.children.filter((node) => node.type === 'figure')).toHaveLength(0)
    expect(german.children.find((node) => node.type === 'chrome' && node.label === 'Anzeige')).toBeDefined()
  })
})

describe('a list of names without a by-word', () => {
  const polish = [
    '17 kwietnia na konferencji prasowej premier i wicepremier poinformowali o wydaleniu z kraju osiemnastu pracowników ambasady, co wywołało reakcję Moskwy.',
    'Pisemną informację o udziale służb w podłożeniu ładunków wybuchowych w 2014 roku premier przekazał także sojusznikom z Unii Europejskiej i NATO.'
  ]

  it('is a byline, never the headline, in a language that capitalises only names; a no-break space may bind a name', () => {
    // The authors' names printed again under the article (their box) made the list the headline the page repeats.
    const names = 'Mateusz Seroka, Piotr\u00a0Żochowski'
    const page = ['Publikacje', '2021-04-20', 'Zamachy w Czechach – kontekst krajowy, implikacje, perspektywy', 'Współpraca', names, ...polish, names].join('\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'pl'})
    expect(tree.meta.title).toBe('Zamachy w Czechach – kontekst krajowy, implikacje, perspektywy')
    const spanish = readArticle(['La agenda con que Interior busca contener la crisis de seguridad', 'Isabel Caro, Rocío Latorre y José Miguel Wilson', 'Una batería de medidas de corto y largo plazo presentó ayer la ministra ante la comisión de seguridad del Senado en Valparaíso.', 'Hasta la sede del Congreso llegó este martes la ministra del Interior para detallar las medidas que el gobierno prepara.'].join('\n'), {from: 'text', lang: 'es'}).tree
    expect(spanish.meta.byline).toBe('Isabel Caro, Rocío Latorre y José Miguel Wilson')
  })

  it('is not told from a headline in title case or from German nouns', async () => {
    const {nameListPattern} = await import('../src/read/language/byline-words.js')
    expect(nameListPattern('pl').test('Mateusz Seroka, Piotr Żochowski')).toBe(true)
    expect(nameListPattern('de').test('Anna Berg und Jan Holm')).toBe(true)
    expect(nameListPattern('pl').test('Zamachy w Czechach')).toBe(false)
    // The shape holds for these too, so English and German pages do not use it: under a headline, such a
    // line is a deck or a caption, never the byline.
    const english = readArticle(['Storm over the coast: what we know', 'Harbour Reopens, Ferries Return', ...prose].join('\n'), {from: 'text', lang: 'en'}).tree
    expect([english.meta.title, english.meta.byline]).toEqual(['Storm over the coast: what we know', undefined])
    const german = readArticle(['Neue Bäckerei am Marktplatz', 'Gender Mainstreaming und Gender Budgeting', ...germanProse].join('\n'), {from: 'text', lang: 'de'}).tree
    expect([german.meta.title, german.meta.byline]).toEqual(['Neue Bäckerei am Marktplatz', undefined])
  })
})

describe('a notice about the reader’s browser', () => {
  it('names the browser or its scripts, addressed to the reader, and what is wrong with them, in the page’s language or English; the news about browsers does not', async () => {
    const notice = voiceIs('cookie-notice')
    expectEach(notice, [
      ['Sie haben Javascript für Ihren Browser deaktiviert.', 'de'],
      ['Dein Browser ist leider veraltet.', 'de'],
      ['Please enable JavaScript to continue using this application.', 'en'],
      ['Włącz obsługę języka JavaScript, aby strona działała prawidłowo.', 'pl'],
      ['Votre navigateur est obsolète.', 'fr']
    ], true)
    expectEach(notice, [
      ['The browser maker said it would disable third-party cookies next year.', 'en'],
      ['Mozilla will update Firefox, its web browser, next month.', 'en'],
      ['Der Browser von Google ist veraltet, sagen Experten.', 'de']
    ], false)
  })

  it('a cookie banner: the cookies, and the site saying it uses them or asking the reader to agree, wherever it stands; a report on cookies is not one', () => {
    const notice = voiceIs('cookie-notice')
    expectEach(notice, [
      ['Wir verwenden Cookies, um unsere Website und Dein Shopping-Erlebnis zu verbessern. Erkläre Dich damit einverstanden, indem Du auf „OK“ klickst. OK', 'de'],
      ['Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.', 'de'],
      ['We are using cookies for the best presentation of our site. Continuing to use this site, you agree with this.', 'en'],
      ['Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site web.', 'fr'],
      ['Używamy ciasteczek, by ułatwić korzystanie z naszego serwisu.', 'pl']
    ], true)
    expectEach(notice, [
      ['Google, as a third-party vendor, uses cookies to serve ads on the sites it works with.', 'en'],
      ['Die Kommission will Cookies stärker regulieren, sagte die Ministerin am Dienstag.', 'de'],
      ['Why did the cookie go to the hospital?', 'en']
    ], false)
    const page = ['Harbour reopens after the storm', ...prose, 'We use cookies to ensure that we give you the best experience on our website. If you continue, you agree to it.'].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(tree.children.map((node) => node.type === 'chrome' && node.kind)).toContain('cookie-notice')
  })

  it('is furniture wherever it stands in scraped text: a page that holds nothing else has no article to read', () => {
    const {tree} = readArticle(['Warum sehe ich die Seite nicht?', 'Sie haben Javascript für Ihren Browser deaktiviert.', 'Aktivieren Sie Javascript jetzt, um unsere Artikel wieder lesen zu können.', 'AGB Datenschutz Impressum'].join('\n'), {from: 'text', lang: 'de'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).not.toContain('Sie haben Javascript für Ihren Browser deaktiviert.')
    expect(tree.children.filter((node) => node.type === 'chrome' && node.kind === 'cookie-notice')).toHaveLength(2)
  })

  it('says so (thin-article) when the page holds almost no article beside it, and not when an article follows the notice', () => {
    const notice = 'Bitte aktivieren Sie JavaScript in Ihrem Browser.'
    const thin = readArticle(['Warum sehe ich die Seite nicht?', notice].join('\n'), {from: 'text', lang: 'de'})
    expect(thin.file.messages.filter((message) => message.ruleId === 'thin-article')).toHaveLength(1)
    const whole = readArticle([notice, 'Neue Bäckerei am Marktplatz', ...germanProse].join('\n'), {from: 'text', lang: 'de'})
    expect(whole.file.messages.filter((message) => message.ruleId === 'thin-article')).toHaveLength(0)
  })
})

describe('an author’s biography', () => {
  it('opens with a name or “the author”, a verb and, within eight words, a role, in the page’s language or English', async () => {
    const {isAuthorBio} = await import('../src/read/language/bio-words.js')
    const bio = (text: string, lang: string | undefined) => isAuthorBio(text, lang, stopwordsFor(lang ?? 'en'))
    expectEach(bio, [
      ['Leah C. Stokes is an assistant professor of political science at UC Santa Barbara.', 'en'],
      ['Jake is the co-founder of Integer 32, the world’s first Rust consultancy.', 'en'],
      ['Inga Buller ist Head of Social & Community bei CHIP. Wenn sie nichts verkauft, testet sie neue Geräte.', 'de'],
      ['Der Autor ist Professor an der Medizinischen Fakultät der Universität München.', 'de'],
      ['Stella von Saldern arbeitet als Redakteurin im Ressort Wirtschaft.', 'de'],
      ['Marie Dupont est journaliste indépendante à Lyon.', 'fr'],
      ['María López es periodista y escritora.', 'es'],
      ['Anna Nowak jest dziennikarką i redaktorką portalu.', 'pl'],
      ['Evan V. Symon is the Senior Editor for the California Globe.', 'de'],
      // A blog's greeting and the blogger introducing themself.
      ['Hi, ich bin Tine und gebürtige Berlinerin. Ich liebe es, mit dem Fahrrad meine Stadt zu erkunden.', 'de'],
      ['Hi! My name is Florina and I’ve been a plant junkie for four years now.', 'en']
    ], true)
    expectEach(bio, [
      // Prose about a thing or a firm, an opening that is a stop word, a role too far on, a role inside a longer word.
      ['Lyft ist deutlich kleiner als Uber und bisher nur in Nordamerika aktiv.', 'de'],
      ['Das Hermelin ist weit verbreitet, sagt die Autorin.', 'de'],
      ['Journelles ist inzwischen gewachsen: Wir sind ein sechsköpfiges Redaktionsteam in Berlin.', 'de'],
      ['Parallels Desktop Pro Edition is packed with extra features for developers.', 'en'],
      ['Smith is known in the town for the garden he keeps behind the old mill as a writer would.', 'en'],
      // A greeting without an introduction, an introduction without a greeting (an about page's own text).
      ['Hi there, this post is about the harbour and its ferries.', 'en'],
      ['Ich bin Jens-Christof Niemeyer, Rechtsanwalt und Fachanwalt für IT-Recht.', 'de'],
      [`Leah C. Stokes is an assistant professor of political science. ${'She has written on energy policy for many years. '.repeat(12)}`, 'en']
    ], false)
  })

  it('after the body, with furniture after it or nothing, is the author’s box, in text and HTML; in mid-body it is the article’s', () => {
    const headline = 'Harbour reopens after three-day storm'
    const bio = 'Anna Berg is a senior reporter covering the coast for the Harbour Post.'
    const text = readArticle([headline, ...prose, bio, 'Related posts'].join('\n\n'), {from: 'text', lang: 'en'}).tree
    expect(text.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(text.children.find((node) => node.type === 'chrome' && node.label === bio)).toMatchObject({kind: 'author-box'})
    const html = `<html lang="en"><body><article><h1>${headline}</h1>${[...prose, bio].map((paragraph) => `<p>${paragraph}</p>`).join('')}</article></body></html>`
    expect(readArticle(html).tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    // The same sentence before the body's last paragraph is the story's: a reporter in the news.
    const inside = [headline, ...prose.slice(0, 2), bio, ...prose.slice(2)]
    expect(readArticle(inside.join('\n\n'), {from: 'text', lang: 'en'}).tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(inside.slice(1))
  })

  it('opens with the name the byline gives, in any case and language, when it closes the article; another name is the story’s', () => {
    const headline = 'Harbour reopens after three-day storm'
    const bio = 'TIM ANDERSON has done many amazing things in his short life. Well, two amazing things.'
    const read = (closing: string, byline = 'By Tim Anderson') =>
      readArticle([headline, byline, ...prose, closing, 'Related posts'].join('\n\n'), {from: 'text', lang: 'en'}).tree.children
    expect(read(bio).find((node) => node.type === 'chrome' && node.label === bio)).toMatchObject({kind: 'author-box'})
    // Spanish, no role from the table, the byline without a by-word.
    const moreno = 'Sarah Moreno cubre temas de negocios, entretenimiento y tendencias para el Nuevo Herald.'
    expect(read(moreno, 'Sarah Moreno').find((node) => node.type === 'chrome' && node.label === moreno)).toMatchObject({kind: 'author-box'})
    // A name with its particles ("de la"), which a byline writes between capitalised words.
    const cruz = 'Ana de la Cruz covers health and science for the Herald from Miami.'
    expect(read(cruz, 'By Ana de la Cruz').find((node) => node.type === 'chrome' && node.label === cruz)).toMatchObject({kind: 'author-box'})
    // A closing paragraph about someone else is the article's.
    const other = 'Tom Andersen has done many amazing things in his short life, the harbour master said.'
    expect(read(other).filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([...prose, other])
  })

  it('is a writer introducing themself by name after the body, and a second paragraph goes with it; on an about page it is the page', async () => {
    const {isSelfIntroduction} = await import('../src/read/language/bio-words.js')
    const intro = (text: string, lang: string | undefined) => isSelfIntroduction(text, lang, stopwordsFor(lang ?? 'en'))
    expectEach(intro, [
      ['Ich bin Eleonore, Betreiberin von incurvy Plus Size Fashion. Ich schreibe hier über Styling-Tipps.', 'de'],
      ["I'm Amy and I'm so glad you've stopped by! As a sleep consultant, my goal is to help you.", 'en'],
      ['Je suis Claire, journaliste indépendante et maman de deux enfants.', 'fr'],
      // English applies on every page, as themes print their boxes untranslated.
      ['My name is Jana Nováková, and I write about the Tatra mountains.', 'de']
    ], true)
    expectEach(intro, [
      // No name: a stop word, a sentence going on in lower case, a quotation.
      ['Ich bin Ihr Ansprechpartner für alle Fragen rund um die Miete.', 'de'],
      ["I'm so glad the harbour reopened, said the mayor.", 'en'],
      ['„Ich bin Anna, und ich habe keine Angst mehr“, sagt die Zeugin.', 'de'],
      [`I'm Amy, and ${'I write about many things every week. '.repeat(20)}`, 'en']
    ], false)
    const headline = 'Harbour reopens after three-day storm'
    const introduction = "I'm Amy and I'm so glad you've stopped by! I write about the coast and its towns."
    const second = 'My blog is full of things to help you plan a trip along the coast, from ferries to the best harbour walks and more.'
    const tail = ['Filed Under: Travel', 'Recent posts']
    const after = readArticle([headline, ...prose, introduction, second, ...tail].join('\n\n'), {from: 'text', lang: 'en'}).tree.children
    expect(after.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(after.filter((node) => node.type === 'chrome' && node.kind === 'author-box').map((node) => node.type === 'chrome' && node.label)).toEqual([introduction, second])
    // The same introduction opening an about page is the page's text, and so is what follows it.
    const about = readArticle([headline, introduction, ...prose].join('\n\n'), {from: 'text', lang: 'en'}).tree.children
    expect(about.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([introduction, ...prose])
  })
})

describe('a disclosure of paid links', () => {
  it('is a short block naming the pay and the links, in the page’s language or English, and furniture in text and HTML', async () => {
    const {isLinkDisclosure} = await import('../src/read/language/pitches.js')
    expectEach(isLinkDisclosure, [
      ['When you buy through links on our site, we may earn an affiliate commission.', 'en'],
      ['Bei den Verlinkungen handelt es sich um Affiliate Links.', 'de'],
      ['Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.', 'de'],
      ['Si compras a través de nuestros enlaces, podemos recibir una comisión.', 'es']
    ], true)
    expectEach(isLinkDisclosure, [
      ['The commission met on Monday and published its report.', 'en'],
      ['Die Provision des Maklers beträgt drei Prozent des Kaufpreises, sagte der Verband.', 'de']
    ], false)
    const disclosure = 'When you buy through links on our site, we may earn an affiliate commission.'
    const headline = 'Harbour reopens after three-day storm'
    const {tree} = readArticle([headline, disclosure, ...prose].join('\n\n'), {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    const html = `<html lang="en"><body><article><h1>${headline}</h1><p>${disclosure}</p>${prose.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`
    expect(readArticle(html).tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
  })
})

describe('the site’s own voice at an article’s end', () => {
  it('is a shop’s cart: its button, its count, its state, in the page’s language or English; not a line about a cart', () => {
    const isOther = voiceIs('other')
    expectEach(isOther, [
      ['Warenkorb (0 Artikel)', 'de'], ['In den Warenkorb legen', 'de'], ['ZUM WARENKORB HINZUFÜGEN', 'de'], ['Ihr Warenkorb ist leer', 'de'],
      ['Es befinden sich keine Artikel im Warenkorb', 'de'], ['0 Shopping Cart', 'en'], ['Add to cart', 'en'], ['No products in the cart.', 'en'],
      ['Ajouter au panier', 'fr'], ['Tu carrito está vacío', 'es']
    ], true)
    expectEach(isOther, [
      ['Der Warenkorb der Inflation wird teurer', 'de'],
      ['If you’re starting the keto diet, here are the must-have items to add to your cart.', 'en'],
      ['A basket of goods costs more this year', 'en']
    ], false)
    // On a product page the cart's button, right above the text, has a headline's shape: the product's name is the headline.
    const page = ['Startseite', 'Warenkorb', 'Brot aus alten Getreidesorten', '12,90 €', 'In den Warenkorb', ...germanProse].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    expect(tree.meta.title).toBe('Brot aus alten Getreidesorten')
    expect(tree.children.filter((node) => node.type === 'chrome').map((node) => node.type === 'chrome' && node.label)).toEqual(['Startseite', 'Warenkorb', 'In den Warenkorb'])
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(['12,90 €', ...germanProse])
  })

  it('is a call to follow the site, an appeal for support or a paywall’s notice, in the page’s language or English', async () => {
    const isPromo = voiceIs('promo')
    expectEach(isPromo, [
      ['Siguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas nuestras actualizaciones', 'es'],
      ['For the latest stories and breaking news updates download our apps for iOS and Android.', 'en'],
      // What the site offers on its channel, whatever the verb: its app, with its latest news.
      ['For the latest stories and breaking news updates download the Harbour Post apps for iOS and Android.', 'en'],
      ['Get the latest news straight to your phone with the Harbour Post app.', 'en'],
      ['Die aktuellen Nachrichten aus der Region jederzeit in der App der Hafenzeitung.', 'de'],
      ['Folgen Sie uns auf Facebook', 'de'],
      ['Unterstützen Sie unabhängigen Journalismus!', 'de'],
      ['If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!', 'en'],
      // Support by a donation: the cause may be the means.
      ['Wesprzyj nas darowizną lub przekaż nam 1% podatku.', 'pl'],
      ['To view the full story, please subscribe to the Harbour Post.', 'en'],
      ['Subscribe now to our print edition for the full story.', 'en'],
      // A registration wall, the same way: register or log in, and read on.
      ['Kostenlos registrieren und weiterlesen', 'de'],
      ['Log in to continue reading', 'en'],
      // An offer of instant access to the article; instant access to something else is not.
      ['Instant access to the full article PDF.', 'en'],
      // A paywall's meter, counting the reader's free articles.
      ['Vous avez lu 1 des 4 articles gratuits ce mois-ci.', 'fr'],
      ['Noch 10 Gratis-Artikel diesen Monat.', 'de'],
      ['You have 3 free articles left this month.', 'en'],
      // An account's handle to follow, in any person; the site's own channel; a support appeal for its reporting.
      ['Follow The Harbour Post on Twitter and Instagram @HarbourPost and on Facebook @HarbourPostNews.', 'en'],
      ['Folgen Sie unserem offiziellen Twitter-Account @hafenzeitung', 'de'],
      ['¡Mira lo que tiene nuestro canal de YouTube!', 'es'],
      ['We rely on your support to make local news available to all', 'en'],
      ['Ihr Beitrag hilft, unsere Berichterstattung weiter auszubauen und kostenlos zur Verfügung zu stellen.', 'de'],
      // An offer's small print.
      ['Immediate online access to all issues from 2019. Subscription will auto renew annually.', 'en'],
      ['Kostenlos. Werbefrei. Jederzeit kündbar.', 'de'],
      ['Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.', 'es']
    ], true)
    expectEach((text, lang) => siteVoiceKind(text, lang) !== undefined, [
      ['The newspaper will offer ten free articles a month to readers who register, its editor said.', 'en'],
      // Someone else followed, a report on funding, a subscription in the news, steps to follow.
      ['The senator, who follows the president on Twitter, deleted the post on Monday.', 'en'],
      ['Follow these steps shared on Twitter to report a harasser on the train.', 'en'],
      ['The foundation will fund local journalism in three counties, its director said.', 'en'],
      ['Wer Tijen auf Twitter folgt, dem fällt schnell auf, dass sie viel liest.', 'de'],
      ['Subscribers of the cable service lost the channel for a week, the company said.', 'en'],
      // The third person of news, where a call would be the site's own: the bank's app, the fans, the foundations.
      ['Customers must download the app, which is available for iOS and Android, the bank said.', 'en'],
      // The latest news without a channel, a channel without the site's news.
      ['The latest news from the harbour came on Monday, when the ferry company said it would resume sailing.', 'en'],
      ['Die App zeigt die Fahrpläne der Fähren an, sagte der Sprecher.', 'de'],
      ['Fans who follow them on Instagram saw the photos first.', 'en'],
      ['El gobierno apoya el periodismo independiente, dijo el ministro.', 'es'],
      ['Die Stiftungen unterstützen sie beim unabhängigen Journalismus, sagte der Sprecher.', 'de'],
      // A handle without a call to follow it, an episode ("Folge") thanked for with a handle, a follow without a
      // handle; a channel that is not the site's; a loan's terms asked about; thanks that are no appeal.
      ['The minister wrote on Twitter (@harbourminister) that the port would reopen.', 'en'],
      ['Vielen Dank für die tolle Folge. Seht ihr die Serie auf Twitter? Danke für einen Tipp via @hafenfan', 'de'],
      ['El canal de YouTube del ministerio publicó el vídeo el lunes.', 'es'],
      ['Kann ich den Kredit jederzeit kündigen?', 'de'],
      // The small print's words in a report longer than an offer's line or two.
      [`Der Anbieter wirbt damit, sein Abo sei jederzeit kündbar, ${'doch Verbraucherschützer berichten von Kunden, die monatelang weiter zahlen mussten, '.repeat(3)}sagte die Sprecherin.`, 'de'],
      ['The mayor thanked the volunteers for their support of the local news station.', 'en'],
      ['Add Windows applications to Touch Bar for instant access and customization.', 'en']
    ], false)
    // A post's disclosure that it is advertising is a notice like that of paid links; advertising in the news is not.
    const isNotice = voiceIs('other')
    // So is a widget's question about the article; an article about a law's article or a helpful study is not.
    expectEach(isNotice, [
      ['*Werbung. Dieser Beitrag enthält Werbung für ein Modelabel.', 'de'],
      ['We recommend the best products through an independent review process, and advertisers do not influence our picks.', 'en'],
      ['War der Artikel nützlich?', 'de'],
      ['Dir hat der Artikel gefallen? Jetzt teilen...', 'de'],
      ['Was this article helpful?', 'en'],
      // Asked to share it, or to say what one thinks of it.
      ['Möchten Sie den Artikel teilen?', 'de'],
      ['Teile diesen Beitrag auf Social Media.', 'de'],
      ['We want to hear what you think about this article. Submit a letter to the editor.', 'en'],
      // Or to rate it.
      ['Wir freuen uns, wenn du unseren Beitrag bewertest:', 'de'],
      ['Bewerte diesen Artikel', 'de'],
      ['Did you like this article? Rate it:', 'en'],
      ['Please rate this article', 'en'],
      // A download button: the verb and what it fetches, a label of a few words.
      ['Grafik herunterladen', 'de'],
      ['Dieses Skript als PDF herunterladen', 'de'],
      ['Télécharger au format EPUB', 'fr'],
      ['Descargar PDF', 'es'],
      // How long a media library keeps a video online.
      ['Video verfügbar bis 28.02.2021', 'de'],
      ['Available until 12 May 2025', 'en'],
      // A call to write to the letters page.
      ['Submit your letter to the editor via this form. Read more Letters to the Editor.', 'en'],
      ['Leserbrief schreiben', 'de'],
      // A disclaimer of liability under a list of prices, dates or results.
      ['(Alle Angaben ohne Gewähr)', 'de'],
      ['Alle Angaben ohne Gewähr - Druck und Satzfehler vorbehalten.', 'de'],
      ['Prices as of May 2024. Errors and omissions excepted.', 'en'],
      // An embed's placeholder asking consent, printed once for each embed.
      ['Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram.', 'de'],
      ['Please enable JavaScript to view the comments powered by Disqus.', 'en'],
      ['Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.', 'de'],
      ['Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.', 'de']
    ], true)
    expectEach(isNotice, [
      ['Advertising revenue fell by a fifth in the third quarter, the broadcaster said.', 'en'],
      ['Die Werbung für Tabak ist seit 2021 auf Plakaten verboten.', 'de'],
      ['Der Artikel 5 des Grundgesetzes schützt die Freiheit der Presse.', 'de'],
      ['Die Forscher halten den Impfstoff für nützlich, sagte die Sprecherin.', 'de'],
      ['Die Nutzer müssen der neuen Datenschutzerklärung bis Mai zustimmen, teilte der Konzern mit.', 'de'],
      // A law's article, a bill's contents, an interest rate.
      ['L’article 49.3 est utile au gouvernement, selon le ministre.', 'fr'],
      ['Der Gesetzentwurf enthält ein Verbot der Werbung für Tabak.', 'de'],
      ['This article explains why the central bank raised the rate again.', 'en'],
      ['Die Jury wird den Beitrag bewerten, der am Montag eingereicht wurde, sagte die Stadt.', 'de'],
      // Someone's sharing in a report, in English's third person; what they think, not what the reader does.
      ['He did not share this story with the police until May.', 'en'],
      // Downloads in a sentence, or a longer one about them.
      ['Nutzer können das Video herunterladen.', 'de'],
      // An offer's availability in a sentence.
      ['Das Angebot ist verfügbar bis Ende 2025.', 'de'],
      // The letters page's name, which heads real letters; a letter someone wrote.
      ['Letters to the Editor', 'en'],
      ['Sie schrieb einen Leserbrief an die Zeitung, in dem sie die Stadt kritisierte.', 'de'],
      // Terms that articles quote; a disclaimer's words in a long report.
      ['The licence says its terms are subject to change without notice.', 'en'],
      [`Der Veranstalter machte alle Angaben ohne Gewähr, ${'sagte die Sprecherin des Landgerichts, das über die Klage der Gäste zu entscheiden hat, '.repeat(2)}am Montag.`, 'de'],
      ['The ministry let users download the file for free until the end of the consultation period in May.', 'en'],
      ['Die Ministerin wollte den Bericht nicht mit den Ländern teilen.', 'de'],
      ['Los usuarios deben aceptar la nueva política de privacidad antes de mayo.', 'es'],
      ['Users must consent to the new privacy policy by May, the company said.', 'en']
    ], false)
    // A print button, the verb and what it prints, is the share row's, as its plain "Print" is; printing in a sentence is not.
    expectEach(voiceIs('share'), [
      ['Seite drucken', 'de'],
      ['Rezept drucken  Bei Pinterest speichern', 'de'],
      ['Print this page', 'en'],
      ['Imprimer cette page', 'fr'],
      ['Imprimir artículo', 'es']
    ], true)
    expectEach(voiceIs('share'), [
      ['Der Verlag will die Seite nicht mehr drucken.', 'de'],
      ['The paper will print the article on its front page tomorrow, the editor said.', 'en'],
      ['Drucken', 'de']
    ], false)
    // A magazine's promotion of its issue on sale: the issue and where or how to get it. The label alone is a label of its kind.
    expectEach(voiceIs('promo'), [
      ['Die aktuelle Ausgabe der L-MAG jetzt an jedem Bahnhofskiosk, im Abo, als e-Paper und bei Readly erhältlich.', 'de'],
      ['Die neue Ausgabe ist da: selber machen - Jetzt am Kiosk!', 'de'],
      ['Aktuelle Ausgabe versandkostenfrei bestellen', 'de'],
      ['Subscribe to the current issue', 'en'],
      ['Le dernier numéro est disponible en kiosque.', 'fr'],
      // The issue the article came from, the magazine's single copies, a weekly to subscribe to.
      ['Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist ab 20.06.2019 im Handel erhältlich.', 'de'],
      ['Lesen Sie das BIKE Magazin. Einfach digital in der App oder bestellen Sie es im Shop als Abo oder Einzelheft:', 'de'],
      ['Zapraszamy też do subskrypcji tygodnika w Sieci Przyjaciół.', 'pl']
    ], true)
    expectEach(voiceIs('promo'), [
      ['Die neue Ausgabe des Berichts zeigt, dass die Mieten weiter steigen, sagte die Ministerin.', 'de'],
      ['The current issue facing the council is the cost of the new bridge.', 'en'],
      ['Das Heft lag auf dem Tisch, als die Polizei kam.', 'de'],
      ['Według tygodnika rząd planuje nowe podatki.', 'pl']
    ], false)
    expect(['Aktuelle Ausgabe', 'Current Issue'].map((text) => labelKind(text, text === 'Current Issue' ? 'en' : 'de'))).toEqual(['promo', 'promo'])
    // A notice of the licence the site's texts are under is its copyright line; an article about licences
    // and a picture's credit with its licence are not.
    expectEach(voiceIs('copyright'), [
      ['This work is licensed under a Creative Commons Attribution-NonCommercial 4.0 International License.', 'en'],
      ['Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.', 'de'],
      ['Wenn nicht anders gekennzeichnet, stehen alle Inhalte dieser Website unter der Lizenz Creative Commons Namensnennung 3.0 Deutschland.', 'de'],
      ['Contenidos bajo licencia Creative Commons (CC-BY-NC) salvo donde indique lo contrario.', 'es']
    ], true)
    expectEach(voiceIs('copyright'), [
      ['Durch eine Creative-Commons-Lizenz soll die Verbreitung von Inhalten erleichtert werden.', 'de'],
      ['Creative Commons provides free licenses that anyone can use to share their work.', 'en'],
      ['Foto: president.gov.ua, via Wikimedia Commons | Lizenz: CC BY 4.0', 'de']
    ], false)
  })

  it('is furniture in scraped text and in HTML', () => {
    const headline = 'Harbour reopens after three-day storm'
    const notices = ['Subscribe now to our print edition for the full story.', 'Follow us on Twitter and Instagram for the latest updates.']
    const {tree} = readArticle([headline, ...prose, ...notices].join('\n\n'), {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
    expect(tree.children.filter((node) => node.type === 'chrome' && notices.includes(node.label ?? '')).map((node) => node.type === 'chrome' && node.kind)).toEqual(['promo', 'promo'])
    // In HTML as a paragraph, a subhead or a quote box: one check of the page's own words for each.
    const blocks = [`<p>${notices[0]}</p>`, `<h3>${notices[1]}</h3>`, `<blockquote><p>${notices[1]}</p></blockquote>`]
    const html = `<html lang="en"><body><article><h1>${headline}</h1>${prose.map((text) => `<p>${text}</p>`).join('')}${blocks.join('')}</article></body></html>`
    const page = readArticle(html).tree
    expect(page.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))).toEqual([headline, ...prose])
    expect(page.children.filter((node) => node.type === 'chrome' && notices.includes(node.label ?? '')).length).toBe(3)
  })
})

describe('a comment form’s notice', () => {
  it('ends a scraped article, in the page’s language or English', () => {
    const headline = 'Neue Bäckerei am Marktplatz öffnet'
    const comment = 'Ich war heute dort, und das Brot ist wirklich so gut, wie alle sagen, aber die Schlange war mir zu lang, ehrlich gesagt.'
    for (const notice of ['Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert', 'Diese Website verwendet Akismet, um Spam zu reduzieren.', 'Your email address will not be published.']) {
      const {tree, file} = readArticle([headline, ...germanProse, notice, comment, comment].join('\n\n'), {from: 'text', lang: 'de'})
      expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(germanProse)
      expect(file.messages.some((message) => message.ruleId === 'cut-comment-form')).toBe(true)
    }
  })

  it('and so does a comment section’s rules — not a report that someone declined to comment', async () => {
    const {isCommentPolicy} = await import('../src/read/language/chrome-labels.js')
    expectEach(isCommentPolicy, [['Please log in here to leave a comment.', 'en'], ['Ihre Kommentare werden moderiert.', 'de'], ['Para comentar debes registrarte y completar los datos generales.', 'es']], true)
    const report = 'The ministry declined to comment on the civil case and said that voters must register by May.'
    expect(isCommentPolicy(report, 'en')).toBe(false)
    const headline = 'Harbour reopens after three-day storm'
    const {tree} = readArticle([headline, ...prose, report, 'Please log in here to leave a comment.', 'Great news for the town, finally the ferries run again and we can visit.'].join('\n\n'), {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([...prose, report])
  })
})

describe('the post’s dated line under the headline', () => {
  it('is furniture giving the date (and the byline at its end), not a caption', () => {
    const headline = 'Neue Bäckerei am Marktplatz öffnet'
    const {tree} = readArticle([headline, '19.6.2007 9:40 Uhr Christoph Becker 71 Kommentare', ...germanProse].join('\n\n'), {from: 'text', lang: 'de'})
    expect(tree.children.some((node) => node.type === 'figure')).toBe(false)
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(germanProse)
    const signed = readArticle([headline, 'Veröffentlicht am 3. März 2024 von Anna Weber', ...germanProse].join('\n\n'), {from: 'text', lang: 'de'}).tree
    expect(signed.children.some((node) => node.type === 'figure')).toBe(false)
    expect(signed.meta).toMatchObject({published: '2024-03-03', byline: 'von Anna Weber'})
    // A dash before the comment link is no word of it: nine words, eight without the dash.
    const dashed = readArticle([headline, 'Veröffentlicht am 6. Juli 2015 von Mark Hosak — Hinterlasse eine Antwort', ...germanProse].join('\n\n'), {from: 'text', lang: 'de'}).tree
    expect(dashed.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))).toEqual([headline, ...germanProse])
    expect(dashed.meta.published).toBe('2015-07-06')
    // A caption with a date in it describes its picture at greater length.
    const caption = 'Die neue Bäckerei am Marktplatz an ihrem ersten Tag, kurz vor der Öffnung am 3. März 2024'
    const pictured = readArticle([headline, caption, ...germanProse].join('\n\n'), {from: 'text', lang: 'de'}).tree
    expect(pictured.children.find((node) => node.type === 'figure')).toBeDefined()
  })
})

describe('a date alone in the body', () => {
  it('is furniture, unless it heads the text after it as one of several dated sections', () => {
    const page = ['Neue Bäckerei am Marktplatz öffnet', ...germanProse.slice(0, 1), '06.11.2023, 15:20 Uhr', 'Teilen', ...germanProse.slice(1)].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    expect(tree.children.filter((node) => node.type !== 'chrome').map((node) => toString(node))).toEqual(['Neue Bäckerei am Marktplatz öffnet', ...germanProse])
    const subheads = (text: string) => readArticle(text, {from: 'text', lang: 'de'}).tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map((node) => toString(node))
    // A diary's dates over its entries are the entries' subheads.
    const diary = ['Neue Bäckerei am Marktplatz öffnet', germanProse[0] as string, '7. November 2023', germanProse[1] as string, '8. November 2023', germanProse[2] as string].join('\n\n')
    expect(subheads(diary)).toEqual(['7. November 2023', '8. November 2023'])
    // One date over the text, under a deck the head rules read as the body's opening, is the post's.
    const post = ['Neue Bäckerei am Marktplatz öffnet', germanProse[0] as string, 'Veröffentlicht am 7. November 2023', ...germanProse.slice(1)].join('\n\n')
    expect(subheads(post)).toEqual([])
  })
})

describe('rows of a post’s metadata', () => {
  it('are parts between bars, slashes, bullets or spaced dashes, one a date line; a sentence is none', async () => {
    const {metaRow} = await import('../src/read/chrome-rules.js')
    expect(metaRow('Von Thilo / 6. November 2023 / Keine Kommentare', 'de')?.parts.map((part) => part.text)).toEqual(['Von Thilo', '6. November 2023', 'Keine Kommentare'])
    expect(metaRow('23.06.2016 um 16:14 Uhr - Anna Berg - 91 Ergänzungen', 'de')?.parts.map((part) => part.text)).toEqual(['23.06.2016 um 16:14 Uhr', 'Anna Berg', '91 Ergänzungen'])
    expect(metaRow('Jane Doe – 14.09.2022 – Kolumne, Leben', 'de')?.date.text).toBe('14.09.2022')
    // A dash inside a sentence with a date in it does not make a row: the part is a sentence.
    expect(metaRow('Die Messe öffnet am 3. Mai 2022 – so teilte es die Stadt mit.', 'de')).toBeUndefined()
    expect(metaRow('06.11.2023, 15:20 Uhr • 2 Min. Lesezeit', 'de')?.date.text).toBe('06.11.2023, 15:20 Uhr')
    expect(metaRow('The talks ended on 3 May 2022 | officials said.', 'en')).toBeUndefined()
    expect(metaRow('Input / Output in 2022', 'en')).toBeUndefined()
  })

  it('under a headline give the byline and the date, and are furniture in the body', () => {
    const page = ['Neue Bäckerei am Marktplatz öffnet', 'Von Anna Berg / 6. November 2023 / Keine Kommentare', ...germanProse.slice(0, 2), '06.11.2023, 15:20 Uhr • 2 Min. Lesezeit', ...germanProse.slice(2)].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'de'})
    const byline = tree.children.find((node) => node.type === 'byline')
    expect(byline && toString(byline)).toBe('Von Anna Berg')
    expect(tree.meta.published).toBe('2023-11-06')
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(germanProse)
    const html = `<html lang="en"><body><article><h1>Harbour reopens</h1><p>By Jane Doe | 03/05/2022 20:36</p>${prose.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`
    const read = readArticle(html).tree
    const htmlByline = read.children.find((node) => node.type === 'byline')
    expect(htmlByline && toString(htmlByline)).toBe('By Jane Doe')
    expect(read.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual(prose)
  })
})

describe('bylines, in the page’s language', () => {
  it('reads the by-word and and-word of the language, and English on every page', async () => {
    const {parseByline, splitFusedByline} = await import('../src/read/chrome-rules.js')
    expect(parseByline('Por Ana de la Fuente y Luis Gómez', 'es')).toBe('Por Ana de la Fuente y Luis Gómez')
    expect(parseByline('Von Thomas Müller und Eva Roth', 'de')).toBe('Von Thomas Müller und Eva Roth')
    expect(parseByline('Par Jean Dupont et Marie Curie', 'fr')).toBe('Par Jean Dupont et Marie Curie')
    expect(parseByline('Autor: Jan Kowalski', 'pl')).toBe('Autor: Jan Kowalski')
    expect(parseByline('By Jane Doe and John Roe', 'de')).toBe('By Jane Doe and John Roe')
    // A blog theme's "published by" is a by-word too.
    expect(parseByline('Veröffentlicht von Anna Berg', 'de')).toBe('Veröffentlicht von Anna Berg')
    expect(parseByline('Posted by Jane Doe', 'en')).toBe('Posted by Jane Doe')
    // With a colon, as a theme's field prints it ("Author: …", "By: …").
    expect(parseByline('Author: Jane Doe', 'en')).toBe('Author: Jane Doe')
    expect(parseByline('By: Jane Doe and John Roe', 'en')).toBe('By: Jane Doe and John Roe')
    expect(parseByline('Authors: Jane Doe, John Roe', 'en')).toBe('Authors: Jane Doe, John Roe')
    expect(parseByline('Escrito por Ana de la Fuente', 'es')).toBe('Escrito por Ana de la Fuente')
    // Another language's by-word is not a byline; a sentence is not one either.
    expect(parseByline('Von Thomas Müller', 'fr')).toBeUndefined()
    expect(parseByline('Von Berlin nach Hamburg', 'de')).toBeUndefined()
    expect(parseByline('Por qué sube el pan', 'es')).toBeUndefined()
    expect(splitFusedByline('Veröffentlicht am 3. März 2024 von Anna Weber', 'de')).toEqual({caption: 'Veröffentlicht am 3. März 2024', byline: 'von Anna Weber'})
    // A sentence that ends on "von" and a name is prose, not a caption with a byline glued to it.
    expect(splitFusedByline('Das mobile Reisen boomt. Mittendrin: die Camper von Sortimo.', 'de')).toBeUndefined()
    expect(splitFusedByline('Die neue Staffel beginnt im Herbst, und alle kämpfen um das Herz von Ana.', 'de')).toBeUndefined()
  })

  it('a scraped lead that ends on "von" and a name is the text, not a photo caption with its byline', () => {
    const headline = 'Campingbusse boomen auf dem Salon in Bern'
    const lead = 'Das mobile Reisen boomt – gerade in Pandemiezeiten. Das hat der Salon eindrücklich bewiesen. An fünf Messetagen kamen über 36 000 Menschen auf das Gelände. Mittendrin: die Camper von Sortimo.'
    const {tree} = readArticle([headline, lead, ...germanProse].join('\n\n'), {from: 'text', lang: 'de'})
    expect(tree.children.filter((node) => node.type !== 'chrome').map((node) => `${node.type}: ${toString(node)}`)).toEqual([`heading: ${headline}`, ...[lead, ...germanProse].map((text) => `paragraph: ${text}`)])
  })

  it('reads a byline of separate elements as separate parts, not one run-on name', () => {
    const page = `<html lang="en"><body><article><h1>Trams return</h1>
      <div data-component="byline-block"><span>By Sam Jones</span><span>Transport correspondent</span></div>
      <p>${prose[0]}</p><p>${prose[1]}</p></article></body></html>`
    const {tree} = readArticle(page)
    expect(tree.children.filter((node) => node.type === 'byline').map(toString)).toEqual(['By Sam Jones, Transport correspondent'])
  })
})

describe('a byline under the opening paragraph', () => {
  it('is the byline when the opening was a deck the head rules read as the body’s first paragraph; later in the body a by-line is the body’s', () => {
    const opening = 'Follow these tips from the harbour master for a safe winter on the water, whether you sail, row or fish from the pier.'
    const read = (lines: string[]) => readArticle(lines.join('\n\n'), {from: 'text', lang: 'en'}).tree
    const tree = read(['Harbour reopens after three-day storm', 'Harbour reopens after three-day storm', opening, 'By Anna Berg', ...prose])
    expect(tree.children.find((node) => node.type === 'byline')).toMatchObject({type: 'byline'})
    expect(tree.meta.byline).toBe('By Anna Berg')
    const late = read(['Harbour reopens after three-day storm', opening, ...prose.slice(0, 2), 'By Anna Berg', ...prose.slice(2)])
    expect(late.children.filter((node) => node.type === 'byline')).toHaveLength(0)
  })
})

describe('bylines marked by an attribute alone', () => {
  it('an element marked as the author by itemprop, data-testid or data-component, with no class or id and no by-word, is the byline', () => {
    for (const mark of ['itemprop="author"', 'data-testid="article-byline"', 'data-component="byline"']) {
      const page = `<html lang="en"><body><article><h1>Trams return</h1><div ${mark}>Sam Jones, transport correspondent</div>
        <p>${prose[0]}</p><p>${prose[1]}</p></article></body></html>`
      const {tree} = readArticle(page)
      expect([mark, tree.children.filter((node) => node.type === 'byline').map(toString)]).toEqual([mark, ['Sam Jones, transport correspondent']])
    }
  })
})

describe('elementsNamed', () => {
  it('gives a page’s elements of several tag names in the page’s order, walking the page once for all of them', () => {
    const tree = parseHtml('<html><body><h3>c</h3><div><h2>b</h2><h1>a</h1></div><h2>d</h2></body></html>')
    expect(elementsNamed(tree, 'h1', 'h2', 'h3').map((element) => toHastString(element))).toEqual(['c', 'b', 'a', 'd'])
    expect(elementsNamed(tree, 'h2').map((element) => toHastString(element))).toEqual(['b', 'd'])
    expect(elementsNamed(tree, 'table')).toEqual([])
  })
})

describe('figures', () => {
  it('leaves out screen-reader-only labels of a caption, and keeps the picture’s credit beside it', () => {
    const page = `<html lang="en"><body><article><h1>Trams return</h1>
      <figure><div><span class="visually-hidden">Image source, </span>PA Media</div><img src="t.jpg" alt="A tram">
      <figcaption><span class="sr-only">Image caption, </span>The line runs to the hospital <span class="visually-hidden">(opens a gallery)</span></figcaption></figure>
      <p>${prose[0]}</p><p>${prose[1]}</p></article></body></html>`
    const {tree} = readArticle(page)
    const figure = tree.children.find((node) => node.type === 'figure')
    // The credit keeps its label (nothing else says what it is); a hidden text that is not a label stays.
    expect(figure && toString(figure)).toBe('Image source, PA Media. The line runs to the hospital (opens a gallery)')
  })
})

describe('pictures’ captions standing alone', () => {
  it('a credit word opens a caption or ends it, in the page’s language or English; a stock library after a slash or © ends one', async () => {
    const {isPictureCredit} = await import('../src/read/language/picture-credits.js')
    expectEach(isPictureCredit, [
      ['Foto: Keystone', 'de'],
      ['Die Fähre im Hafen von Kiel. (Foto: dpa)', 'de'],
      ['Nicht labern, ranklotzen! Foto: Timur | flickr | CC BY 2.0', 'de'],
      ['Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO', 'de'],
      ['Coney Island, New York. Photo: Getty', 'en'],
      ['(Image credit: HandyGames)', 'en'],
      ['Photo by Anna Berg on Unsplash', 'fr'],
      ['Judy Eddy/WENN.com', 'en'],
      ['Francisco Barbosa Delgado, fiscal general de Colombia. Foto: Nación Media.', 'es'],
      ['Встреча в Кремле. Фото: ТАСС', 'ru'],
      ['(crédito: Minervino Júnior/CB/D.A.Press)', 'pt'],
      ['Photograph by Ed Marshall, Redonda Restoration Programme', 'en'],
      ['Roman Prymula, photo: Archives du Gouvernement tchèque', 'fr'],
      ['Le piquet de grève dans le hall de l’université / (C) Kab Niang', 'fr'],
      ['Dmitry Muratov, periodista ruso y Premio Nobel de la Paz (REUTERS/Denis Balibouse)', 'es'],
      // After a space only: one or two words, or a source or a slash among them.
      ['Der Toast-Test zeigt, in der Mitte ist die Hitze am größten Foto: CHIP', 'de'],
      ['Demut hinter Masken Foto: Adobe Stock', 'de'],
      ['Der Hafen von Kiel am Morgen Foto: Anna Berg/Kieler Nachrichten', 'de']
    ], true)
    expectEach(isPictureCredit, [
      ['Lade ein Foto von deinem Lieblingsgewässer hoch', 'de'],
      ['Neues Bild: Merkel trifft Macron in Paris', 'de'],
      ['The photo shows the ferry leaving the harbour on Tuesday morning.', 'en'],
      ['Das Bild, das die Kommission zeichnet, ist düster: Die Kosten steigen weiter.', 'de'],
      ['Foto: '.repeat(3) + 'word '.repeat(60), 'de'],
      ['Officials said the photo agency Reuters had filed the pictures on Monday, and that more would follow.', 'en']
    ], false)
  })

  it('a caption standing alone between paragraphs is a figure, not a subhead or a paragraph; after the article’s end it goes with the tail', () => {
    const page = [
      'Harbour reopens after the storm',
      prose[0],
      'The harbour office after the storm. Photo: Harbour Office',
      prose[1],
      'The first ferry leaves the harbour. (Photo: Anna Berg)',
      prose[2],
      prose[3],
      'Facebook',
      'Twitter',
      'Email',
      'Filed in: harbour, storm, ferries',
      'Bridge works to start next month',
      'The old bridge in winter. Photo: Getty'
    ].join('\n\n')
    const {tree} = readArticle(page, {from: 'text', lang: 'en'})
    const kept = tree.children.filter((node) => node.type !== 'chrome')
    expect(kept.map((node) => node.type)).toEqual(['heading', 'paragraph', 'figure', 'paragraph', 'figure', 'paragraph', 'paragraph'])
    expect(kept.filter((node) => node.type === 'figure').map((node) => toString(node))).toEqual(['The harbour office after the storm. Photo: Harbour Office', 'The first ferry leaves the harbour. (Photo: Anna Berg)'])
  })
  it('in HTML, a caption set as a paragraph or a subhead is a figure’s caption too', () => {
    const html = `<html lang="en"><body><article><h1>Harbour reopens</h1><p>${prose[0]}</p><p>The first ferry leaves the harbour. (Photo: Anna Berg)</p>` +
      `<h2>The sea wall after the storm. (Photo: Harbour Office)</h2>` +
      prose.slice(1).map((text) => `<p>${text}</p>`).join('') + '</article></body></html>'
    const {tree} = readArticle(html)
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'figure', 'figure', 'paragraph', 'paragraph', 'paragraph'])
  })
})

describe('a caption that is only the picture’s credit', () => {
  it('is a credit and nothing else when a credit word or a © opens it and names follow; a caption that says what it shows is not', async () => {
    const {isBareCredit} = await import('../src/read/language/picture-credits.js')
    expectEach(isBareCredit, [
      ['Foto: dpa', 'de'],
      ['Foto:', 'de'],
      ['Foto: privat', 'de'],
      ['(Image credit: Getty Images)', 'en'],
      ['Photo by Jane Doe on Unsplash', 'fr'],
      ['© Reuters', 'en'],
      ['FOTOS: © BURKARD MEYER', 'de'],
      ['Fot. Lukasz Nowaczyk / Agencja Gazeta', 'pl'],
      ['(crédito: Minervino Júnior/CB/D.A.Press)', 'pt'],
      // A user's handle first, an address, a licence in square brackets.
      ['Foto: cubicroot XYZ via Unsplash (Unsplash License)', 'de'],
      ['Foto: unsplash/Bill Mead', 'de'],
      ['Foto: Max Liebermann [Public domain], via Wikimedia Commons', 'de'],
      ['Фото: ТАСС', 'ru'],
      ['Fotos: Helmut Elstrodt †, Klausmartin Friedrich & Anna Berg', 'de']
    ], true)
    expectEach(isBareCredit, [
      ['Die Fähre im Hafen von Kiel. (Foto: dpa)', 'de'],
      ['Abbildung: Farblich codierte Schneehöhendarstellung auf Gipfelbuch.ch für das Mattertal', 'de'],
      ['© Principle Power Schwimmender Windpark für Portugal', 'de'],
      ['Bild: pixabay Ein Gericht ist kein Ort für Maskenmuffel', 'de'],
      ['Photo: Harbour Office staff clearing the quay after the storm', 'en'],
      ['Judy Eddy/WENN.com', 'en'],
      ['Foto: Anna Berg, Jan Kowalski, Eva Nowak, Piotr Lis, Maria Weber, Tim Anderson', 'de'],
      ['Фото: митинг в Москве', 'ru'],
      // In a script without case no word tells a name: "Photo: the opening ceremony" in Persian.
      ['Photo: مراسم افتتاحیه نمایشگاه', 'fa']
    ], false)
  })

  it('in scraped text, is left out where the picture was, with a message; a caption with its credit stays', () => {
    const page = ['Harbour reopens after the storm', prose[0], 'Photo: Harbour Office', prose[1], 'The first ferry leaves the harbour. (Photo: Anna Berg)', prose[2], prose[3]].join('\n\n')
    const {tree, file} = readArticle(page, {from: 'text', lang: 'en'})
    expect(tree.children.filter((node) => node.type !== 'chrome').map((node) => node.type)).toEqual(['heading', 'paragraph', 'paragraph', 'figure', 'paragraph', 'paragraph'])
    // Furniture, not the article's copyright notice, which braille keeps in place and on its title page.
    expect(tree.children.find((node) => node.type === 'chrome' && node.label === 'Photo: Harbour Office')).toMatchObject({kind: 'other'})
    expect(file.messages.find((message) => message.ruleId === 'picture-credit')?.reason).toContain('“Photo: Harbour Office”')
  })

  it('in HTML, is the credit of the picture it goes with — in its figure, or under one — and is left out when there is none', () => {
    const read = (figure: string) => {
      const html = `<html lang="en"><body><article><h1>Harbour reopens</h1><p>${prose[0]}</p>${figure}` + prose.slice(1).map((text) => `<p>${text}</p>`).join('') + '</article></body></html>'
      return readArticle(html).tree.children.flatMap((node) => (node.type === 'figure' ? [{caption: toString(node), credit: node.credit}] : []))
    }
    const credited = [{caption: '', credit: 'Photo: Harbour Office'}]
    expect(read('<p>Photo: Harbour Office</p>')).toEqual([])
    expect(read('<figure><figcaption>(Photo: Harbour Office)</figcaption></figure>')).toEqual([])
    expect(read('<figure><img src="https://example.com/q.jpg"><figcaption>Photo: Harbour Office</figcaption></figure>')).toEqual(credited)
    expect(read('<figure><img src="https://example.com/q.jpg"></figure><p>Photo: Harbour Office</p>')).toEqual(credited)
    expect(read('<figure><img alt="The quay after the storm"><figcaption>Photo: Harbour Office</figcaption></figure>')).toEqual(credited)
    // A loose image with no alt text is no picture of the article's (the reader keeps none): its credit credits nothing.
    expect(read('<img src="https://example.com/q.jpg"><p>Photo: Harbour Office</p>')).toEqual([])
    // A caption that says what the picture shows keeps its credit in it.
    expect(read('<figure><img src="https://example.com/q.jpg"><figcaption>The quay after the storm. Photo: Harbour Office</figcaption></figure>')).toEqual([
      {caption: 'The quay after the storm. Photo: Harbour Office', credit: undefined}
    ])
  })

  it('is printed small in the picture’s caption in HTML, and never said as its caption: speech says the alt text', () => {
    const html = `<html lang="en"><body><article><h1>Harbour reopens</h1><p>${prose[0]}</p>` +
      '<figure><img src="https://example.com/q.jpg" alt="The quay after the storm"><figcaption>Photo: Harbour Office</figcaption></figure>' +
      prose.slice(1).map((text) => `<p>${text}</p>`).join('') + '</article></body></html>'
    const {tree} = readArticle(html)
    expect(toHtml(tree)).toContain('<figure><img src="https://example.com/q.jpg" alt="The quay after the storm"><figcaption><small class="credit">Photo: Harbour Office</small></figcaption></figure>')
    const ssml = toSsml(tree)
    expect(ssml).toContain('The quay after the storm')
    expect(ssml).not.toContain('Harbour Office')
  })
})

describe('an embedded post’s attribution', () => {
  it('is the line a post prints under its text — a dash, a name, the handle in brackets, the date — in any language', async () => {
    const {isPostAttribution} = await import('../src/read/text/read-text.js')
    expectEach((text) => isPostAttribution(text), [
      ['— Elon Musk (@elonmusk) March 16, 2020', undefined],
      ['— Anja (@AnjaAmaranth) 10. September 2018', undefined],
      ['— マツモトケイジ (@keizi666) January 24, 2020', undefined],
      ['- Harbour Police (@harbour_police) 3 May 2024', undefined]
    ], true)
    expectEach((text) => isPostAttribution(text), [
      ['Follow us on Twitter (@harbourpost) for the latest news.', undefined],
      ['— Anna Berg, 10. September 2018', undefined],
      ['— Elon Musk (@elonmusk)', undefined],
      ['The mayor (@mayor) said on 3 May 2024 that the harbour would reopen.', undefined]
    ], false)
  })

  it('is kept with the post above it, in the body; left out with it when the post is furniture or after the article', () => {
    const post = 'The harbour is open again from today, thank you to all the crews who worked through the weekend!'
    const attribution = '— Harbour Police (@harbour_police) 3 May 2024'
    const read = (lines: string[]) => readArticle(['Harbour reopens after the storm', ...lines].join('\n\n'), {from: 'text', lang: 'en'})
    const kept = (lines: string[]) => read(lines).tree.children.slice(1).filter((node) => node.type !== 'chrome').map((node) => toString(node))
    // In the body: the post and its attribution, in order.
    expect(kept([prose[0] as string, prose[1] as string, post, attribution, prose[2] as string, prose[3] as string])).toEqual([prose[0], prose[1], post, attribution, prose[2], prose[3]])
    expect(read([prose[0] as string, prose[1] as string, post, attribution, prose[2] as string]).file.messages.map((message) => message.ruleId)).toContain('post-attribution')
    // After the page's tail, with the post: neither is the article's.
    expect(kept([...prose, 'Facebook', 'Twitter', 'Filed in: harbour, storm', post, attribution])).toEqual(prose)
    // Under a line of furniture: the attribution goes with it.
    expect(kept([prose[0] as string, prose[1] as string, 'Facebook', attribution, prose[2] as string, prose[3] as string])).toEqual([prose[0], prose[1], prose[2], prose[3]])
  })
})

describe('a second article', () => {
  const page = (second: string) => `<html lang="en"><head><title>Library opens on Sundays</title></head><body><div class="page">
    <div class="story"><h1>Library opens on Sundays</h1><p class="byline">By Priya Shah</p>
      <p>${prose[0]}</p><p>${prose[1]}</p><p>${prose[2]}</p></div>
    ${second}</div></body></html>`
  const text = (html: string) => readArticle(html).tree.children.filter((node) => node.type !== 'chrome').map(toString).join('\n')

  it('ends the article at another article’s headline and byline, in an element of their own', () => {
    const {tree, file} = readArticle(page(`<div class="story"><h2>Road closed for repairs</h2><p class="byline">By Tom Reed</p><p>${prose[3]}</p></div>`))
    expect(tree.children.map(toString).join('\n')).not.toContain('Road closed')
    expect(file.messages.map((message) => message.ruleId)).toContain('second-article')
  })

  it('reads on past a section’s own headline and byline among the article’s paragraphs, and past its own headline repeated', () => {
    const section = page('').replace(`<p>${prose[2]}</p></div>`, `<p>${prose[2]}</p><h2>A city upended</h2><p class="byline">By Tom Reed</p><p>${prose[3]}</p></div>`)
    expect(text(section)).toContain(prose[3])
    const repeated = page(`<div class="story-copy"><h2>Library opens on Sundays</h2><p class="byline">By Priya Shah</p><p>${prose[3]}</p></div>`)
    expect(text(repeated)).toContain(prose[3])
  })

  it('takes no line of the post’s tags above an author’s box for another article’s headline', () => {
    const {file} = readArticle(page(`<div class="meta"><p>Tags: Library, Opening hours, Sunday</p><p class="byline">By Tom Reed</p><p>${prose[3]}</p></div>`))
    expect(file.messages.map((message) => message.ruleId)).not.toContain('second-article')
  })
})

describe('scripts without case or spaces', () => {
  it('reads a ruby’s base text without its annotation (furigana, pinyin): each word once', () => {
    const html =
      '<html lang="ja"><body><article><h1>法律ができました</h1><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、<ruby>親<rt>おや</rt></ruby>が子どもを<ruby>教育<rt>きょういく</rt></ruby>するために、たたいたりしてはいけないことになりました。</p></article></body></html>'
    const {tree} = readArticle(html)
    expect(tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node))).toEqual([
      '子どもへの虐待をなくすための法律ができて、親が子どもを教育するために、たたいたりしてはいけないことになりました。'
    ])
  })

  it('counts the words of Chinese and Thai with the word segmenter, and of the rest by spaces', async () => {
    const {wordCount} = await import('../src/read/language/words.js')
    expect(wordCount('河南81家上市公司已复工75家')).toBeGreaterThanOrEqual(5)
    expect(wordCount('Council approves new tram line')).toBe(5)
    expect(wordCount('  ')).toBe(0)
  })

  it('takes a Chinese or Arabic line for a headline, and a sentence of theirs for none', async () => {
    const {isHeadingLike, isTitleLike} = await import('../src/read/chrome-rules.js')
    expect(isTitleLike('河南81家上市公司已复工75家')).toBe(true)
    expect(isTitleLike('وزير الخارجية يزور موسكو الأسبوع المقبل')).toBe(true)
    expect(isTitleLike('河南省81家上市公司中已有75家复工。')).toBe(false)
    expect(isHeadingLike('لماذا ترتفع أسعار الخبز؟')).toBe(true)
    expect(isTitleLike('the lower-case start of a sentence')).toBe(false)
  })
})
