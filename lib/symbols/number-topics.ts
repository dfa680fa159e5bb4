/**
 * Topic vocabulary for telling a General Assembly resolution of the consecutive numbering
 * (1946-1975) from the Security Council resolution of the same number, by what a sentence speaks
 * of (number-topics.data.ts, ga-by-topic.ts).
 *
 * Each topic is one idea, written once as a case-insensitive regular expression holding its names
 * in the six languages: English (which also matches the catalogue's English titles, from which
 * scripts/build-number-topics.ts assigns topics to resolutions), French, Spanish, Russian (stems
 * that survive declension), Arabic (stems that survive the article and attached prepositions) and
 * Chinese (simplified and traditional). Words from the UN's own terms (UNBIS Thesaurus, resolution
 * titles); a name that is a common word elsewhere is left out or fenced (Arabic مالي "financial",
 * الرقم "the number", Chinese 核 alone "to check", Russian сахар "sugar").
 *
 * Topics only the Council's titles use (mandates, sanctions, terrorism, the States of its later
 * agenda) are here too: a sentence on one of them keeps a number the Council's.
 *
 * The order is the data's: a topic's index is its code in number-topics.data.ts. Append new topics
 * at the end (or regenerate the data: the unit test compares it with a fresh generation).
 */

// prettier-ignore
export const TOPICS: ReadonlyArray<readonly [key: string, pattern: string]> = [
  // Palestine, Israel, the Middle East (the question of Palestine and Israel are one topic: a page on
  // 194 (III), titled on Palestine, speaks of Israel as often)
  ['palestine-israel', 'Palestin|Isra[eë]l|Израил|إسرائيل|اسرائيل|以色列|right of return|droit (?:au|de) retour|derecho (?:al|de) retorno|прав[а-я]* на возвращение|حق العودة|回归权|回歸權|返回权|返回權|Nakba|Накб|النكبة|partition plan|plan de partage|plan de partici[oó]n|план[а-я]* раздела|قرار التقسيم|خطة التقسيم|分治|Палестин|فلسطين|巴勒斯坦|PLO\\b|OLP\\b|ООП(?![а-я])|منظمة التحرير|巴解'],
  ['jerusalem', 'J[eé]rusal[eé]n?|Иерусалим|القدس|耶路撒冷'],
  ['unrwa', 'UNRWA|Relief and Works Agency|Office de secours et de travaux|Organismo de Obras P[uú]blicas y Socorro|БАПОР|Ближневосточн[а-я]* агентств|الأونروا|الاونروا|وكالة الأمم المتحدة لإغاثة|近东救济工程处|近東救濟工程處'],
  ['middle-east', 'Middle East|Near East|Moyen-Orient|Proche-Orient|Oriente (?:Medio|Pr[oó]ximo)|Ближн[а-я]* Восток|Ближневосточн|الشرق الأوسط|الشرق الاوسط|الشرق الأدنى|中东|中東|近东|近東'],
  ['occupied', 'occupied|occupation|occupés?|ocupad|ocupaci[oó]n|оккупир|оккупаци|المحتلة|الاحتلال|占领|佔領|被占|被佔'],
  ['suez-egypt', 'Suez|Суэц|السويس|苏伊士|蘇伊士|Egypt|[EÉ]gypt|Egipt|Египт|Египет|مصر|埃及|Sinai|Sina[ií]|Синай|سيناء|西奈|749th and 750th'],
  ['lebanon', 'Leban|Liban|L[ií]bano|Ливан|لبنان|黎巴嫩'],
  ['syria', 'Syri|\\bSiri[ao]|Сири[яиюей]|Сирийск|سوريا|سورية|叙利亚|敘利亞|Golan|Голан|الجولان|戈兰|戈蘭'],
  ['jordan', 'Jordan|Jordanie|Иордани|الأردن|约旦|約旦'],
  // Refugees
  ['refugees', 'refugee|r[ée]fugi|беженц|لاجئ|难民|難民|stateless|apatrid|apátrid|без гражданства|عديمي الجنسية|无国籍|無國籍|displaced persons|personnes déplacées|personas desplazadas|перемещенн|المشردين|流离失所|流離失所'],
  ['unhcr', 'High Commissioner for Refugees|Haut[- ]Commissa[a-z]* des Nations Unies pour les réfugiés|Haut[- ]Commissariat pour les réfugiés|Alto Comisionado de las Naciones Unidas para los Refugiados|Верховн[а-я]* комиссар[а-я]* [а-я ]{0,40}беженц|المفوض[ية]* السامي[ة]? [^.]{0,30}اللاجئين|UNHCR|\\bHCR\\b|ACNUR|УВКБ|难民署|難民署|难民事务高级专员|難民事務高級專員'],
  // Colonies, dependent territories, self-determination
  ['colonial', 'colonial|coloniaux|colonie|colonias?\\b|colonis|coloniz|d[ée]coloni|descoloniz|колониал|колони[йия]|деколониз|استعمار|مستعمر|殖民'],
  ['self-determination', 'self-determination|autodétermination|libre determinaci[oó]n|autodeterminaci[oó]n|самоопределени|تقرير المصير|自决|自決'],
  ['non-self-governing', 'Non-Self-Governing|non autonomes?|no aut[oó]nomos?|несамоуправляющ|غير المتمتعة بالحكم الذاتي|غير المتمتعة بالحكم الذاتى|非自治领土|非自治領土|Article 73 ?e|Chapter XI\\b'],
  ['trusteeship', 'Trust Territor|Trusteeship|sous tutelle|r[ée]gime (?:international )?de tutelle|Conseil de tutelle|fideicomis|по опеке|под опекой|опеки|подопечн|الوصاية|وصاية|托管'],
  ['portuguese-territories', 'Portug|Португал|البرتغال|葡萄牙'],
  ['angola', 'Angol|Ангол|أنغولا|انغولا|安哥拉'],
  ['mozambique', 'Mozambi|Mo[cç]ambi|Мозамбик|موزامبيق|莫桑比克'],
  ['guinea-bissau', 'Guin[ée]e?[- ]Bissau|Гвине[а-я]*[- ]Бисау|غينيا[- ]بيساو|几内亚比绍|幾內亞比索|Cape Verde|Cap-Vert|Cabo Verde|Кабо-Верде|الرأس الأخضر|佛得角|維德角'],
  ['gibraltar', 'Gibraltar|Гибралтар|جبل طارق|直布罗陀|直布羅陀'],
  ['falklands', 'Malvinas|Falkland|Мальвин|Фолкленд|مالفيناس|فوكلاند|马尔维纳斯|馬爾維納斯|福克兰|福克蘭'],
  ['western-sahara', 'Sahara|Sáhara|Западн[а-я]* Сахар|Испанск[а-я]* Сахар|الصحراء الغربية|撒哈拉|Ifni|Ифни|إفني|MINURSO|МООНРЗС'],
  ['namibia', 'Namibi|South[- ]West Africa|Sud-Ouest africain|[AÁ]frica Sudoccidental|Намиби|Юго-Западн[а-я]* Африк|ناميبيا|جنوب غرب أفريقيا|جنوب غرب افريقيا|纳米比亚|納米比亞|西南非'],
  ['southern-rhodesia', 'Rhodesi|Rhodésie|Rodesia|Родези|روديسيا|罗得西亚|羅得西亞|罗德西亚|羅德西亞|Zimbabw|Зимбабв|زمبابوي|津巴布韦|辛巴威'],
  ['south-africa', 'South Africa|Afrique du Sud|sud-africain|Sud[aá]frica|ЮАР|Южно-Африканск|Южн[а-я]* Африк|جنوب أفريقيا|جنوب افريقيا|南非'],
  ['apartheid', 'apartheid|апартеид|الفصل العنصري|种族隔离|種族隔離'],
  ['racial-discrimination', 'racial|racism|racist|raciale?s?\\b|racisme|raciste|racismo|racista|расов|расизм|расист|العنصري|عنصري|التمييز العنصري|种族歧视|種族歧視|种族主义|種族主義|Zionis|sionis|сионизм|сионист|الصهيونية|صهيوني|犹太复国|猶太復國'],
  ['belize', 'Belize|Белиз|بليز|伯利兹|貝里斯|British Honduras|Honduras británica'],
  ['timor', 'Timor|Тимор|تيمور|帝汶'],
  ['comoros', 'Comor|Коморск|جزر القمر|科摩罗|葛摩|Mayotte|Майотт|مايوت|马约特|馬約特'],
  ['oman-aden', '\\bOman\\b|Om[aá]n\\b|Оман(?![а-я])|سلطنة عمان|阿曼|\\bAden\\b|亚丁|亞丁'],
  ['indonesia', 'Indones|Indonésie|Индонези|إندونيسيا|اندونيسيا|印度尼西亚|印度尼西亞|印尼|West Irian|New Guinea|Nouvelle-Guinée|Nueva Guinea|Новая Гвинея|Новой Гвинеи|Ириан|غينيا الجديدة|新几内亚|新幾內亞'],
  ['togo-cameroon', 'Togo|توغو|多哥|Cameroon|Cameroun|Camer[uú]n|Камерун|الكاميرون|喀麦隆|喀麥隆'],
  ['libya', 'Liby|Libye|Libia|Ливи[яию]|ليبيا|利比亚|利比亞'],
  ['horn-of-africa', 'Eritr|Érythrée|Эритре|إريتري|إرتري|厄立特里亚|厄利垂亞|Ethiopi|Éthiopie|Etiop|Эфиопи|إثيوبيا|埃塞俄比亚|衣索比亞|Somali|Сомали|الصومال|索马里|索馬里|Italian colonies|colonies italiennes|colonias italianas'],
  ['algeria', 'Alg[ée]ri|Argeli|Алжир|الجزائر|阿尔及利亚|阿爾及利亞'],
  ['tunisia-morocco', 'Tunisi|Tunisie|T[uú]nez|Тунис|تونس|突尼斯|Morocc|Maroc|Marruecos|Марокк|المغرب|摩洛哥'],
  // States and questions of the Assembly's early agenda
  ['cyprus', 'Cyprus|Chypre|Chipre|Кипр|قبرص|塞浦路斯|UNFICYP|ВСООНК'],
  ['korea', 'Kore|Corée|Corea|Коре[яиюй]|Корейск|КНДР|كوريا|朝鲜|朝鮮|韩国|韓國'],
  // Not China alone: pages of every language name China where the Council's namesakes are meant.
  ['china-representation', 'People.s Republic of China|representation of China|Chinese representation|lawful rights of|Chine populaire|R[ée]publique populaire de Chine|Rep[uú]blica Popular China|representaci[oó]n de China|repr[ée]sentation de la Chine|Китайск[а-я]* Народн[а-я]* Республик|КНР|представительств[а-я]* Китая|جمهورية الصين الشعبية|تمثيل الصين|الصين الشعبية|中华人民共和国|中華人民共和國|代表权|代表權|合法席位|合法权利|合法權利|一个中国|一個中國|一中原则|一中原則|Taiwan|Taïwan|Taiw[aá]n|Тайван|تايوان|台湾|台灣|臺灣|Formosa|Chiang Kai|Чан Кайши|تشيانغ كاي شيك|蒋介石|蔣介石|one[- ]China|une seule Chine|una sola China|одного Китая|الصين الواحدة'],
  ['tibet', 'Tibet|T[ií]bet|Тибет|التبت|西藏'],
  ['congo', 'Congo|Конго|الكونغو|刚果|剛果|MONUC|MONUSCO|ONUC\\b'],
  ['hungary', 'Hungar|Hongrie|Hungr[ií]a|Венгри|هنغاريا|المجر|匈牙利'],
  ['greece', 'Greece|Greek|Gr[eè]ce|grecque|Grecia|Греци|Греческ|اليونان|希腊|希臘'],
  ['spain', 'Spain|Espagne|España|Испани[яиюей]|إسبانيا|اسبانيا|西班牙'],
  ['kashmir', 'Kashmir|Cachemire|Cachemira|Кашмир|كشمير|克什米尔|克什米爾|Pakistan|Paquist[aá]n|Пакистан|باكستان|巴基斯坦'],
  ['indochina', 'Viet ?Nam|Vietnam|Вьетнам|فيتنام|越南|Indochin|Индокита|印度支那'],
  ['cuba', '\\bCuba|Куб[аеуы](?![а-я])|كوبا|古巴'],
  // Human rights
  ['human-rights', 'human rights|droits de l.homme|droits humains|derechos humanos|прав[а-я]* человека|حقوق الإنسان|حقوق الانسان|人权|人權'],
  ['universal-declaration', 'Universal Declaration|Déclaration universelle|Declaraci[oó]n Universal|Всеобщ[а-я]* деклараци|الإعلان العالمي|الاعلان العالمي|世界人权宣言|世界人權宣言|Bill of Human Rights|Charte internationale des droits|Carta Internacional de Derechos|Международн[а-я]* билл|الشرعة الدولية|国际人权宪章|國際人權憲章'],
  ['covenants', 'Covenant|Pactes? international|Pactos? Internacional|Международн[а-я]* пакт|Пакт[а-я]* о (?:гражданских|экономических)|العهد الدولي|العهدين|两公约|兩公約|公民权利和政治权利|公民權利和政治權利|经济、?社会(?:及|和)文化权利|經濟、?社會(?:及|和)文化權利'],
  ['genocide', 'genocid|génocid|геноцид|الإبادة الجماعية|الابادة الجماعية|灭绝种族|滅絕種族|种族灭绝|種族滅絕'],
  ['war-crimes', 'war crim|crimes? de guerre|cr[ií]menes de guerra|военн[а-я]* преступ|جرائم الحرب|战争罪|戰爭罪|crimes against humanity|crimes contre l.humanité|lesa humanidad|против человечности|جرائم ضد الإنسانية|危害人类罪|危害人類罪|criminal jurisdiction|juridiction (?:criminelle|pénale) internationale'],
  ['tribunal', 'Tribunal|Трибунал|المحكمة الجنائية|刑事法庭|国际法庭|國際法庭'],
  ['women', 'women|woman|femmes?\\b|mujer|женщин|المرأة|النساء|妇女|婦女|sexual violence|violences? sexuelles?|violencia sexual|сексуальн[а-я]* насили|العنف الجنسي|性暴力'],
  ['children', 'child|enfant|ni[ñn][oa]s|infancia|UNICEF|ЮНИСЕФ|детей|дети(?![а-я])|детск|الطفل|الأطفال|أطفال|اليونيسيف|儿童|兒童|儿基会|兒基會'],
  ['information', 'freedom of information|libert[ée] (?:de l.)?information|libertad de informaci[oó]n|свобод[а-я]* информаци|حرية الإعلام|حرية المعلومات|新闻自由|新聞自由|信息自由'],
  ['slavery', 'slave|esclav|рабств|работорг|العبودية|الاسترقاق|الرقيق|奴隶|奴隸'],
  // Peace, security, law between States
  ['uniting-for-peace', 'Uniting for [Pp]eace|Union pour le maintien de la paix|Unit[ée] pour la paix|Uni[oó]n pro [Pp]az|Unidos por la [Pp]az|Единств[а-я]{0,2} в пользу мира|الاتحاد من أجل السلام|متحدون من أجل السلام|联合一致共策和平|聯合一致共策和平|\\bveto|vetos?\\b|вето(?![а-я])|الفيتو|حق النقض|否决权|否決權|voting in the Security Council'],
  ['aggression', 'aggress|agress|agresi|агресс|العدوان|عدوان|侵略'],
  ['friendly-relations', 'friendly relations|relations amicales|relaciones de amistad|дружественн[а-я]* отношени|العلاقات الودية|友好关系|友好關係'],
  ['intervention', 'non-?intervention|intervention in the domestic|inadmissibility of intervention|non-ing[ée]rence|ing[ée]rence dans les affaires|no intervenci[oó]n|no injerencia|intervenci[oó]n en los asuntos|невмешательств|вмешательств[а-я]* во внутренние|عدم التدخل|التدخل في الشؤون الداخلية|不干涉|干涉(?:他国|他國)?(?:内政|內政)'],
  ['international-security', 'international security|s[ée]curit[ée] internationale|seguridad internacional|международн[а-я]* безопасност|الأمن الدولي|国际安全|國際安全'],
  ['peacekeeping', 'peace-?keeping|maintien de la paix|mantenimiento de la paz|по поддержанию мира|миротвор|حفظ السلام|维持和平|維持和平|维和|維和|Emergency Force|Force d.urgence|Fuerza de Emergencia|Чрезвычайн[а-я]* вооруж|قوة الطوارئ|紧急部队|緊急部隊'],
  ['mandate-mission', 'mandate of|extension of the mandate|renewal of the mandate|mandat de la|mandato de la|prorrog|продлени[а-я]* мандат|мандат[а-я]* (?:Миссии|Сил)|تمديد ولاية|ولاية بعثة|ولاية قوة|任务期限|任務期限|observer mission|observer force|military observers|mission d.observation|observateurs militaires|observadores militares|военн[а-я]* наблюдател|المراقبين العسكريين|军事观察员|軍事觀察員|观察团|觀察團|United Nations Mission|Mission des Nations Unies|Misi[oó]n de las Naciones Unidas|Миссии? Организации Объедин[её]нных Наций|Миссии? ООН|بعثة الأمم المتحدة|联合国[^。]{0,12}特派团|聯合國[^。]{0,12}特派團'],
  ['ceasefire', 'cease-?fire|cessez-le-feu|alto el fuego|cese del fuego|прекращени[а-я]* огня|وقف إطلاق النار|وقف اطلاق النار|停火|truce|tr[eê]ve|tregua|перемири|هدنة|休战|休戰|armistice|armisticio|перемирие'],
  ['sanctions', 'sanction|санкци|العقوبات|عقوبات|制裁|embargo|эмбарго|حظر الأسلحة|حظر توريد|禁运|禁運|arms to South Africa'],
  ['terrorism', 'terroris|terroriz|террор|الإرهاب|الارهاب|إرهاب|恐怖'],
  ['mercenaries', 'mercenar|mercenaire|наемник|наёмник|المرتزقة|雇佣军|僱傭軍'],
  ['icj', 'International Court of Justice|Cour internationale de Justice|Corte Internacional de Justicia|Международн[а-я]* Суд|محكمة العدل الدولية|国际法院|國際法院'],
  ['international-law', 'International Law Commission|Commission du droit international|Comisi[oó]n de Derecho Internacional|Комисси[а-я]* международного права|لجنة القانون الدولي|国际法委员会|國際法委員會|codification|кодификаци|تدوين القانون|编纂|編纂|law of treaties|droit des traités|derecho de los tratados|права международных договоров|قانون المعاهدات|条约法|條約法'],
  ['admission', 'admission|admisi[oó]n|admitted to membership|membership in the United Nations|new Members|nouveaux Membres|nuevos Miembros|admettre|admitir|при[её]м[а-я]* в член|принят[а-я]* в член|вступлени[а-я]* в ООН|членств[а-я]* в ООН|عضوية|انضمام|قبول [^.]{0,25}عضو|接纳|接納|会员资格|會員資格|会员国资格|會員國資格|加入联合国|加入聯合國|入会|入會'],
  ['un-day', 'United Nations Day|Journ[ée]e des Nations Unies|D[ií]a de las Naciones Unidas|День Организации Объедин[её]нных Наций|День ООН|يوم الأمم المتحدة|يوم الامم المتحدة|联合国日|聯合國日|international holiday|jour férié international|feriado internacional'],
  // Arms
  ['disarmament', 'disarm|d[ée]sarm|desarm|разоружени|сокращени[а-я]* вооружени|нераспространени|proliferation|prolif[ée]ration|proliferaci[oó]n|нераспр|نزع السلاح|عدم انتشار|انتشار الأسلحة|裁军|裁軍|不扩散|不擴散|armaments|armements|armamentos|regulation of armaments|military budgets|budgets militaires|presupuestos militares|военн[а-я]* бюджет|الميزانيات العسكرية|军事预算|軍事預算'],
  ['nuclear', 'nuclear|nucl[ée]aire|ядерн|атомн|النووي|نووي|الطاقة الذرية|الأسلحة الذرية|السلاح الذري|核武|核试|核試|核能|核爆|无核|無核|核裁|核不|核扩散|核擴散|原子|atomic|atomique|at[oó]mic|thermo-?nuclear|термоядерн'],
  ['chemical-biological', 'chemical|chimique|qu[ií]mic|химическ|الكيميائي|الكيماوي|化学武器|化學武器|bacteriolog|bact[ée]riolog|biolog|бактериолог|биологическ|البيولوجي|生物武器|napalm|напалм|النابالم|凝固汽油'],
  ['outer-space', 'outer space|espacio ultraterrestre|espace extra-atmosph[ée]rique|космическ|الفضاء الخارجي|外层空间|外層空間|外空'],
  ['sea', 'sea-?bed|ocean floor|fonds? marins?|fondos? marinos?|морск[а-я]* дн|дна морей|قاع البحار|قاع البحر|海床|洋底|law of the sea|droit de la mer|derecho del mar|морск[а-я]* прав|قانون البحار|海洋法'],
  // Economy, development, social questions
  ['economic-order', 'new international economic order|nouvel ordre [ée]conomique international|nuevo orden econ[oó]mico internacional|нов[а-я]* международн[а-я]* экономическ[а-я]* порядк|النظام الاقتصادي الدولي الجديد|国际经济新秩序|國際經濟新秩序|Economic Rights and Duties|droits et devoirs [ée]conomiques|derechos y deberes econ[oó]micos|экономических прав и обязанностей|الحقوق والواجبات الاقتصادية|经济权利和义务|經濟權利和義務'],
  ['development', 'economic development|d[ée]veloppement [ée]conomique|desarrollo econ[oó]mico|экономическ[а-я]* развити|التنمية الاقتصادية|经济发展|經濟發展|developing countries|under-?developed|pays en (?:voie de )?d[ée]veloppement|sous-d[ée]velopp|pa[ií]ses en desarrollo|subdesarrollad|insuficientemente desarrollad|развивающ|слаборазвит|البلدان النامية|الدول النامية|المتخلفة|发展中国家|發展中國家|不发达|不發達|Development Decade|Development Programme|Capital Development Fund|PNUD|UNDP|ПРООН|开发计划署|開發計劃署|technical assistance|assistance technique|asistencia t[ée]cnica|техническ[а-я]* помощ|المساعدة التقنية|技术援助|技術援助'],
  ['trade', 'international trade|commerce international|comercio internacional|международн[а-я]* торговл|التجارة الدولية|国际贸易|國際貿易|UNCTAD|CNUCED|ЮНКТАД|الأونكتاد|贸发会议|貿發會議|Trade and Development|commodit|produits de base|productos b[aá]sicos|сырьев[а-я]* товар|السلع الأساسية|初级商品|初級商品|land-?locked|sans littoral|sin litoral|не имеющ[а-я]* выхода к морю|غير الساحلية|内陆国|內陸國'],
  ['natural-resources', 'natural resources|ressources naturelles|recursos naturales|природн[а-я]* ресурс|الموارد الطبيعية|自然资源|自然資源|permanent sovereignty|souverainet[ée] permanente|soberan[ií]a permanente|неотъемлем[а-я]* суверенитет|السيادة الدائمة|永久主权|永久主權'],
  ['food', 'food|alimentaire|alimentos|alimentari|продовольств|الأغذية|الغذاء|الغذائي|粮食|糧食'],
  ['environment', 'environment|environnement|medio ambiente|окружающ[а-я]* сред|البيئة|环境|環境|human settlements|établissements humains|asentamientos humanos|населенн[а-я]* пункт|المستوطنات البشرية|人类住区|人類住區'],
  ['population', 'World Population|Population Conference|population growth|population mondiale|Conf[ée]rence mondiale de la population|Poblaci[oó]n Mundial|народонаселени|السكان العالمي|世界人口|人口会议|人口會議|Population Activities|FNUAP|UNFPA'],
  ['narcotics', 'narcotic|stup[ée]fiant|estupefaciente|наркотик|наркотическ|المخدرات|麻醉品|毒品|drug abuse|drogue|drogas'],
  // States of the Council's later agenda (its namesakes of the Assembly's numbers)
  ['gulf', 'Iraq|Irak|Ирак|العراق|伊拉克|Kuwait|Kowe[iï]t|Koweit|Кувейт|الكويت|科威特'],
  ['iran', '\\bIran|Irán|Иран|إيران|ايران|伊朗|伊核'],
  ['former-yugoslavia', 'Yugoslav|Yougoslav|Югослав|يوغوسلافيا|南斯拉夫|Bosni|Босни|البوسنة|波斯尼亚|波斯尼亞|波黑|Kosov|Косов|كوسوفو|科索沃|Croati|Croatie|Croacia|Хорвати|كرواتيا|克罗地亚|克羅地亞|Serbi|Serbie|Сербии|Сербия|صربيا|塞尔维亚|塞爾維亞|Macedoni|Македони|مقدونيا|马其顿|馬其頓|Srebrenica|Сребрениц|سريبرينيتسا|斯雷布雷尼察'],
  ['sudan', 'Sudan|Soudan|Судан|السودان|苏丹|蘇丹|Darfur|Дарфур|دارفور|达尔富尔|達爾富爾|Abyei|Абьей|أبيي|阿卜耶伊'],
  ['afghanistan', 'Afghan|Afgan|Афган|أفغانستان|افغانستان|阿富汗'],
  ['haiti', 'Ha[iï]t[ií]|Гаити|هايتي|海地'],
  ['west-africa', 'Liberia|Lib[ée]ria|Либери|ليبيريا|利比里亚|賴比瑞亞|Sierra Leona?e?|Сьерра-Леоне|سيراليون|塞拉利昂|獅子山|C[oô]te d.Ivoire|Costa de Marfil|Кот-д.Ивуар|كوت ديفوار|ساحل العاج|科特迪瓦|象牙海岸|\\bMali\\b|Мали(?![а-я])|馬利|Central African|centrafricaine|Centroafricana|Центральноафриканск|أفريقيا الوسطى|中非共和国|中非共和國'],
  ['rwanda-burundi', 'Ruanda|Rwanda|Burundi|Руанд|Бурунди|رواندا|بوروندي|卢旺达|盧安達|布隆迪|蒲隆地'],
  ['cambodia', 'Cambod|Cambodge|Camboya|Камбодж|كمبوديا|柬埔寨'],
  ['georgia-ukraine', 'Georgia\\b|G[ée]orgie|Грузи[яиюей]|جورجيا|格鲁吉亚|格魯吉亞|Abkhaz|Abjasia|Абхаз|أبخازيا|阿布哈兹|Ukrain|Ucrania|Украин|أوكرانيا|乌克兰|烏克蘭'],
  ['yemen', 'Yemen|Y[ée]men|Йемен|اليمن|也门|葉門|Hodeidah|Hodeida|Ходейд|الحديدة|荷台达|荷臺達'],
  ['myanmar', 'Myanmar|Birmanie|Birmania|Burma|Мьянм|Бирм|ميانمار|بورما|缅甸|緬甸'],
  ['humanitarian', 'humanitarian|humanitaire|humanitari|гуманитарн|المساعدات الإنسانية|المساعدة الإنسانية|الإنسانية|人道'],
];
