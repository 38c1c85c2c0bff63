<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>The language changes when Caucasus Atlas next starts.</source>
        <translation>Dil Caucasus Atlas növbəti dəfə açılanda dəyişəcək.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>Export &amp;image…</source>
        <translation>Şəkli &amp;ixrac et…</translation>
    </message>
    <message>
        <source>Export &amp;animation…</source>
        <translation>&amp;Animasiyanı ixrac et…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;x</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Fullscreen</source>
        <translation>&amp;Tam ekran</translation>
    </message>
    <message>
        <source>Allow &amp;online map tiles</source>
        <translation>&amp;Onlayn xəritə plitələrinə icazə ver</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Düzümü &amp;sıfırla</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Data &amp;problems…</source>
        <translation>Məlumat &amp;problemləri…</translation>
    </message>
    <message>
        <source>&amp;About Caucasus Atlas</source>
        <translation>Caucasus Atlas &amp;haqqında</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Current date</source>
        <translation>Cari tarix</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Oynat</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Oynat / fasilə (Boşluq)</translation>
    </message>
    <message>
        <source>Play speed: how far each step moves (10 steps a second)</source>
        <translation>Sürət: hər addım nə qədər irəliləyir (saniyədə 10 addım)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Təkrar</translation>
    </message>
    <message>
        <source>Start again from the beginning at the end</source>
        <translation>Sonda yenidən başdan başla</translation>
    </message>
    <message>
        <source>◀◀ Section</source>
        <translation>◀◀ Bölmə</translation>
    </message>
    <message>
        <source>Previous story section</source>
        <translation>Hekayənin əvvəlki bölməsi</translation>
    </message>
    <message>
        <source>◀ Change</source>
        <translation>◀ Dəyişiklik</translation>
    </message>
    <message>
        <source>Previous control change (PageUp)</source>
        <translation>Nəzarətin əvvəlki dəyişikliyi (PageUp)</translation>
    </message>
    <message>
        <source>Change ▶</source>
        <translation>Dəyişiklik ▶</translation>
    </message>
    <message>
        <source>Next control change (PageDown)</source>
        <translation>Nəzarətin növbəti dəyişikliyi (PageDown)</translation>
    </message>
    <message>
        <source>Section ▶▶</source>
        <translation>Bölmə ▶▶</translation>
    </message>
    <message>
        <source>Next story section</source>
        <translation>Hekayənin növbəti bölməsi</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Keçid:</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Fasilə</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{label} (de facto control), held since {day}</source>
        <translation>{label} (faktiki nəzarət), {day} tarixindən</translation>
    </message>
    <message>
        <source>area</source>
        <translation>ərazi</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>{status} since {day} (confidence {confidence})</source>
        <translation>{day} tarixindən {status} (etibarlılıq: {confidence})</translation>
    </message>
    <message>
        <source>source</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <source>note</source>
        <translation>qeyd</translation>
    </message>
</context>
<context>
    <name>confidence</name>
    <message>
        <source>High</source>
        <translation>yüksək</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>orta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>aşağı</translation>
    </message>
</context>
<context>
    <name>controllers</name>
    <message>
        <source>De facto control</source>
        <translation>Faktiki nəzarət</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azərbaycan</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Ermənistan</translation>
    </message>
    <message>
        <source>Nagorno-Karabakh Republic (Artsakh) / Armenian forces</source>
        <translation>Dağlıq Qarabağ Respublikası (Artsax) / erməni qüvvələri</translation>
    </message>
    <message>
        <source>Russian peacekeepers (Lachin corridor)</source>
        <translation>Rusiya sülhməramlıları (Laçın dəhlizi)</translation>
    </message>
    <message>
        <source>Russian peacekeepers</source>
        <translation>Rusiya sülhməramlıları</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Gürcüstan</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>İran</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkiyə</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusiya</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
