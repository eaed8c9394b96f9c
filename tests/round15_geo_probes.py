"""Round 15 place probes (geo): short reports written for these tests in the shapes real news takes
where the gazetteer lacks or misreads a place (read via the search tool: Iraqi and Syrian wire copy
naming governorates in Arabic, Brazilian police copy naming a neighbourhood then its city, Sahel and
Lake Chad copy naming villages the gazetteer lacks, Indonesian copy naming provinces in Indonesian);
no sentence of any report and no evaluation text. Each: (language, headline, text, the place
expected as (country, admin1 or None for any, (latitude, longitude) or None, km)); the first row
the coder gives must be there (within km of the point when one is given)."""

PUBLISHED = "2025-06-11"  # a Wednesday

BELEM = (-1.456, -48.502)
DIYALA = (34.35, 45.39)

PROBES = [
    # ------------------------------------------------ Arabic governorates (WRITTEN_REGION_NAMES)
    ("ar", "", "قتل ثلاثة من عناصر الحشد الشعبي بانفجار عبوة ناسفة استهدفت دوريتهم في محافظة ديالى مساء الثلاثاء.",
     ("Iraq", "Diyala", DIYALA, 150)),
    ("ar", "", "أصيب أربعة مدنيين بجروح في هجوم شنه مسلحون مجهولون على قرية في محافظة نينوى يوم الثلاثاء.",
     ("Iraq", "Ninawa", None, 0)),
    ("ar", "", "قتل خمسة أشخاص في هجوم مسلح استهدف نقطة تفتيش في محافظة الأنبار يوم الثلاثاء.",
     ("Iraq", "Anbar", None, 0)),
    ("ar", "", "قتل جنديان عراقيان وأصيب ثالث في هجوم على حاجز للجيش في محافظة صلاح الدين يوم الثلاثاء.",
     ("Iraq", "Salah ad Din", None, 0)),
    ("ar", "", "قتل شخص وأصيب اثنان بانفجار عبوة ناسفة في محافظة القادسية يوم الثلاثاء.",
     ("Iraq", "Al Qadisiyah", None, 0)),
    ("ar", "", "قتل مدنيان في غارة بطائرة مسيرة استهدفت سيارة في محافظة مأرب يوم الثلاثاء.",
     ("Yemen", "Ma'rib", None, 0)),
    ("ar", "", "قتل ثلاثة مدنيين في قصف مدفعي لقوات الدعم السريع على قرية في ولاية شمال دارفور يوم الثلاثاء.",
     ("Sudan", "Northern Darfur", None, 0)),
    ("ar", "", "قتل أربعة عناصر من قوات سوريا الديمقراطية في هجوم على موقع لهم في محافظة دير الزور يوم الثلاثاء.",
     ("Syria", "Deir ez-Zor", None, 0)),
    # a governorate named after its city is still the city when it is one
    ("ar", "", "قتل مدني برصاص قناص في مدينة حلب يوم الثلاثاء.", ("Syria", "Aleppo", (36.20, 37.16), 25)),
    # ------------------------------------------------ a neighbourhood, then its city (QUARTER_OF_ITS_TOWN)
    ("pt", "", "Dois jovens foram mortos a tiros na noite de terça-feira no bairro do Guamá, em Belém, segundo a Polícia Militar.",
     ("Brazil", "Para", BELEM, 25)),
    ("pt", "", "Um homem foi executado a tiros por dois suspeitos numa motocicleta na terça-feira no bairro do Marco, em Belém.",
     ("Brazil", "Para", BELEM, 25)),
    ("pt", "Ataque a tiros deixa um morto em Belém",
     "Um homem morreu e outro ficou ferido num ataque a tiros na terça-feira no bairro da Cabanagem, em Belém.",
     ("Brazil", "Para", BELEM, 25)),
    ("es", "", "Dos hombres fueron asesinados a balazos el martes en la colonia Guerrero, en Culiacán, Sinaloa.",
     ("Mexico", "Sinaloa", (24.80, -107.39), 25)),
    ("fr", "", "Deux civils ont été tués mardi par des hommes armés dans le quartier de Ndosho, à Goma, selon la société civile.",
     ("Democratic Republic of Congo", None, (-1.68, 29.22), 25)),
    ("en", "", "Police fired tear gas at protesters who blocked roads in the Mathare neighbourhood of Nairobi on Tuesday.",
     ("Kenya", None, (-1.28, 36.82), 25)),
    # ------------------------------------------------ a village the gazetteer lacks, a namesake abroad (LONE_FOREIGN_TOWN)
    ("en", "Five killed as gunmen attack bus near Fada",
     "Gunmen attacked a bus on the road out of Fada on Tuesday, killing five passengers, security sources said. Traffic "
     "into Fada was halted for hours. Traders in Fada say the road has been unsafe for months.\n"
     "The bus was heading east when it was stopped by men on motorbikes, a survivor said. Burkinabe soldiers later "
     "searched the area. Attacks on roads have grown in eastern Burkina Faso this year, the army said in a statement read in Ouagadougou.",
     ("Burkina Faso", None, None, 0)),
    ("en", "Intan Jaya clash leaves two soldiers dead",
     "Two Indonesian soldiers were killed on Tuesday in a gunfight with separatist rebels in Intan Jaya regency, Central Papua, "
     "the military said. The rebels also burned a school in Intan Jaya, a spokesman in Jayapura said.",
     ("Indonesia", None, None, 0)),
    # guards: a town across a border stays where it is; a strike by a far state stays at its scene
    ("en", "", "Two rockets fired from Syria hit Akcakale on Tuesday, wounding four people, the governor's office said.",
     ("Turkey", None, (36.71, 38.95), 25)),
    ("en", "US drone strike kills three near Ataq",
     "A US drone strike killed three men in a car near Ataq on Tuesday, local officials said. Officials in Washington declined to comment.",
     ("Yemen", None, (14.54, 46.83), 25)),
    # ------------------------------------------------ Indonesian provinces in Indonesian (ISO_OWN_NAMES)
    ("id", "", "Sebuah bom rakitan meledak di sebuah pasar di Kabupaten Deli Serdang, Sumatera Utara, pada Selasa dan melukai lima orang.",
     ("Indonesia", "North Sumatra", None, 0)),
    ("id", "", "Sebuah bom rakitan meledak di depan kantor polisi di Kabupaten Sidoarjo, Jawa Timur, pada Selasa dan melukai tiga polisi.",
     ("Indonesia", "East Java", None, 0)),
    ("id", "", "Dua warga tewas ditembak orang tak dikenal di Kabupaten Puncak, Papua Tengah, pada Selasa.",
     ("Indonesia", "Central Papua", None, 0)),
    # ------------------------------------------------ regions written in their own language (ISO_OWN_NAMES)
    ("en", "", "Al-Shabaab fighters attacked a military base in Shabeellaha Hoose on Tuesday, killing four soldiers, officials said.",
     ("Somalia", "Lower Shabeelle", None, 0)),
]  # fmt: skip

# Known misses, kept as strict xfails: (language, the start of the text).
KNOWN_MISSES: list[tuple[str, str]] = [
    # (round 16: "Shabeellaha Hoose" meets Lower Shabeelle through the Somali position words, and the
    # bomb before a police office in Kabupaten Sidoarjo now gives its row: both off the list)
]
