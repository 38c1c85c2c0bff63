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
    <name>cli</name>
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
