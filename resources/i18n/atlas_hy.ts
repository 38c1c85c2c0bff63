<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy_AM">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Լեզու</translation>
    </message>
    <message>
        <source>The language changes when Caucasus Atlas next starts.</source>
        <translation>Լեզուն կփոխվի Caucasus Atlas-ի հաջորդ գործարկման ժամանակ։</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <source>Export &amp;image…</source>
        <translation>Արտահանել &amp;պատկերը…</translation>
    </message>
    <message>
        <source>Export &amp;animation…</source>
        <translation>Արտահանել &amp;անիմացիա…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ելք</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Տեսք</translation>
    </message>
    <message>
        <source>&amp;Fullscreen</source>
        <translation>&amp;Լիաէկրան</translation>
    </message>
    <message>
        <source>Allow &amp;online map tiles</source>
        <translation>Թույլատրել &amp;առցանց քարտեզի սալիկները</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Վերականգնել &amp;դասավորությունը</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Օգնություն</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <source>Data &amp;problems…</source>
        <translation>Տվյալների &amp;խնդիրներ…</translation>
    </message>
    <message>
        <source>&amp;About Caucasus Atlas</source>
        <translation>&amp;Caucasus Atlas-ի մասին</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Current date</source>
        <translation>Ընթացիկ ամսաթիվ</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Սկսել</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Սկսել / դադար (Բացատ)</translation>
    </message>
    <message>
        <source>Play speed: how far each step moves (10 steps a second)</source>
        <translation>Արագություն՝ որքան է առաջ գնում յուրաքանչյուր քայլը (վայրկյանում 10 քայլ)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Կրկնել</translation>
    </message>
    <message>
        <source>Start again from the beginning at the end</source>
        <translation>Վերջում սկսել սկզբից</translation>
    </message>
    <message>
        <source>◀◀ Section</source>
        <translation>◀◀ Բաժին</translation>
    </message>
    <message>
        <source>Previous story section</source>
        <translation>Պատմության նախորդ բաժինը</translation>
    </message>
    <message>
        <source>◀ Change</source>
        <translation>◀ Փոփոխություն</translation>
    </message>
    <message>
        <source>Previous control change (PageUp)</source>
        <translation>Վերահսկողության նախորդ փոփոխությունը (PageUp)</translation>
    </message>
    <message>
        <source>Change ▶</source>
        <translation>Փոփոխություն ▶</translation>
    </message>
    <message>
        <source>Next control change (PageDown)</source>
        <translation>Վերահսկողության հաջորդ փոփոխությունը (PageDown)</translation>
    </message>
    <message>
        <source>Section ▶▶</source>
        <translation>Բաժին ▶▶</translation>
    </message>
    <message>
        <source>Next story section</source>
        <translation>Պատմության հաջորդ բաժինը</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Անցնել՝</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Դադար</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>օգտագործում՝ </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>դիրքային արգումենտներ</translation>
    </message>
    <message>
        <source>options</source>
        <translation>ընտրանքներ</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>ցույց տալ այս օգնությունը և դուրս գալ</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: սխալ՝ %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>արգումենտ %(argument_name)s՝ %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>պարտադիր են հետևյալ արգումենտները՝ %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>անհայտ արգումենտներ՝ %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>սպասվում է մեկ արժեք</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>անթույլատրելի %(type)s արժեք՝ %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>անթույլատրելի ընտրություն՝ %(value)r (ընտրեք %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>երկիմաստ ընտրանք՝ %(option)s-ը կարող է լինել %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the de facto controller of a point on a date</source>
        <translation>կետի փաստացի վերահսկողը տվյալ ամսաթվին</translation>
    </message>
    <message>
        <source>the day, YYYY-MM-DD</source>
        <translation>օրը՝ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>latitude (degrees north)</source>
        <translation>լայնություն (հյուսիսային լայնության աստիճաններ)</translation>
    </message>
    <message>
        <source>longitude (degrees east)</source>
        <translation>երկայնություն (արևելյան երկայնության աստիճաններ)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>տպել մեկ JSON օբյեկտ</translation>
    </message>
    <message>
        <source>{lat}, {lon} is not a point on Earth</source>
        <translation>{lat}, {lon}՝ Երկրի վրա այդպիսի կետ չկա</translation>
    </message>
    <message>
        <source>{lat}, {lon} is at sea or off the map: no controller</source>
        <translation>{lat}, {lon}՝ ծովում է կամ քարտեզից դուրս. վերահսկող չկա</translation>
    </message>
    <message>
        <source>{label} (de facto control), held since {day}</source>
        <translation>{label} (փաստացի վերահսկողություն)՝ {day}-ից</translation>
    </message>
    <message>
        <source>area</source>
        <translation>տարածք</translation>
    </message>
    <message>
        <source>status</source>
        <translation>կարգավիճակ</translation>
    </message>
    <message>
        <source>{status} since {day} (confidence {confidence})</source>
        <translation>{status}՝ {day}-ից (հավաստիություն՝ {confidence})</translation>
    </message>
    <message>
        <source>source</source>
        <translation>աղբյուր</translation>
    </message>
    <message>
        <source>note</source>
        <translation>նշում</translation>
    </message>
    <message>
        <source>An offline atlas of the South Caucasus conflict, 1923 to today.</source>
        <translation>Հարավային Կովկասի հակամարտության անցանց ատլաս՝ 1923 թվականից մինչև այսօր։</translation>
    </message>
    <message>
        <source>log details to stderr, Qt&apos;s and Chromium&apos;s included</source>
        <translation>մանրամասն գրառումներ stderr-ում, ներառյալ Qt-ի և Chromium-ի հաղորդագրությունները</translation>
    </message>
    <message>
        <source>the interface language: en, ru, hy or az (default: the system&apos;s, or View → Language)</source>
        <translation>ինտերֆեյսի լեզուն՝ en, ru, hy կամ az (լռելյայն՝ համակարգինը կամ Տեսք → Լեզու ընտրվածը)</translation>
    </message>
    <message>
        <source>open at this date (YYYY-MM-DD)</source>
        <translation>բացել այս ամսաթվով (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>open at this view: karabakh, caucasus or region</source>
        <translation>բացել այս տեսքով՝ karabakh, caucasus կամ region</translation>
    </message>
    <message>
        <source>open this story file instead of the default article</source>
        <translation>բացել պատմության այս ֆայլը լռելյայն հոդվածի փոխարեն</translation>
    </message>
    <message>
        <source>the system library {library} is missing: install the libraries listed in the README, section &apos;On Linux: system libraries&apos;</source>
        <translation>{library} համակարգային գրադարանը բացակայում է. տեղադրեք README-ում՝ &apos;On Linux: system libraries&apos; բաժնում, նշված գրադարանները</translation>
    </message>
    <message>
        <source>internal error: {error} (run with --debug for details)</source>
        <translation>ներքին սխալ՝ {error} (մանրամասների համար գործարկեք --debug-ով)</translation>
    </message>
    <message>
        <source>{day} is outside the data&apos;s range ({first} to {last})</source>
        <translation>{day}-ը տվյալների միջակայքից դուրս է ({first}–{last})</translation>
    </message>
    <message>
        <source>the areas that changed hands between two dates</source>
        <translation>երկու ամսաթվերի միջև վերահսկողը փոխած տարածքները</translation>
    </message>
    <message>
        <source>date A, YYYY-MM-DD</source>
        <translation>ամսաթիվ A՝ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>date B, YYYY-MM-DD</source>
        <translation>ամսաթիվ B՝ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>print a JSON list of changes</source>
        <translation>տպել փոփոխությունների JSON ցանկը</translation>
    </message>
    <message>
        <source>Changed hands between {a} and {b} (de facto control)</source>
        <translation>Վերահսկողը փոխվել է {a}-ի և {b}-ի միջև (փաստացի վերահսկողություն)</translation>
    </message>
    <message>
        <source>held since {day}</source>
        <translation>{day}-ից</translation>
    </message>
    <message>
        <source>no area changed hands</source>
        <translation>ոչ մի տարածք վերահսկողը չի փոխել</translation>
    </message>
    <message>
        <source>net</source>
        <translation>զուտ</translation>
    </message>
    <message>
        <source>export control periods, events and story places (KML, GeoJSON, GeoPackage, CSV)</source>
        <translation>արտահանել վերահսկողության ժամանակաշրջանները, իրադարձությունները և պատմության վայրերը (KML, GeoJSON, GeoPackage, CSV)</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>հետևյալներից մեկը՝ {choices}</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>գրվող ֆայլը</translation>
    </message>
    <message>
        <source>keep what overlaps from this day on</source>
        <translation>պահել այն, ինչը համընկնում է այս օրվանից սկսած</translation>
    </message>
    <message>
        <source>keep what overlaps up to this day</source>
        <translation>պահել այն, ինչը համընկնում է մինչև այս օրը</translation>
    </message>
    <message>
        <source>story file (default: the article)</source>
        <translation>պատմության ֆայլ (լռելյայն՝ հոդվածը)</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value}-ը հետևյալներից չէ՝ {choices}</translation>
    </message>
    <message>
        <source>the date window ends ({end}) before it starts ({start})</source>
        <translation>ամսաթվերի միջակայքն ավարտվում է ({end}) սկսվելուց առաջ ({start})</translation>
    </message>
    <message>
        <source>loading the control data and the story</source>
        <translation>վերահսկողության տվյալների և պատմության բեռնում</translation>
    </message>
    <message>
        <source>writing {format} to {path}</source>
        <translation>{format}-ի գրում {path}-ում</translation>
    </message>
    <message>
        <source>km² held by each controller on a date</source>
        <translation>յուրաքանչյուր վերահսկողի տակ գտնվող կմ²-ը տվյալ ամսաթվին</translation>
    </message>
    <message>
        <source>held</source>
        <translation>վերահսկվող</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>վիճարկվող</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>հայտարարված</translation>
    </message>
    <message>
        <source>print totals by status as JSON</source>
        <translation>տպել ըստ կարգավիճակի հանրագումարները JSON-ով</translation>
    </message>
    <message>
        <source>counted: {territory}</source>
        <translation>հաշվված է՝ {territory}</translation>
    </message>
    <message>
        <source>(de facto control, approximate areas: {parts})</source>
        <translation>(փաստացի վերահսկողություն, մոտավոր տարածքներ՝ {parts})</translation>
    </message>
    <message>
        <source>total</source>
        <translation>ընդամենը</translation>
    </message>
    <message>
        <source>list the story&apos;s sections, by date and place</source>
        <translation>պատմության բաժինները՝ ըստ ամսաթվի և վայրի</translation>
    </message>
    <message>
        <source>sections current on this day</source>
        <translation>այս օրվան վերաբերող բաժինները</translation>
    </message>
    <message>
        <source>sections naming this place id (or area:&lt;id&gt;)</source>
        <translation>այս վայրի id-ն (կամ area:&lt;id&gt;) նշող բաժինները</translation>
    </message>
    <message>
        <source>print JSON instead of lines</source>
        <translation>տպել JSON՝ տողերի փոխարեն</translation>
    </message>
    <message>
        <source>unknown place id {place}</source>
        <translation>անհայտ վայրի id՝ {place}</translation>
    </message>
    <message>
        <source>check control data and story files (FILE:LINE: message)</source>
        <translation>ստուգել վերահսկողության տվյալները և պատմության ֆայլերը (FILE:LINE: հաղորդագրություն)</translation>
    </message>
    <message>
        <source>files (default: shipped data)</source>
        <translation>ֆայլեր (լռելյայն՝ ներառված տվյալները)</translation>
    </message>
    <message>
        <source>ok: {files}</source>
        <translation>սխալներ չկան՝ {files}</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>{path} ֆայլը չկա</translation>
    </message>
    <message>
        <source>render the timeline as a film: MP4, WebM or GIF (no window)</source>
        <translation>ժամանակագիծը դարձնել տեսաֆիլմ՝ MP4, WebM կամ GIF (առանց պատուհանի)</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>առաջին օրը (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>վերջին օրը (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>1d, 1w, 1m, or change (one frame per control change)</source>
        <translation>1d, 1w, 1m կամ change (մեկ կադր՝ վերահսկողության յուրաքանչյուր փոփոխության համար)</translation>
    </message>
    <message>
        <source>frames each control change is held for (default 1)</source>
        <translation>քանի կադր է պահվում վերահսկողության յուրաքանչյուր փոփոխությունը (լռելյայն՝ 1)</translation>
    </message>
    <message>
        <source>frames per second (1 to 60, default 12)</source>
        <translation>կադր վայրկյանում (1-ից 60, լռելյայն՝ 12)</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT in pixels</source>
        <translation>ԼԱՅՆՈՒԹՅՈՒՆxԲԱՐՁՐՈՒԹՅՈՒՆ պիքսելներով</translation>
    </message>
    <message>
        <source>karabakh, caucasus or region</source>
        <translation>karabakh, caucasus կամ region</translation>
    </message>
    <message>
        <source>story for the call-outs (default: the shipped article)</source>
        <translation>պատմությունը ծանոթագրությունների համար (լռելյայն՝ ներառված հոդվածը)</translation>
    </message>
    <message>
        <source>a title card as each story section begins</source>
        <translation>վերնագրի կադր պատմության յուրաքանչյուր բաժնի սկզբում</translation>
    </message>
    <message>
        <source>default or high-contrast</source>
        <translation>default կամ high-contrast</translation>
    </message>
    <message>
        <source>the film: .mp4, .webm or .gif</source>
        <translation>ֆիլմը՝ .mp4, .webm կամ .gif</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value}-ը ամբողջ թիվ չէ</translation>
    </message>
    <message>
        <source>{value} must be between {low} and {high}</source>
        <translation>{value}-ը պետք է լինի {low}-ից {high}</translation>
    </message>
    <message>
        <source>{done}/{total} frames</source>
        <translation>{done}/{total} կադր</translation>
    </message>
    <message>
        <source>{path} must end in .mp4, .webm or .gif</source>
        <translation>{path}-ը պետք է ավարտվի .mp4, .webm կամ .gif-ով</translation>
    </message>
    <message>
        <source>no control data to film</source>
        <translation>ֆիլմի համար վերահսկողության տվյալներ չկան</translation>
    </message>
    <message>
        <source>({frames} frames, {seconds} s)</source>
        <translation>({frames} կադր, {seconds} վ)</translation>
    </message>
    <message>
        <source>write the story as an A4 PDF handout: a cover, a timeline, each section with its map</source>
        <translation>պատմությունը որպես A4 PDF բաշխիչ նյութ՝ շապիկ, ժամանակագիծ, յուրաքանչյուր բաժին իր քարտեզով</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>գրվող PDF ֆայլը</translation>
    </message>
    <message>
        <source>story file (default: the shipped article)</source>
        <translation>պատմության ֆայլ (լռելյայն՝ ներառված հոդվածը)</translation>
    </message>
    <message>
        <source>the story</source>
        <translation>պատմությունը</translation>
    </message>
    <message>
        <source>{story}: no valid sections to print</source>
        <translation>{story}՝ տպելու համար վավեր բաժիններ չկան</translation>
    </message>
    <message>
        <source>writing the PDF</source>
        <translation>PDF-ի գրում</translation>
    </message>
    <message>
        <source>map {n} of {total}: {what}</source>
        <translation>քարտեզ {n}՝ {total}-ից. {what}</translation>
    </message>
    <message>
        <source>laying out the pages</source>
        <translation>էջերի դասավորում</translation>
    </message>
    <message>
        <source>render the map at a date to a PNG file (no window)</source>
        <translation>քարտեզը տվյալ ամսաթվով պատկերել PNG ֆայլում (առանց պատուհանի)</translation>
    </message>
    <message>
        <source>the date to show (YYYY-MM-DD)</source>
        <translation>ցուցադրվող ամսաթիվը (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the PNG file to write</source>
        <translation>գրվող PNG ֆայլը</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT in pixels, 200 to 2560 a side</source>
        <translation>ԼԱՅՆՈՒԹՅՈՒՆxԲԱՐՁՐՈՒԹՅՈՒՆ պիքսելներով, յուրաքանչյուր կողմը 200-ից 2560</translation>
    </message>
    <message>
        <source>area colours: default, or high-contrast for washed-out projectors</source>
        <translation>տարածքների գույները՝ default կամ high-contrast՝ թույլ պրոյեկտորների համար</translation>
    </message>
    <message>
        <source>{value} is not WIDTHxHEIGHT, e.g. {example}</source>
        <translation>{value}-ը ԼԱՅՆՈՒԹՅՈՒՆxԲԱՐՁՐՈՒԹՅՈՒՆ չէ, օրինակ՝ {example}</translation>
    </message>
    <message>
        <source>width and height must be between {low} and {high} pixels</source>
        <translation>լայնությունը և բարձրությունը պետք է լինեն {low}-ից {high} պիքսել</translation>
    </message>
</context>
<context>
    <name>confidence</name>
    <message>
        <source>High</source>
        <translation>բարձր</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>միջին</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ցածր</translation>
    </message>
</context>
<context>
    <name>controllers</name>
    <message>
        <source>De facto control</source>
        <translation>Փաստացի վերահսկողություն</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Ադրբեջան</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Հայաստան</translation>
    </message>
    <message>
        <source>Nagorno-Karabakh Republic (Artsakh) / Armenian forces</source>
        <translation>Լեռնային Ղարաբաղի Հանրապետություն (Արցախ) / հայկական ուժեր</translation>
    </message>
    <message>
        <source>Russian peacekeepers (Lachin corridor)</source>
        <translation>Ռուս խաղաղապահներ (Լաչինի միջանցք)</translation>
    </message>
    <message>
        <source>Russian peacekeepers</source>
        <translation>Ռուս խաղաղապահներ</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Վրաստան</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Իրան</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Թուրքիա</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Ռուսաստան</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{year} թ. {month} {day}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year} թ.</translation>
    </message>
</context>
<context>
    <name>day month</name>
    <message>
        <source>Jan</source>
        <translation>հունվարի</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>փետրվարի</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>մարտի</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>ապրիլի</translation>
    </message>
    <message>
        <source>May</source>
        <translation>մայիսի</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>հունիսի</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>հուլիսի</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>օգոստոսի</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>սեպտեմբերի</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>հոկտեմբերի</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>նոյեմբերի</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>դեկտեմբերի</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Pale: held by the state it is recognised as part of. Hatched: contested or claimed. Areas and lines are approximate.</source>
        <translation>Գունատ՝ վերահսկում է այն պետությունը, որի մաս է ճանաչված տարածքը։ Գծավոր՝ վիճարկվող կամ հայտարարված։ Տարածքներն ու գծերը մոտավոր են։</translation>
    </message>
    <message>
        <source>Azerbaijan, on land recognised as Armenia&apos;s</source>
        <translation>Ադրբեջան՝ Հայաստանի տարածք ճանաչված հողում</translation>
    </message>
    <message>
        <source>Armenia, on land recognised as Azerbaijan&apos;s</source>
        <translation>Հայաստան՝ Ադրբեջանի տարածք ճանաչված հողում</translation>
    </message>
    <message>
        <source>Azerbaijan, on its own land where control is contested</source>
        <translation>Ադրբեջան՝ իր հողում, որտեղ վերահսկողությունը վիճարկվում է</translation>
    </message>
    <message>
        <source>Armenia, on its own land where control is contested</source>
        <translation>Հայաստան՝ իր հողում, որտեղ վերահսկողությունը վիճարկվում է</translation>
    </message>
    <message>
        <source>Azerbaijan, on land recognised as Armenia&apos;s, or on its own land where control is contested</source>
        <translation>Ադրբեջան՝ Հայաստանի տարածք ճանաչված հողում կամ իր հողում, որտեղ վերահսկողությունը վիճարկվում է</translation>
    </message>
    <message>
        <source>Armenia, on land recognised as Azerbaijan&apos;s, or on its own land where control is contested</source>
        <translation>Հայաստան՝ Ադրբեջանի տարածք ճանաչված հողում կամ իր հողում, որտեղ վերահսկողությունը վիճարկվում է</translation>
    </message>
    <message>
        <source>{name} (its recognised territory)</source>
        <translation>{name} (ճանաչված տարածք)</translation>
    </message>
</context>
<context>
    <name>lines</name>
    <message>
        <source>Line of contact / ceasefire line (approximate)</source>
        <translation>Շփման գիծ / հրադադարի գիծ (մոտավոր)</translation>
    </message>
    <message>
        <source>Lachin corridor route (approximate)</source>
        <translation>Լաչինի միջանցքի երթուղին (մոտավոր)</translation>
    </message>
    <message>
        <source>Russian peacekeeping zone (not a controller)</source>
        <translation>Ռուս խաղաղապահների գոտի (վերահսկող կողմ չէ)</translation>
    </message>
    <message>
        <source>Lachin corridor blockade</source>
        <translation>Լաչինի միջանցքի շրջափակում</translation>
    </message>
    <message>
        <source>NKAO boundary (autonomous oblast, 1923–1991)</source>
        <translation>ԼՂԻՄ-ի սահման (ինքնավար մարզ, 1923–1991)</translation>
    </message>
    <message>
        <source>Former NKAO boundary (abolished 26 Nov 1991)</source>
        <translation>Նախկին ԼՂԻՄ-ի սահման (վերացվել է 1991 թ. նոյեմբերի 26-ին)</translation>
    </message>
    <message>
        <source>Disputed border segment</source>
        <translation>Վիճելի սահմանահատված</translation>
    </message>
</context>
<context>
    <name>map_labels</name>
    <message>
        <source>RUSSIA</source>
        <translation>ՌՈՒՍԱՍՏԱՆ</translation>
    </message>
    <message>
        <source>UKRAINE</source>
        <translation>ՈՒԿՐԱԻՆԱ</translation>
    </message>
    <message>
        <source>TÜRKIYE</source>
        <translation>ԹՈՒՐՔԻԱ</translation>
    </message>
    <message>
        <source>IRAN</source>
        <translation>ԻՐԱՆ</translation>
    </message>
    <message>
        <source>KAZAKHSTAN</source>
        <translation>ՂԱԶԱԽՍՏԱՆ</translation>
    </message>
    <message>
        <source>Black Sea</source>
        <translation>Սև ծով</translation>
    </message>
    <message>
        <source>Caspian Sea</source>
        <translation>Կասպից ծով</translation>
    </message>
    <message>
        <source>ARMENIA</source>
        <translation>ՀԱՅԱՍՏԱՆ</translation>
    </message>
    <message>
        <source>AZERBAIJAN</source>
        <translation>ԱԴՐԲԵՋԱՆ</translation>
    </message>
    <message>
        <source>GEORGIA</source>
        <translation>ՎՐԱՍՏԱՆ</translation>
    </message>
    <message>
        <source>Lake Sevan</source>
        <translation>Սևանա լիճ</translation>
    </message>
    <message>
        <source>Mingachevir Reservoir</source>
        <translation>Մինգեչաուրի ջրամբար</translation>
    </message>
</context>
<context>
    <name>month</name>
    <message>
        <source>Jan</source>
        <translation>հունվար</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>փետրվար</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>մարտ</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>ապրիլ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>մայիս</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>հունիս</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>հուլիս</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>օգոստոս</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>սեպտեմբեր</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>հոկտեմբեր</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>նոյեմբեր</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>դեկտեմբեր</translation>
    </message>
</context>
<context>
    <name>nkao</name>
    <message>
        <source>NKAO</source>
        <translation>ԼՂԻՄ</translation>
    </message>
    <message>
        <source>former NKAO</source>
        <translation>նախկին ԼՂԻՄ</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Place names</source>
        <translation>Տեղանուններ</translation>
    </message>
    <message>
        <source>Relief (hillshade)</source>
        <translation>Ռելիեֆ (ստվերագծում)</translation>
    </message>
    <message>
        <source>De facto control</source>
        <translation>Փաստացի վերահսկողություն</translation>
    </message>
    <message>
        <source>Front lines and corridors (approximate)</source>
        <translation>Առաջնագծեր և միջանցքներ (մոտավոր)</translation>
    </message>
    <message>
        <source>NKAO boundary (former NKAO from 26 Nov 1991)</source>
        <translation>ԼՂԻՄ-ի սահման (նախկին ԼՂԻՄ՝ 1991 թ. նոյեմբերի 26-ից)</translation>
    </message>
    <message>
        <source>Peacekeeping zone and blockade</source>
        <translation>Խաղաղապահ գոտի և շրջափակում</translation>
    </message>
    <message>
        <source>Events of the chronology</source>
        <translation>Ժամանակագրության իրադարձություններ</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Շրջայց</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>the mapped conflict zone: every control area (the former NKAO, the seven districts around it, Shahumyan and Getashen, the border strips and the exclaves); land outside it is not counted</source>
        <translation>քարտեզագրված հակամարտության գոտին՝ վերահսկողության բոլոր տարածքները (նախկին ԼՂԻՄ-ը, նրա շուրջ յոթ շրջանները, Շահումյանն ու Գետաշենը, սահմանամերձ շերտերը և անկլավները). դրանից դուրս հողը չի հաշվվում</translation>
    </message>
</context>
<context>
    <name>statuses</name>
    <message>
        <source>Stable</source>
        <translation>Կայուն</translation>
    </message>
    <message>
        <source>held without active fighting</source>
        <translation>պահվում է առանց ակտիվ մարտերի</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Վիճարկվող</translation>
    </message>
    <message>
        <source>front line or active fighting: the controller shown is the last holder</source>
        <translation>առաջնագիծ կամ ակտիվ մարտեր՝ ցույց է տրված վերջին վերահսկողը</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Հայտարարված</translation>
    </message>
    <message>
        <source>one side&apos;s claim, disputed by the other (e.g. positions inside Armenia as Armenia reports them)</source>
        <translation>մի կողմի հայտարարություն, որը վիճարկում է մյուսը (օր.՝ դիրքեր Հայաստանի ներսում՝ ըստ Հայաստանի տվյալների)</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Story</source>
        <translation>Պատմություն</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Իրադարձություններ</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Վերահսկողություն</translation>
    </message>
    <message>
        <source>control change</source>
        <translation>վերահսկողության փոփոխություն</translation>
    </message>
    <message>
        <source>story section</source>
        <translation>պատմության բաժին</translation>
    </message>
    <message>
        <source>military</source>
        <translation>ռազմական</translation>
    </message>
    <message>
        <source>violence</source>
        <translation>բռնություն</translation>
    </message>
    <message>
        <source>ceasefire</source>
        <translation>հրադադար</translation>
    </message>
    <message>
        <source>diplomacy</source>
        <translation>դիվանագիտություն</translation>
    </message>
    <message>
        <source>political</source>
        <translation>քաղաքական</translation>
    </message>
    <message>
        <source>blockade</source>
        <translation>շրջափակում</translation>
    </message>
    <message>
        <source>exodus</source>
        <translation>զանգվածային հեռացում</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>հանձնում</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Nagorno-Karabakh and the surrounding districts</source>
        <translation>Լեռնային Ղարաբաղը և շրջակա շրջանները</translation>
    </message>
    <message>
        <source>Armenia, Azerbaijan and Georgia</source>
        <translation>Հայաստան, Ադրբեջան և Վրաստան</translation>
    </message>
    <message>
        <source>The wider region: Moscow, Kyiv, Ankara, Tehran</source>
        <translation>Ավելի լայն տարածաշրջան՝ Մոսկվա, Կիև, Անկարա, Թեհրան</translation>
    </message>
</context>
</TS>
