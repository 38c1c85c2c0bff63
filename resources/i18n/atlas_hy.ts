<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy_AM">
<context>
    <name>ChartPanel</name>
    <message>
        <source>Since 1988</source>
        <translation>1988-ից ի վեր</translation>
    </message>
    <message>
        <source>Show only the years since 1988, where every change is</source>
        <translation>Ցույց տալ միայն 1988-ից հետո տարիները, որտեղ են բոլոր փոփոխությունները</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Export &amp;handout…</source>
        <translation>Արտահանել &amp;ձեռնաթերթիկը…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Ցուցադրել</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Ոճ</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Ավելի մեծ տեքստ</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Ավելի &amp;փոքր տեքստ</translation>
    </message>
    <message>
        <source>&amp;Reset text size</source>
        <translation>&amp;Վերականգնել տեքստի չափը</translation>
    </message>
    <message>
        <source>Map description</source>
        <translation>Քարտեզի նկարագրություն</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Area</source>
        <translation>Տարածք</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Նախկինում</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Այնուհետև</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>կմ²</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Վերահսկվում է</translation>
    </message>
    <message>
        <source>Date A</source>
        <translation>Ամսաթիվ A</translation>
    </message>
    <message>
        <source>Date B</source>
        <translation>Ամսաթիվ B</translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation>Փոխանակել A-ն և B-ն</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Ցույց տալ քարտեզում</translation>
    </message>
    <message>
        <source>Colour the areas that changed hands by their controller on date B; mute the rest</source>
        <translation>Վերահսկողը փոխած տարածքները ներկել B ամսաթվի վերահսկողի գույնով, մնացածը՝ խամրեցնել</translation>
    </message>
    <message>
        <source>De facto control; areas approximate. Compares the two dates only.</source>
        <translation>Փաստացի վերահսկողություն. տարածքները մոտավոր են։ Համեմատվում են միայն երկու ամսաթվերը։</translation>
    </message>
    <message>
        <source>From an event…</source>
        <translation>Իրադարձությունից…</translation>
    </message>
    <message>
        <source>Map date</source>
        <translation>Քարտեզի ամսաթիվը</translation>
    </message>
    <message>
        <source>Use the date the map shows now</source>
        <translation>Վերցնել քարտեզի ներկայիս ամսաթիվը</translation>
    </message>
    <message>
        <source>No control data loaded.</source>
        <translation>Վերահսկողության տվյալները բեռնված չեն։</translation>
    </message>
    <message>
        <source>Total (areas: {count})</source>
        <translation>Ընդամենը (տարածքներ՝ {count})</translation>
    </message>
    <message>
        <source>No area changed hands between {a} and {b}.</source>
        <translation>{a}-ից մինչև {b} ոչ մի տարածքի վերահսկողը չի փոխվել։</translation>
    </message>
    <message>
        <source>&lt;b&gt;Areas that changed hands: {count}&lt;/b&gt;, between {a} and {b}.</source>
        <translation>&lt;b&gt;Վերահսկողը փոխած տարածքներ՝ {count}&lt;/b&gt;, {a}-ից մինչև {b}։</translation>
    </message>
    <message>
        <source>Net: {parts}</source>
        <translation>Զուտ փոփոխություն՝ {parts}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Համեմատություն</translation>
    </message>
    <message>
        <source>Territory chart</source>
        <translation>Տարածքների գծապատկեր</translation>
    </message>
    <message>
        <source>Compare two dates…</source>
        <translation>Համեմատել երկու ամսաթիվ…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Արտահանել &amp;գծապատկերը…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Գծապատկերի արտահանում</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG պատկեր (*.png);;SVG գծանկար (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to {path}</source>
        <translation>Գծապատկերը պահպանվեց՝ {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>Տվյալների արտահանում</translation>
    </message>
    <message>
        <source>KML (Google Earth)</source>
        <translation>KML (Google Earth)</translation>
    </message>
    <message>
        <source>GeoJSON (QGIS)</source>
        <translation>GeoJSON (QGIS)</translation>
    </message>
    <message>
        <source>GeoPackage (QGIS)</source>
        <translation>GeoPackage (QGIS)</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (աղյուսակ)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Սկսած</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Մինչև</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Ընտրել…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Ձևաչափ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ֆայլ</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Հնարավոր չէ արտահանել</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Ընտրեք ֆայլը, որում գրել։</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Արտահանվեց</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>&amp;Ավելացնել շերտ…</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Արտահանել &amp;տվյալները…</translation>
    </message>
</context>
<context>
    <name>ExportFilmDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Անիմացիայի արտահանում</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Ամեն շաբաթ</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Ամեն օր</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Ամեն ամիս</translation>
    </message>
    <message>
        <source>Each control change</source>
        <translation>Վերահսկողության յուրաքանչյուր փոփոխություն</translation>
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation>1280 × 720 (HD)</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD slides)</source>
        <translation>1920 × 1080 (Full HD սլայդներ)</translation>
    </message>
    <message>
        <source>800 × 450 (GIF for the web)</source>
        <translation>800 × 450 (GIF համացանցի համար)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Սկիզբ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ավարտ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Քայլ</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Պահում</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Չափ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ֆայլ</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;WebM video (*.webm);;GIF animation (*.gif)</source>
        <translation>MP4 տեսանյութ (*.mp4);;WebM տեսանյութ (*.webm);;GIF անիմացիա (*.gif)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Առաջին օր</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Վերջին օր</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> կադր</translation>
    </message>
    <message>
        <source>Frames each control change is held</source>
        <translation>Քանի կադր է պահվում վերահսկողության յուրաքանչյուր փոփոխությունը</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> կադր/վ</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Կադրային հաճախականություն</translation>
    </message>
    <message>
        <source>Film size</source>
        <translation>Ֆիլմի չափը</translation>
    </message>
    <message>
        <source>A title card as each story section begins</source>
        <translation>Վերնագրային կադր պատմության յուրաքանչյուր բաժնի սկզբում</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Պահպանվող ֆայլը</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Ընտրել…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Սկիզբ՝</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Ավարտ՝</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Քայլ՝</translation>
    </message>
    <message>
        <source>&amp;Hold changes:</source>
        <translation>&amp;Փոփոխությունների պահում՝</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>Կադրային &amp;հաճախականություն՝</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Չափ՝</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ֆայլ՝</translation>
    </message>
    <message>
        <source>no control data to film</source>
        <translation>ֆիլմի համար վերահսկողության տվյալներ չկան</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>{folder} թղթապանակը գոյություն չունի</translation>
    </message>
    <message>
        <source>{frames} frames, {seconds} s</source>
        <translation>կադր՝ {frames}, {seconds} վ</translation>
    </message>
    <message>
        <source>Rendering {frames} frames…</source>
        <translation>Կադրերի ստեղծում՝ {frames}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>Animation cancelled: nothing was written.</source>
        <translation>Անիմացիան չեղարկվեց. ոչինչ չի գրվել։</translation>
    </message>
    <message>
        <source>The film was not saved: {error}</source>
        <translation>Ֆիլմը չպահպանվեց՝ {error}</translation>
    </message>
    <message>
        <source>Film saved: {path} ({frames} frames, {seconds} s)</source>
        <translation>Ֆիլմը պահպանվեց՝ {path} (կադր՝ {frames}, {seconds} վ)</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>1920 × 1080 (Full HD slides)</source>
        <translation>1920 × 1080 (Full HD սլայդներ)</translation>
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation>1280 × 720 (HD)</translation>
    </message>
    <message>
        <source>2560 × 1440 (QHD, the largest)</source>
        <translation>2560 × 1440 (QHD, ամենամեծը)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Այլ չափ</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Պատկերի արտահանում</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Պատկերի չափը</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Լայնությունը պիքսելներով</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Բարձրությունը պիքսելներով</translation>
    </message>
    <message>
        <source> px</source>
        <translation> պքս</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Պահպանվող ֆայլը</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Ընտրել…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Չափ՝</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>Այլ չափ՝</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ֆայլ՝</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG պատկեր (*.png)</translation>
    </message>
    <message>
        <source>The image was not saved: {error}</source>
        <translation>Պատկերը չպահպանվեց՝ {error}</translation>
    </message>
    <message>
        <source>Rendering the map at {width} × {height}…</source>
        <translation>Քարտեզի ստեղծում՝ {width} × {height}…</translation>
    </message>
    <message>
        <source>Image saved</source>
        <translation>Պատկերը պահպանվեց</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Export handout</source>
        <translation>Ձեռնաթերթիկի արտահանում</translation>
    </message>
    <message>
        <source>The handout was not saved: {error}</source>
        <translation>Ձեռնաթերթիկը չպահպանվեց՝ {error}</translation>
    </message>
    <message>
        <source>The story has no sections to print.</source>
        <translation>Պատմության մեջ տպելու բաժիններ չկան։</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF փաստաթուղթ (*.pdf)</translation>
    </message>
    <message>
        <source>Rendering the maps…</source>
        <translation>Քարտեզների ստեղծում…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>Map {n} of {total}: {what}</source>
        <translation>Քարտեզ {n}՝ {total}-ից. {what}</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Էջերի դասավորում…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF-ի գրառում…</translation>
    </message>
    <message>
        <source>Handout saved</source>
        <translation>Ձեռնաթերթիկը պահպանվեց</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Լեզու</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Caucasus Atlas&lt;/h2&gt;&lt;p&gt;An offline atlas of the South Caucasus conflict, 1923 to today: who held each area on each date, with sources and confidence, and a news article tied to the places and dates it covers.&lt;/p&gt;&lt;p&gt;Lines and areas are approximate. Contested facts are shown as contested, with both claims.&lt;/p&gt;&lt;h3&gt;Data credits&lt;/h3&gt;</source>
        <translation>&lt;h2&gt;Caucasus Atlas&lt;/h2&gt;&lt;p&gt;Հարավային Կովկասի հակամարտության անցանց ատլաս՝ 1923 թվականից մինչև այսօր. ով էր վերահսկում յուրաքանչյուր տարածքը յուրաքանչյուր ամսաթվին՝ աղբյուրներով և հավաստիության աստիճանով, և լրատվական հոդված՝ կապված այն վայրերին ու ամսաթվերին, որոնց մասին պատմում է։&lt;/p&gt;&lt;p&gt;Գծերն ու տարածքները մոտավոր են։ Վիճարկվող փաստերը ցույց են տրված որպես վիճարկվող՝ երկու կողմերի պնդումներով։&lt;/p&gt;&lt;h3&gt;Տվյալների աղբյուրները&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Պատմություն</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ժամանակագիծ</translation>
    </message>
    <message>
        <source>Problems in the data: {count} — see Help → Data problems</source>
        <translation>Տվյալների խնդիրներ՝ {count} — տե՛ս Օգնություն → Տվյալների խնդիրներ</translation>
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
    <message>
        <source>Online tiles allowed: switch them on in the map&apos;s layer control.</source>
        <translation>Առցանց սալիկները թույլատրված են. միացրեք դրանք քարտեզի շերտերի ցանկում։</translation>
    </message>
    <message>
        <source>Offline: no request leaves this computer.</source>
        <translation>Անցանց. ոչ մի հարցում չի լքում այս համակարգիչը։</translation>
    </message>
    <message>
        <source>About Caucasus Atlas</source>
        <translation>Caucasus Atlas-ի մասին</translation>
    </message>
    <message>
        <source>No problems found in the data.</source>
        <translation>Տվյալներում խնդիրներ չեն գտնվել։</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>Տվյալների խնդիրներ</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

The app goes on; the details are in its log.</source>
        <translation>Ինչ-որ բան սխալ ընթացավ՝ {error}

Ծրագիրը շարունակում է աշխատել. մանրամասները նրա մատյանում են։</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map page could not be loaded.</source>
        <translation>Քարտեզի էջը հնարավոր չեղավ բեռնել։</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>next step (a clicker&apos;s forward button)</source>
        <translation>հաջորդ քայլը (հեռակառավարման «առաջ» կոճակը)</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>նախորդ քայլը</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>առաջին քայլը</translation>
    </message>
    <message>
        <source>last step</source>
        <translation>վերջին քայլը</translation>
    </message>
    <message>
        <source>black out the screen, or bring the map back</source>
        <translation>մթնեցնել էկրանը կամ վերադարձնել քարտեզը</translation>
    </message>
    <message>
        <source>auto-advance every {seconds} s on / off</source>
        <translation>ինքնաշխատ անցում ամեն {seconds} վ-ը մեկ՝ միացնել / անջատել</translation>
    </message>
    <message>
        <source>leave presentation mode</source>
        <translation>դուրս գալ ցուցադրման ռեժիմից</translation>
    </message>
    <message>
        <source>Screen blacked out: press B to show the map</source>
        <translation>Էկրանը մթնեցված է. սեղմեք B՝ քարտեզը ցույց տալու համար</translation>
    </message>
    <message>
        <source> · map {phase}</source>
        <translation> · քարտեզ՝ {phase}</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n}/{total}</translation>
    </message>
    <message>
        <source>Before: {day}</source>
        <translation>Առաջ՝ {day}</translation>
    </message>
    <message>
        <source>After: {day}</source>
        <translation>Հետո՝ {day}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>not given</source>
        <translation>նշված չէ</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fact check:&lt;/b&gt; {text} &lt;i&gt;(source: {source})&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Փաստերի ստուգում՝&lt;/b&gt; {text} &lt;i&gt;(աղբյուր՝ {source})&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Credit: {credit}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Հեղինակային նշում՝ {credit}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No notes for this section.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Այս բաժնի համար նշումներ չկան։&lt;/p&gt;</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Նախորդ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Հաջորդ ▶</translation>
    </message>
    <message>
        <source>Blackout (B)</source>
        <translation>Մթնեցնել (B)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Կանգնեցնել (Esc)</translation>
    </message>
    <message>
        <source>Caucasus Atlas — presenter view</source>
        <translation>Caucasus Atlas — ներկայացնողի էկրան</translation>
    </message>
    <message>
        <source>Notes for the current step</source>
        <translation>Ընթացիկ քայլի նշումները</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Անցած ժամանակը</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Քայլ {n}՝ {total}-ից</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Հաջորդը՝ {step}</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Հաջորդը՝ ավարտ</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems in this story file: {count}</source>
        <translation>Պատմության այս ֆայլի խնդիրները՝ {count}</translation>
    </message>