</context>
<context>
    <name>day month</name>
    <message>
        <source>Jan</source>
        <translation>yanvar</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>fevral</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mart</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>aprel</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>iyun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>iyul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>avqust</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sentyabr</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oktyabr</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>noyabr</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dekabr</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Pale: held by the state it is recognised as part of. Hatched: contested or claimed. Areas and lines are approximate.</source>
        <translation>Solğun: ərazini tərkib hissəsi kimi tanındığı dövlət saxlayır. Ştrixli: mübahisəli və ya iddia edilən. Ərazilər və xətlər təxminidir.</translation>
    </message>
    <message>
        <source>Azerbaijan, on land recognised as Armenia&apos;s</source>
        <translation>Azərbaycan, Ermənistanın ərazisi kimi tanınan torpaqda</translation>
    </message>
    <message>
        <source>Armenia, on land recognised as Azerbaijan&apos;s</source>
        <translation>Ermənistan, Azərbaycanın ərazisi kimi tanınan torpaqda</translation>
    </message>
    <message>
        <source>Azerbaijan, on its own land where control is contested</source>
        <translation>Azərbaycan, nəzarətin mübahisəli olduğu öz torpağında</translation>
    </message>
    <message>
        <source>Armenia, on its own land where control is contested</source>
        <translation>Ermənistan, nəzarətin mübahisəli olduğu öz torpağında</translation>
    </message>
    <message>
        <source>Azerbaijan, on land recognised as Armenia&apos;s, or on its own land where control is contested</source>
        <translation>Azərbaycan, Ermənistanın ərazisi kimi tanınan torpaqda və ya nəzarətin mübahisəli olduğu öz torpağında</translation>
    </message>
    <message>
        <source>Armenia, on land recognised as Azerbaijan&apos;s, or on its own land where control is contested</source>
        <translation>Ermənistan, Azərbaycanın ərazisi kimi tanınan torpaqda və ya nəzarətin mübahisəli olduğu öz torpağında</translation>
    </message>
    <message>
        <source>{name} (its recognised territory)</source>
        <translation>{name} (tanınmış ərazisi)</translation>
    </message>
</context>
<context>
    <name>lines</name>
    <message>
        <source>Line of contact / ceasefire line (approximate)</source>
        <translation>Təmas xətti / atəşkəs xətti (təxmini)</translation>
    </message>
    <message>
        <source>Lachin corridor route (approximate)</source>
        <translation>Laçın dəhlizinin marşrutu (təxmini)</translation>
    </message>
    <message>
        <source>Russian peacekeeping zone (not a controller)</source>
        <translation>Rusiya sülhməramlılarının zonası (nəzarət edən tərəf deyil)</translation>
    </message>
    <message>
        <source>Lachin corridor blockade</source>
        <translation>Laçın dəhlizinin blokadası</translation>
    </message>
    <message>
        <source>NKAO boundary (autonomous oblast, 1923–1991)</source>
        <translation>DQMV sərhədi (muxtar vilayət, 1923–1991)</translation>
    </message>
    <message>
        <source>Former NKAO boundary (abolished 26 Nov 1991)</source>
        <translation>Keçmiş DQMV sərhədi (26 noyabr 1991-də ləğv edilib)</translation>
    </message>
    <message>
        <source>Disputed border segment</source>
        <translation>Mübahisəli sərhəd hissəsi</translation>
    </message>
</context>
<context>
    <name>map_labels</name>
    <message>
        <source>RUSSIA</source>
        <translation>RUSİYA</translation>
    </message>
    <message>
        <source>UKRAINE</source>
        <translation>UKRAYNA</translation>
    </message>
    <message>
        <source>TÜRKIYE</source>
        <translation>TÜRKİYƏ</translation>
    </message>
    <message>
        <source>IRAN</source>
        <translation>İRAN</translation>
    </message>
    <message>
        <source>KAZAKHSTAN</source>
        <translation>QAZAXISTAN</translation>
    </message>
    <message>
        <source>Black Sea</source>
        <translation>Qara dəniz</translation>
    </message>
    <message>
        <source>Caspian Sea</source>
        <translation>Xəzər dənizi</translation>
    </message>
    <message>
        <source>ARMENIA</source>
        <translation>ERMƏNİSTAN</translation>
    </message>
    <message>
        <source>AZERBAIJAN</source>
        <translation>AZƏRBAYCAN</translation>
    </message>
    <message>
        <source>GEORGIA</source>
        <translation>GÜRCÜSTAN</translation>
    </message>
    <message>
        <source>Lake Sevan</source>
        <translation>Sevan gölü</translation>
    </message>
    <message>
        <source>Mingachevir Reservoir</source>
        <translation>Mingəçevir su anbarı</translation>
    </message>
