"""Round 17 probe reports (langc: hi, id): Hindi reports of Naxal and militant violence that name
their district or town in Devanagari only (towns GeoNames spells in Latin alone), with the place
postposed ("सुकमा में", "बीजापुर जिले में"); Indonesian reports of armed-group attacks in Papua and
bombings. Written for these tests after reading (search tool, corpus pages) Hindi wire and portal
copy on attacks in Chhattisgarh, Jharkhand, Odisha, Jammu and Kashmir and Manipur ("जवान शहीद हो
गए", "मुठभेड़ में ... नक्सली ढेर", "आईईडी विस्फोट") and Indonesian copy ("tewas ditembak",
"kontak tembak", "luka-luka"). No sentence of any report and no evaluation text.

Each: (language, headline, text, the rows expected as (sub-event type, fatalities))."""

PUBLISHED = "2026-03-18"  # a Wednesday

A, C, IED, AIR, SB, ARR = ("Attack", "Armed clash", "Remote explosive/landmine/IED", "Air/drone strike",
                           "Suicide bomb", "Arrests")  # fmt: skip

PROBES = [
    # ------------------------------------------------------------------ hi: towns named only in Devanagari
    ("hi", "", "बुधवार को कुपवाड़ा में आतंकवादियों के हमले में दो ग्रामीण मारे गए।", [(A, 2)]),
    ("hi", "", "गुरुवार को अनंतनाग जिले में आतंकवादियों ने एक दुकानदार की गोली मारकर हत्या कर दी।", [(A, 1)]),
    ("hi", "", "शुक्रवार को कुलगाम में सुरक्षा बलों और आतंकवादियों के बीच मुठभेड़ में तीन आतंकवादी मारे गए।", [(C, 3)]),
    ("hi", "", "शनिवार को राजौरी जिले में आतंकवादियों के हमले में चार जवान शहीद हो गए।", [(C, 4)]),
    ("hi", "", "रविवार को बारामूला में सुरक्षा बलों के साथ मुठभेड़ में दो आतंकवादी मारे गए।", [(C, 2)]),
    ("hi", "", "सोमवार को चुराचांदपुर में उग्रवादियों के हमले में पांच ग्रामीण मारे गए।", [(A, 5)]),
    ("hi", "", "मंगलवार को इंफाल में उग्रवादियों ने दो लोगों की गोली मारकर हत्या कर दी।", [(A, 2)]),
    ("hi", "", "बुधवार को मलकानगिरी जिले में नक्सलियों के हमले में एक जवान शहीद हो गया।", [(C, 1)]),
    ("hi", "", "गुरुवार को बस्तर में नक्सलियों ने दो ग्रामीणों की हत्या कर दी।", [(A, 2)]),
    ("hi", "", "शुक्रवार को कांकेर जिले में सुरक्षा बलों और नक्सलियों के बीच मुठभेड़ में पांच नक्सली मारे गए।", [(C, 5)]),
    ("hi", "", "शनिवार को सुकमा में आईईडी विस्फोट में दो जवान शहीद हो गए।", [(IED, 2)]),
    ("hi", "", "रविवार को दंतेवाड़ा जिले में नक्सलियों के हमले में तीन ग्रामीण घायल हो गए।", [(A, 0)]),
    ("hi", "", "सोमवार को पुलवामा में आतंकवादियों ने एक पुलिसकर्मी की गोली मारकर हत्या कर दी।", [(C, 1)]),
    ("hi", "", "मंगलवार को नारायणपुर जिले में मुठभेड़ में सात नक्सली मारे गए।", [(C, 7)]),
    ("hi", "", "बुधवार को गढ़चिरौली में पुलिस और नक्सलियों के बीच मुठभेड़ में चार नक्सली मारे गए।", [(C, 4)]),
    ("hi", "", "गुरुवार को बीजापुर जिले में नक्सलियों के हमले में दो जवान शहीद हो गए और तीन घायल हो गए।", [(C, 2)]),
    ("hi", "", "शुक्रवार को पुंछ में आतंकवादियों के हमले में ५ जवान शहीद हो गए।", [(C, 5)]),
    ("hi", "", "शनिवार को सुकमा जिले में नक्सलियों ने एक ग्रामीण की हत्या कर दी।", [(A, 1)]),
    # the toll updated, with no doer named
    ("hi", "", "गुरुवार को कुपवाड़ा में हुए हमले में मरने वालों की संख्या बढ़कर ६ हो गई।", [(A, 6)]),
    # a word of the language is no town by its Latin spelling: no row where no place is named
    ("hi", "", "सरकार ने सोमवार को नई शिक्षा नीति की घोषणा की।", []),
    ("hi", "", "मंगलवार को मौसम विभाग ने भारी बारिश की चेतावनी जारी की।", []),
    # ------------------------------------------------------------------ id
    (
        "id",
        "",
        "Dua anggota TNI tewas ditembak kelompok bersenjata di Distrik Sugapa, Intan Jaya, pada Rabu.",
        [(C, 2)],
    ),
    (
        "id",
        "",
        "Kontak tembak antara aparat keamanan dan kelompok bersenjata terjadi di Kabupaten Puncak pada Kamis; tiga anggota kelompok itu tewas.",
        [(C, 3)],
    ),
    ("id", "", "Seorang guru tewas ditembak orang tak dikenal di Kabupaten Yahukimo pada Jumat.", [(A, 1)]),
    (
        "id",
        "",
        "Empat warga terluka dalam serangan kelompok bersenjata di Kabupaten Nduga pada Sabtu.",
        [(A, 0)],
    ),
    (
        "id",
        "",
        "Kelompok bersenjata membakar sebuah sekolah di Kabupaten Pegunungan Bintang pada Minggu.",
        [("Looting/property destruction", 0)],
    ),
    ("id", "", "Polisi menangkap tiga terduga teroris di Kota Bekasi pada Senin.", [(ARR, 0)]),
    (
        "id",
        "",
        "Sebuah bom meledak di pos polisi di Kota Poso pada Selasa dan melukai dua polisi.",
        [(IED, 0)],
    ),
    ("id", "", "Serangan udara di Kota Rafah pada Rabu menewaskan sedikitnya sembilan orang.", [(AIR, 9)]),
    (
        "id",
        "",
        "Dua orang tewas dan lima lainnya luka-luka dalam bentrokan antarwarga di Kabupaten Maluku Tengah pada Kamis.",
        [("Armed clash", 2)],
    ),
    (
        "id",
        "",
        "Ratusan mahasiswa berunjuk rasa di depan gedung DPRD di Kota Makassar pada Jumat menuntut penurunan harga BBM.",
        [("Peaceful protest", 0)],
    ),
    (
        "id",
        "",
        "Seorang prajurit TNI gugur dalam kontak tembak dengan kelompok bersenjata di Kabupaten Intan Jaya pada Sabtu.",
        [(C, 1)],
    ),
]