</context>
<context>
    <name>SavedBox</name>
    <message>
        <source>Saved</source>
        <translation>Պահպանվեց</translation>
    </message>
    <message>
        <source>{what} to:
{path}</source>
        <translation>{what}՝
{path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Բացել թղթապանակը</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <source>Show this section: move the timeline and the map to it</source>
        <translation>Ցույց տալ այս բաժինը. տեղափոխել ժամանակագիծը և քարտեզը դրան</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>In the &quot;Go to&quot; date field, Left/Right/Home/End/Space edit the text, PageUp/PageDown still step; Enter goes to the date, Escape leaves the field.</source>
        <translation>«Անցնել» ամսաթվի դաշտում Left/Right/Home/End/Space ստեղները խմբագրում են տեքստը, PageUp/PageDown-ը շարունակում են քայլել. Enter-ը անցնում է ամսաթվին, Escape-ը՝ դուրս գալիս դաշտից։</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Ընտրացանկեր</translation>
    </message>
    <message>
        <source>Timeline (anywhere in the window)</source>
        <translation>Ժամանակագիծ (պատուհանի ցանկացած տեղում)</translation>
    </message>
    <message>
        <source>Presenting (View → Present)</source>
        <translation>Ցուցադրում (Տեսք → Ցուցադրել)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Ստեղնաշարի դյուրանցումներ</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>Map at date A</source>
        <translation>Քարտեզը A ամսաթվին</translation>
    </message>
    <message>
        <source>Side by side: date A | date B</source>
        <translation>Կողք կողքի՝ ամսաթիվ A | ամսաթիվ B</translation>
    </message>
</context>
<context>
    <name>StoryController</name>
    <message>
        <source>Cannot open the story {path}: there is no such file. The current story stays.</source>
        <translation>Հնարավոր չէ բացել {path} պատմությունը. այդպիսի ֆայլ չկա։ Ընթացիկ պատմությունը մնում է։</translation>
    </message>
    <message>
        <source>Cannot open the story {path}: {reason}. The current story stays.</source>
        <translation>Հնարավոր չէ բացել {path} պատմությունը՝ {reason}։ Ընթացիկ պատմությունը մնում է։</translation>
    </message>
    <message>
        <source>Opened {name}. Sections loaded: {count}; problems: {problems} — see the list under the story.</source>
        <translation>Բացվեց {name}-ը։ Բեռնված բաժիններ՝ {count}, խնդիրներ՝ {problems} — տե՛ս ցանկը պատմության տակ։</translation>
    </message>
    <message>
        <source>Opened {name}. Sections: {count}.</source>
        <translation>Բացվեց {name}-ը։ Բաժիններ՝ {count}։</translation>
    </message>
    <message>
        <source>Open &amp;story…</source>
        <translation>Բացել &amp;պատմություն…</translation>
    </message>
    <message>
        <source>Open story</source>
        <translation>Բացել պատմություն</translation>
    </message>
    <message>
        <source>Stories (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Պատմություններ (*.md *.markdown *.txt);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>&amp;Recent stories</source>
        <translation>&amp;Վերջին պատմությունները</translation>
    </message>
    <message>
        <source>Story &amp;pop-ups</source>
        <translation>Պատմության &amp;թռուցիկներ</translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>Outlet</source>
        <translation>Լրատվամիջոց</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Հեղինակ</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Հրապարակվել է</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Հեղինակային նշում</translation>
    </message>
    <message>
        <source>Click a section to read it here.</source>
        <translation>Սեղմեք բաժնի վրա՝ այն այստեղ կարդալու համար։</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Անվերնագիր պատմություն</translation>
    </message>
    <message>
        <source>This story has no sections to show.</source>
        <translation>Այս պատմության մեջ ցույց տալու բաժիններ չկան։</translation>
    </message>
</context>
<context>
    <name>TerritoryChart</name>
    <message>
        <source>Territory under de facto control</source>
        <translation>Փաստացի վերահսկողության տակ գտնվող տարածքը</translation>
    </message>
    <message>
        <source>km² (approximate)</source>
        <translation>կմ² (մոտավոր)</translation>
    </message>
    <message>
        <source>Caucasus Atlas, cursor at {day}</source>
        <translation>Caucasus Atlas, կուրսորը՝ {day}</translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Սովորական</translation>
    </message>
    <message>
        <source>&amp;High contrast (projectors)</source>
        <translation>&amp;Բարձր կոնտրաստ (պրոյեկտորներ)</translation>
    </message>
    <message>
        <source>&amp;Colour-blind safe</source>
        <translation>&amp;Դալտոնիկների համար</translation>
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
        <source>Type a date (YYYY-MM-DD, YYYY-MM or YYYY) and press Enter</source>
        <translation>Մուտքագրեք ամսաթիվ (ՏՏՏՏ-ԱԱ-ՕՕ, ՏՏՏՏ-ԱԱ կամ ՏՏՏՏ) և սեղմեք Enter</translation>
    </message>
    <message>
        <source>1 day / step</source>
        <translation>1 օր / քայլ</translation>
    </message>
    <message>
        <source>1 week / step</source>
        <translation>1 շաբաթ / քայլ</translation>
    </message>
    <message>
        <source>1 month / step</source>
        <translation>1 ամիս / քայլ</translation>
    </message>
    <message>
        <source>3 months / step</source>
        <translation>3 ամիս / քայլ</translation>
    </message>
    <message>
        <source>1 year / step</source>
        <translation>1 տարի / քայլ</translation>
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
        <source>YYYY-MM-DD</source>
        <translation>ՏՏՏՏ-ԱԱ-ՕՕ</translation>
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
        <source>a day back</source>
        <translation>մեկ օր հետ</translation>
    </message>
    <message>
        <source>a day forward</source>
        <translation>մեկ օր առաջ</translation>
    </message>
    <message>
        <source>a month back</source>
        <translation>մեկ ամիս հետ</translation>
    </message>
    <message>
        <source>a month forward</source>
        <translation>մեկ ամիս առաջ</translation>
    </message>
    <message>
        <source>a year back</source>
        <translation>մեկ տարի հետ</translation>
    </message>
    <message>
        <source>a year forward</source>
        <translation>մեկ տարի առաջ</translation>
    </message>
    <message>
        <source>previous control change</source>
        <translation>վերահսկողության նախորդ փոփոխությունը</translation>
    </message>
    <message>
        <source>next control change</source>
        <translation>վերահսկողության հաջորդ փոփոխությունը</translation>
    </message>
    <message>
        <source>first date</source>
        <translation>առաջին ամսաթիվը</translation>
    </message>
    <message>
        <source>last date</source>
        <translation>վերջին ամսաթիվը</translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation>սկսել / դադար</translation>
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
    <name>TimelineStrip</name>
    <message>
        <source>Timeline: click or drag to choose a date</source>
        <translation>Ժամանակագիծ. սեղմեք կամ քաշեք՝ ամսաթիվ ընտրելու համար</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… և ևս {count}</translation>
    </message>
</context>
<context>
    <name>TourStep</name>
    <message>
        <source>Map: {day}</source>
        <translation>Քարտեզ՝ {day}</translation>
    </message>
    <message>
        <source>before</source>
        <translation>առաջ</translation>
    </message>
    <message>
        <source>after</source>
        <translation>հետո</translation>
    </message>
</context>
<context>
    <name>UserLayers</name>
    <message>
        <source>Map layers (*.geojson *.json *.kml *.gpx);;GeoJSON (*.geojson *.json);;KML (*.kml);;GPX (*.gpx)</source>
        <translation>Քարտեզի շերտեր (*.geojson *.json *.kml *.gpx);;GeoJSON (*.geojson *.json);;KML (*.kml);;GPX (*.gpx)</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Շերտեր</translation>
    </message>
    <message>
        <source>Cannot add the layer</source>
        <translation>Հնարավոր չէ ավելացնել շերտը</translation>
    </message>
    <message>
        <source>{path}: this layer is already on the map</source>
        <translation>{path}. այս շերտն արդեն քարտեզի վրա է</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}. հնարավոր չէ կարդալ ({error})</translation>
    </message>
    <message>
        <source>Layer dropped: {layers}</source>
        <translation>Շերտը հեռացվեց՝ {layers}</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Ավելացնել շերտ</translation>
    </message>
    <message>
        <source>Added layer {name}</source>
        <translation>Ավելացվեց {name} շերտը</translation>
    </message>
    <message>
        <source>No layers added</source>
        <translation>Շերտեր ավելացված չեն</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Հեռացնել {name}-ը</translation>
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
    <message>
        <source>{count} control periods</source>
        <translation>վերահսկողության ժամանակաշրջաններ՝ {count}</translation>
    </message>
    <message>
        <source>{count} nkao boundary</source>
        <translation>ԼՂԻՄ-ի սահման՝ {count}</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>իրադարձություններ՝ {count}</translation>
    </message>
    <message>
        <source>{count} story places</source>
        <translation>պատմության վայրեր՝ {count}</translation>
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
    <name>describe</name>
    <message>
        <source>The {name} is deployed.</source>
        <translation>{name}՝ տեղակայված է։</translation>
    </message>
    <message>
        <source>The {name} is withdrawing.</source>
        <translation>{name}՝ դուրսբերումն ընթացքի մեջ է։</translation>
    </message>
    <message>
        <source>The {name} has restricted passage.</source>
        <translation>{name}՝ երթևեկությունը սահմանափակված է։</translation>
    </message>
    <message>
        <source>The {name} has a checkpoint.</source>
        <translation>{name}՝ գործում է անցակետ։</translation>
    </message>
    <message>
        <source>The {name} is closed.</source>
        <translation>{name}՝ երթևեկությունը փակ է։</translation>
    </message>
    <message>
        <source>The {name} is partly open.</source>
        <translation>{name}՝ երթևեկությունը մասամբ բաց է։</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} և {last}</translation>
    </message>
    <message>
        <source>{controller} holds de facto control of {km2} ({share}): {areas}.</source>
        <translation>{controller}՝ փաստացի վերահսկողության տակ {km2} ({share})՝ {areas}։</translation>
    </message>
    <message>
        <source>{count} smaller areas</source>
        <translation>ևս {count} փոքր տարածք</translation>
    </message>
    <message>
        <source>under 1%</source>
        <translation>1%-ից պակաս</translation>
    </message>
    <message>
        <source>{count} more areas</source>
        <translation>ևս {count} տարածք</translation>
    </message>
    <message>
        <source>On {day}: no control data is loaded.</source>
        <translation>{day}՝ վերահսկողության տվյալներ բեռնված չեն։</translation>
    </message>
    <message>
        <source>On {day}, of the {km2} of the mapped conflict zone:</source>
        <translation>{day}-ի դրությամբ քարտեզագրված հակամարտության գոտու {km2}-ից՝</translation>
    </message>
    <message>
        <source>Areas and lines are approximate.</source>
        <translation>Տարածքները և գծերը մոտավոր են։</translation>
    </message>
    <message>
        <source>{area}: {controller}, held since {day}</source>
        <translation>{area}՝ {controller}, {day}-ից</translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation>{status}՝ {day}-ից</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>the file name must end in {suffix}</source>
        <translation>ֆայլի անունը պետք է ավարտվի {suffix}-ով</translation>
    </message>
    <message>
        <source>the file name is too long ({size} bytes; at most {most})</source>
        <translation>ֆայլի անունը չափազանց երկար է ({size} բայթ. առավելագույնը՝ {most})</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>դա թղթապանակ է</translation>
    </message>
    <message>
        <source>it is not a regular file (a device or a pipe)</source>
        <translation>դա սովորական ֆայլ չէ (սարք կամ խողովակ)</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>{folder} թղթապանակը գոյություն չունի</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>ֆայլը միայն կարդալու համար է</translation>
    </message>
    <message>
        <source>the folder {folder} takes no new file ({error})</source>
        <translation>{folder} թղթապանակում նոր ֆայլ ստեղծել հնարավոր չէ ({error})</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>ոչինչ չի գրվել</translation>
    </message>
    <message>
        <source>cannot write {path}: </source>
        <translation>հնարավոր չէ գրել {path}-ը՝ </translation>
    </message>
    <message>
        <source>{text} is not a full date: write it as YYYY-MM-DD</source>
        <translation>{text}-ը ամբողջական ամսաթիվ չէ. գրեք YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{text} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>{text}-ը ամսաթիվ չէ. օգտագործեք YYYY-MM-DD, YYYY-MM կամ YYYY</translation>
    </message>
    <message>
        <source>{text} is out of range: years go up to {year}</source>
        <translation>{text}-ը միջակայքից դուրս է. տարիները՝ մինչև {year}</translation>
    </message>
    <message>
        <source>{text} is not a valid date ({reason})</source>
        <translation>{text}-ը վավեր ամսաթիվ չէ ({reason})</translation>
    </message>
    <message>
        <source>{hold} must be 1 or more (frames a change is held)</source>
        <translation>{hold}-ը պետք է լինի 1 կամ ավելի (քանի կադր է պահվում փոփոխությունը)</translation>
    </message>
    <message>
        <source>control does not change between {start} and {end}: take 1d, 1w or 1m, or a longer range</source>
        <translation>վերահսկողությունը չի փոխվում {start}-ի և {end}-ի միջև. ընտրեք 1d, 1w կամ 1m, կամ ավելի երկար միջակայք</translation>
    </message>
    <message>
        <source>the film would have {frames} frames (at most {most}): shorten the range or take a longer --step</source>
        <translation>ֆիլմը կունենար {frames} կադր (առավելագույնը՝ {most}). կրճատեք միջակայքը կամ ընտրեք ավելի երկար --step</translation>
    </message>
    <message>
        <source>{end} is before --from {start}</source>
        <translation>{end}-ը --from {start}-ից առաջ է</translation>
    </message>
    <message>
        <source>the film needs two different days (both are {day})</source>
        <translation>ֆիլմի համար պետք է երկու տարբեր օր (երկուսն էլ {day} են)</translation>
    </message>
    <message>
        <source>{size} has an odd side; MP4 and WebM need even ones</source>
        <translation>{size}-ն ունի կենտ կողմ. MP4-ի և WebM-ի համար պետք են զույգ կողմեր</translation>
    </message>
    <message>
        <source>unknown view {name}: choose one of {known}</source>
        <translation>անհայտ տեսք՝ {name}. ընտրեք հետևյալներից մեկը՝ {known}</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>the story has {count} sections: the handout prints the first {kept}</source>
        <translation>պատմությունն ունի {count} բաժին. բաշխիչ նյութում տպվում են առաջին {kept}-ը</translation>
    </message>
    <message>
        <source>Shortened for the handout: {cut} of {length} characters. The full text is in the story.</source>
        <translation>Կրճատված է բաշխիչ նյութի համար՝ {length} նիշից {cut}-ը։ Ամբողջական տեքստը պատմության մեջ է։</translation>
    </message>
    <message>
        <source>section {id} is {length} characters long: its text is cut at {cut}</source>
        <translation>{id} բաժինը {length} նիշ է. տեքստը կտրված է {cut}-ում</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Հրատարակություն</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Հեղինակ</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Հրապարակված</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Երախտագիտություն</translation>
    </message>
    <message>
        <source>Before: de facto control on {day}.</source>
        <translation>Առաջ՝ փաստացի վերահսկողություն {day}-ի դրությամբ։</translation>
    </message>
    <message>
        <source>After: de facto control on {day}.</source>
        <translation>Հետո՝ փաստացի վերահսկողություն {day}-ի դրությամբ։</translation>
    </message>
    <message>
        <source>Territory under de facto control</source>
        <translation>Փաստացի վերահսկողության տակ գտնվող տարածք</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Բաժին</translation>
    </message>
    <message>
        <source>Map shows</source>
        <translation>Քարտեզը ցույց է տալիս</translation>
    </message>
    <message>
        <source>Map: de facto control on {day}.</source>
        <translation>Քարտեզ՝ փաստացի վերահսկողություն {day}-ի դրությամբ։</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>{first}-ից մինչև {last}</translation>
    </message>
    <message>
        <source>no sections</source>
        <translation>բաժիններ չկան</translation>
    </message>
    <message>
        <source>{count} section(s), {span}.</source>
        <translation>Բաժիններ՝ {count}, {span}։</translation>
    </message>
    <message>
        <source>Each section&apos;s map shows de facto control on the day the section describes (for a war: before and after, side by side), framed on the places it is about, which are outlined. The timeline overview lists every section by date with the day of its map, under a chart of the territory each side held over time. Areas and lines are approximate; contested and claimed areas are hatched on the map. The brown dash-dot line is the boundary of the Nagorno-Karabakh Autonomous Oblast (NKAO), abolished by Azerbaijan on 26 Nov 1991: &quot;former NKAO&quot; from then on. The article&apos;s words are printed as the article says them; where a fact differs from its sources, a fact-check note says so and cites them.</source>
        <translation>Յուրաքանչյուր բաժնի քարտեզը ցույց է տալիս փաստացի վերահսկողությունը այն օրվա դրությամբ, որը նկարագրում է բաժինը (պատերազմի դեպքում՝ առաջ և հետո, կողք կողքի), այն վայրերի շրջանակում, որոնց մասին է բաժինը. այդ վայրերը եզրագծված են։ Ժամանակագծի ակնարկը թվարկում է բոլոր բաժիններն ըստ ամսաթվի՝ իրենց քարտեզի օրով, այն գծապատկերի ներքո, որը ցույց է տալիս, թե ժամանակի ընթացքում յուրաքանչյուր կողմն ինչ տարածք է վերահսկել։ Տարածքները և գծերը մոտավոր են. վիճարկվող և հայտարարված տարածքները քարտեզի վրա գծանշված են։ Շագանակագույն կետագծիկային գիծը Լեռնային Ղարաբաղի ինքնավար մարզի (ԼՂԻՄ) սահմանն է, որը Ադրբեջանը վերացրել է 1991 թ. նոյեմբերի 26-ին. այդ օրվանից՝ «նախկին ԼՂԻՄ»։ Հոդվածի խոսքերը տպված են այնպես, ինչպես դրանք ասված են հոդվածում (անգլերեն). որտեղ փաստը տարբերվում է աղբյուրներից, փաստերի ստուգման նշումն այդ մասին ասում է և հղում տալիս դրանց։</translation>
    </message>
    <message>
        <source>Control data from {first} to {last}.</source>
        <translation>Վերահսկողության տվյալներ՝ {first}-ից մինչև {last}։</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Անվերնագիր պատմություն</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>բաշխիչ նյութ</translation>
    </message>
    <message>
        <source>The area under each side&apos;s de facto control, in square kilometres, stacked, from the same control data as the maps. Areas are approximate; the dashed line marks the last section&apos;s map day.</source>
        <translation>Յուրաքանչյուր կողմի փաստացի վերահսկողության տակ գտնվող տարածքը՝ քառակուսի կիլոմետրերով, կուտակային, նույն վերահսկողության տվյալներով, ինչ քարտեզները։ Տարածքները մոտավոր են. կետագիծը նշում է վերջին բաժնի քարտեզի օրը։</translation>
    </message>
    <message>
        <source>Timeline: {title}</source>
        <translation>Ժամանակագիծ՝ {title}</translation>
    </message>
    <message>
        <source>Sources and credits</source>
        <translation>Աղբյուրներ և երախտագիտություն</translation>
    </message>
    <message>
        <source>Map data and software</source>
        <translation>Քարտեզի տվյալներ և ծրագրեր</translation>
    </message>
    <message>
        <source>Basemap provenance</source>
        <translation>Հիմնական քարտեզի ծագումը</translation>
    </message>
    <message>
        <source>Control data: sources for the maps in this handout</source>
        <translation>Վերահսկողության տվյալներ՝ այս բաշխիչ նյութի քարտեզների աղբյուրները</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Pale: held by the state it is recognised as part of. Hatched: contested or claimed. Areas and lines are approximate.</source>
        <translation>Գունատ՝ վերահսկում է այն պետությունը, որի մաս է ճանաչված տարածքը։ Գծավոր՝ վիճարկվող կամ հայտարարված։ Տարածքներն ու գծերը մոտավոր են։</translation>
    </message>
    <message>
        <source>Colour: de facto control on date B. Areas are approximate.</source>
        <translation>Գույնը՝ փաստացի վերահսկողությունը B ամսաթվին։ Տարածքները մոտավոր են։</translation>
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
    <message>
        <source>Changed hands, {a} → {b}</source>
        <translation>Վերահսկողի փոփոխություն, {a} → {b}</translation>
    </message>
    <message>
        <source>Did not change hands</source>
        <translation>Վերահսկողը չի փոխվել</translation>
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
    <name>overlays</name>
    <message>
        <source>Russian peacekeeping zone (2020 corridor)</source>
        <translation>Ռուս խաղաղապահների գոտի (2020-ի միջանցք)</translation>
    </message>
    <message>
        <source>Russian peacekeeping zone (2022 corridor)</source>
        <translation>Ռուս խաղաղապահների գոտի (2022-ի միջանցք)</translation>
    </message>
    <message>
        <source>Lachin corridor road (2022–23 blockade)</source>
        <translation>Լաչինի միջանցքի ճանապարհ (2022–23 թթ. շրջափակում)</translation>
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
    <message>
        <source>Read in the story ›</source>
        <translation>Կարդալ պատմության մեջ ›</translation>
    </message>
    <message>
        <source>Also now, off this view</source>
        <translation>Նաև հիմա՝ այս տեսքից դուրս</translation>
    </message>
    <message>
        <source>Your layers</source>
        <translation>Ձեր շերտերը</translation>
    </message>
    <message>
        <source>control lines approximate</source>
        <translation>վերահսկողության գծերը մոտավոր են</translation>
    </message>
    <message>
        <source>Also now</source>
        <translation>Նաև այժմ</translation>
    </message>