</context>
<context>
    <name>month</name>
    <message>
        <source>Jan</source>
        <translation>yanvar</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>fevral</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mart</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>aprel</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>iyun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>iyul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>avqust</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sentyabr</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oktyabr</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>noyabr</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dekabr</translation>
    </message>
</context>
<context>
    <name>nkao</name>
    <message>
        <source>NKAO</source>
        <translation>DQMV</translation>
    </message>
    <message>
        <source>former NKAO</source>
        <translation>keçmiş DQMV</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Place names</source>
        <translation>Yer adları</translation>
    </message>
    <message>
        <source>Relief (hillshade)</source>
        <translation>Relyef (kölgələmə)</translation>
    </message>
    <message>
        <source>De facto control</source>
        <translation>Faktiki nəzarət</translation>
    </message>
    <message>
        <source>Front lines and corridors (approximate)</source>
        <translation>Cəbhə xətləri və dəhlizlər (təxmini)</translation>
    </message>
    <message>
        <source>NKAO boundary (former NKAO from 26 Nov 1991)</source>
        <translation>DQMV sərhədi (26 noyabr 1991-dən keçmiş DQMV)</translation>
    </message>
    <message>
        <source>Peacekeeping zone and blockade</source>
        <translation>Sülhməramlı zonası və blokada</translation>
    </message>
    <message>
        <source>Events of the chronology</source>
        <translation>Xronologiyanın hadisələri</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Tur</translation>
    </message>
</context>
<context>
    <name>statuses</name>
    <message>
        <source>Stable</source>
        <translation>Sabit</translation>
    </message>
    <message>
        <source>held without active fighting</source>
        <translation>fəal döyüşlər olmadan saxlanılır</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Mübahisəli</translation>
    </message>
    <message>
        <source>front line or active fighting: the controller shown is the last holder</source>
        <translation>cəbhə xətti və ya fəal döyüşlər: son nəzarət edən göstərilir</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>İddia edilən</translation>
    </message>
    <message>
        <source>one side&apos;s claim, disputed by the other (e.g. positions inside Armenia as Armenia reports them)</source>
        <translation>bir tərəfin iddiası, digər tərəf onu qəbul etmir (məs., Ermənistanın məlumatına görə Ermənistan daxilindəki mövqelər)</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Story</source>
        <translation>Hekayə</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Nəzarət</translation>
    </message>
    <message>
        <source>control change</source>
        <translation>nəzarətin dəyişməsi</translation>
    </message>
    <message>
        <source>story section</source>
        <translation>hekayə bölməsi</translation>
    </message>
    <message>
        <source>military</source>
        <translation>hərbi</translation>
    </message>
    <message>
        <source>violence</source>
        <translation>zorakılıq</translation>
    </message>
    <message>
        <source>ceasefire</source>
        <translation>atəşkəs</translation>
    </message>
    <message>
        <source>diplomacy</source>
        <translation>diplomatiya</translation>
    </message>
    <message>
        <source>political</source>
        <translation>siyasi</translation>
    </message>
    <message>
        <source>blockade</source>
        <translation>blokada</translation>
    </message>
    <message>
        <source>exodus</source>
        <translation>kütləvi köç</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>təhvil</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Nagorno-Karabakh and the surrounding districts</source>
        <translation>Dağlıq Qarabağ və ətraf rayonlar</translation>
    </message>
    <message>
        <source>Armenia, Azerbaijan and Georgia</source>
        <translation>Ermənistan, Azərbaycan və Gürcüstan</translation>
    </message>
    <message>
        <source>The wider region: Moscow, Kyiv, Ankara, Tehran</source>
        <translation>Geniş region: Moskva, Kiyev, Ankara, Tehran</translation>
    </message>
</context>
</TS>