</context>
<context>
    <name>popups</name>
    <message>
        <source>Armenian usage: {name}</source>
        <translation>Հայկական անվանում՝ {name}</translation>
    </message>
    <message>
        <source>Azerbaijani usage: {name}</source>
        <translation>Ադրբեջանական անվանում՝ {name}</translation>
    </message>
    <message>
        <source>Other usage: {name}</source>
        <translation>Այլ անվանում՝ {name}</translation>
    </message>
    <message>
        <source>no mapped conflict area</source>
        <translation>քարտեզագրված հակամարտության տարածք չկա</translation>
    </message>
    <message>
        <source>Outside the mapped conflict areas: {where}.</source>
        <translation>Քարտեզագրված հակամարտության տարածքներից դուրս՝ {where}։</translation>
    </message>
    <message>
        <source>De facto control on {day}: {controller}, held since {held}.</source>
        <translation>Փաստացի վերահսկողություն {day}-ի դրությամբ՝ {controller}, {held}-ից։</translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation>{status}՝ {day}-ից</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>նշված չէ</translation>
    </message>
    <message>
        <source>Source: {source} · confidence: {confidence}</source>
        <translation>Աղբյուր՝ {source} · հավաստիություն՝ {confidence}</translation>
    </message>
    <message>
        <source>The story has no section about this place.</source>
        <translation>Պատմության մեջ այս վայրի մասին բաժին չկա։</translation>
    </message>
    <message>
        <source>… and {count} more in the story panel</source>
        <translation>… և ևս {count}՝ պատմության վահանակում</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Պատմության մեջ</translation>
    </message>
    <message>
        <source>confidence {confidence}</source>
        <translation>հավաստիություն՝ {confidence}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Աղբյուր՝ {source}</translation>
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
    <name>story</name>
    <message>
        <source>Photo credit:</source>
        <translation>Լուսանկարը՝</translation>
    </message>
    <message>
        <source>Fact check:</source>
        <translation>Փաստերի ստուգում՝</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Աղբյուր՝</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>նշված չէ</translation>
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
