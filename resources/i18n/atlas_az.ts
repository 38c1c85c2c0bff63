<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>ChartPanel</name>
    <message>
        <source>Since 1988</source>
        <translation>1988-ci ildən</translation>
    </message>
    <message>
        <source>Show only the years since 1988, where every change is</source>
        <translation>Yalnız bütün dəyişikliklərin olduğu 1988-ci ildən sonrakı illəri göstər</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Export &amp;handout…</source>
        <translation>&amp;Paylama materialını ixrac et…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Təqdimat</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Mövzu</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Daha böyük mətn</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Daha &amp;kiçik mətn</translation>
    </message>
    <message>
        <source>&amp;Reset text size</source>
        <translation>Mətn ölçüsünü &amp;sıfırla</translation>
    </message>
    <message>
        <source>Map description</source>
        <translation>Xəritənin təsviri</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Area</source>
        <translation>Ərazi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Əvvəl</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Nəzarət tarixi</translation>
    </message>
    <message>
        <source>Date A</source>
        <translation>Tarix A</translation>
    </message>
    <message>
        <source>Date B</source>
        <translation>Tarix B</translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation>A və B-ni dəyiş</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Xəritədə göstər</translation>
    </message>
    <message>
        <source>Colour the areas that changed hands by their controller on date B; mute the rest</source>
        <translation>Nəzarəti dəyişən əraziləri B tarixindəki nəzarət edənin rəngi ilə boya; qalanlarını solğunlaşdır</translation>
    </message>
    <message>
        <source>De facto control; areas approximate. Compares the two dates only.</source>
        <translation>Faktiki nəzarət; ərazilər təxminidir. Yalnız iki tarix müqayisə olunur.</translation>
    </message>
    <message>
        <source>From an event…</source>
        <translation>Hadisədən…</translation>
    </message>
    <message>
        <source>Map date</source>
        <translation>Xəritənin tarixi</translation>
    </message>
    <message>
        <source>Use the date the map shows now</source>
        <translation>Xəritənin indi göstərdiyi tarixi götür</translation>
    </message>
    <message>
        <source>No control data loaded.</source>
        <translation>Nəzarət məlumatları yüklənməyib.</translation>
    </message>
    <message>
        <source>Total (areas: {count})</source>
        <translation>Cəmi (ərazi: {count})</translation>
    </message>
    <message>
        <source>No area changed hands between {a} and {b}.</source>
        <translation>{a} ilə {b} arasında heç bir ərazidə nəzarət dəyişməyib.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Areas that changed hands: {count}&lt;/b&gt;, between {a} and {b}.</source>
        <translation>&lt;b&gt;Nəzarəti dəyişən ərazilər: {count}&lt;/b&gt;, {a} ilə {b} arasında.</translation>
    </message>
    <message>
        <source>Net: {parts}</source>
        <translation>Xalis dəyişiklik: {parts}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Müqayisə</translation>
    </message>
    <message>
        <source>Territory chart</source>
        <translation>Ərazi diaqramı</translation>
    </message>
    <message>
        <source>Compare two dates…</source>
        <translation>İki tarixi müqayisə et…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>&amp;Diaqramı ixrac et…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diaqramın ixracı</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG şəkli (*.png);;SVG təsviri (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to {path}</source>
        <translation>Diaqram saxlanıldı: {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>Məlumatların ixracı</translation>
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
        <translation>CSV (cədvəl)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>İxrac etmək mümkün deyil</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Yazmaq üçün fayl seçin.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>İxrac edildi</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>Qat ə&amp;lavə et…</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>&amp;Məlumatları ixrac et…</translation>
    </message>
</context>
<context>
    <name>ExportFilmDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Animasiyanın ixracı</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hər həftə</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Hər gün</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hər ay</translation>
    </message>
    <message>
        <source>Each control change</source>
        <translation>Nəzarətin hər dəyişməsi</translation>
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation>1280 × 720 (HD)</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD slides)</source>
        <translation>1920 × 1080 (Full HD slaydlar)</translation>
    </message>
    <message>
        <source>800 × 450 (GIF for the web)</source>
        <translation>800 × 450 (veb üçün GIF)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Addım</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Saxlama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;WebM video (*.webm);;GIF animation (*.gif)</source>
        <translation>MP4 video (*.mp4);;WebM video (*.webm);;GIF animasiya (*.gif)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Son gün</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> kadr</translation>
    </message>
    <message>
        <source>Frames each control change is held</source>
        <translation>Nəzarətin hər dəyişməsinin saxlandığı kadr sayı</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> kadr/s</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Kadr tezliyi</translation>
    </message>
    <message>
        <source>Film size</source>
        <translation>Filmin ölçüsü</translation>
    </message>
    <message>
        <source>A title card as each story section begins</source>
        <translation>Hekayənin hər bölməsinin əvvəlində başlıq kadrı</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Saxlanılacaq fayl</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Başlanğıc:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>S&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Addım:</translation>
    </message>
    <message>
        <source>&amp;Hold changes:</source>
        <translation>&amp;Dəyişiklikləri saxla:</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>&amp;Kadr tezliyi:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Ö&amp;lçü:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fayl:</translation>
    </message>
    <message>
        <source>no control data to film</source>
        <translation>film üçün nəzarət məlumatı yoxdur</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>{folder} qovluğu mövcud deyil</translation>
    </message>
    <message>
        <source>{frames} frames, {seconds} s</source>
        <translation>kadr: {frames}, {seconds} s</translation>
    </message>
    <message>
        <source>Rendering {frames} frames…</source>
        <translation>Kadrlar çəkilir: {frames}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Animation cancelled: nothing was written.</source>
        <translation>Animasiya ləğv edildi: heç nə yazılmadı.</translation>
    </message>
    <message>
        <source>The film was not saved: {error}</source>
        <translation>Film saxlanılmadı: {error}</translation>
    </message>
    <message>
        <source>Film saved: {path} ({frames} frames, {seconds} s)</source>
        <translation>Film saxlanıldı: {path} (kadr: {frames}, {seconds} s)</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>1920 × 1080 (Full HD slides)</source>
        <translation>1920 × 1080 (Full HD slaydlar)</translation>
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation>1280 × 720 (HD)</translation>
    </message>
    <message>
        <source>2560 × 1440 (QHD, the largest)</source>
        <translation>2560 × 1440 (QHD, ən böyük)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Xüsusi ölçü</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Şəklin ixracı</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Şəklin ölçüsü</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Piksellə en</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Piksellə hündürlük</translation>
    </message>
    <message>
        <source> px</source>
        <translation> pks</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Saxlanılacaq fayl</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>Ö&amp;lçü:</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>Xüsusi ölçü:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fayl:</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG şəkli (*.png)</translation>
    </message>
    <message>
        <source>The image was not saved: {error}</source>
        <translation>Şəkil saxlanılmadı: {error}</translation>
    </message>
    <message>
        <source>Rendering the map at {width} × {height}…</source>
        <translation>Xəritə çəkilir: {width} × {height}…</translation>
    </message>
    <message>
        <source>Image saved</source>
        <translation>Şəkil saxlanıldı</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Export handout</source>
        <translation>Paylama materialının ixracı</translation>
    </message>
    <message>
        <source>The handout was not saved: {error}</source>
        <translation>Paylama materialı saxlanılmadı: {error}</translation>
    </message>
    <message>
        <source>The story has no sections to print.</source>
        <translation>Hekayədə çap ediləcək bölmə yoxdur.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF sənədi (*.pdf)</translation>
    </message>
    <message>
        <source>Rendering the maps…</source>
        <translation>Xəritələr çəkilir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Map {n} of {total}: {what}</source>
        <translation>Xəritə {n} / {total}: {what}</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Səhifələr tərtib edilir…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF yazılır…</translation>
    </message>
    <message>
        <source>Handout saved</source>
        <translation>Paylama materialı saxlanıldı</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Caucasus Atlas&lt;/h2&gt;&lt;p&gt;An offline atlas of the South Caucasus conflict, 1923 to today: who held each area on each date, with sources and confidence, and a news article tied to the places and dates it covers.&lt;/p&gt;&lt;p&gt;Lines and areas are approximate. Contested facts are shown as contested, with both claims.&lt;/p&gt;&lt;h3&gt;Data credits&lt;/h3&gt;</source>
        <translation>&lt;h2&gt;Caucasus Atlas&lt;/h2&gt;&lt;p&gt;Cənubi Qafqaz münaqişəsinin oflayn atlası, 1923-cü ildən bu günə qədər: hər tarixdə hər əraziyə kim nəzarət edib, mənbələr və etibarlılıq dərəcəsi ilə, həmçinin bəhs etdiyi yerlərə və tarixlərə bağlanmış xəbər məqaləsi.&lt;/p&gt;&lt;p&gt;Xətlər və ərazilər təxminidir. Mübahisəli faktlar hər iki tərəfin iddiası ilə mübahisəli kimi göstərilir.&lt;/p&gt;&lt;h3&gt;Məlumat mənbələri&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Hekayə</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman xətti</translation>
    </message>
    <message>
        <source>Problems in the data: {count} — see Help → Data problems</source>
        <translation>Məlumat problemləri: {count} — bax: Kömək → Məlumat problemləri</translation>
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
    <message>
        <source>Online tiles allowed: switch them on in the map&apos;s layer control.</source>
        <translation>Onlayn plitələrə icazə verildi: onları xəritənin qatlar siyahısında aktivləşdirin.</translation>
    </message>
    <message>
        <source>Offline: no request leaves this computer.</source>
        <translation>Oflayn: heç bir sorğu bu kompüterdən çıxmır.</translation>
    </message>
    <message>
        <source>About Caucasus Atlas</source>
        <translation>Caucasus Atlas haqqında</translation>
    </message>
    <message>
        <source>No problems found in the data.</source>
        <translation>Məlumatlarda problem tapılmadı.</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>Məlumat problemləri</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

The app goes on; the details are in its log.</source>
        <translation>Nəsə səhv getdi: {error}

Proqram işləməyə davam edir; təfərrüatlar onun jurnalındadır.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map page could not be loaded.</source>
        <translation>Xəritə səhifəsini yükləmək mümkün olmadı.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>next step (a clicker&apos;s forward button)</source>
        <translation>növbəti addım (pultun «irəli» düyməsi)</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>əvvəlki addım</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>ilk addım</translation>
    </message>
    <message>
        <source>last step</source>
        <translation>son addım</translation>
    </message>
    <message>
        <source>black out the screen, or bring the map back</source>
        <translation>ekranı qaralt və ya xəritəni qaytar</translation>
    </message>
    <message>
        <source>auto-advance every {seconds} s on / off</source>
        <translation>hər {seconds} s avtomatik keçid: aç / bağla</translation>
    </message>
    <message>
        <source>leave presentation mode</source>
        <translation>təqdimat rejimindən çıx</translation>
    </message>
    <message>
        <source>Screen blacked out: press B to show the map</source>
        <translation>Ekran qaraldılıb: xəritəni göstərmək üçün B düyməsini basın</translation>
    </message>
    <message>
        <source> · map {phase}</source>
        <translation> · xəritə: {phase}</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>Before: {day}</source>
        <translation>Əvvəl: {day}</translation>
    </message>
    <message>
        <source>After: {day}</source>
        <translation>Sonra: {day}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>not given</source>
        <translation>göstərilməyib</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fact check:&lt;/b&gt; {text} &lt;i&gt;(source: {source})&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Faktların yoxlanışı:&lt;/b&gt; {text} &lt;i&gt;(mənbə: {source})&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Credit: {credit}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Müəlliflik: {credit}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No notes for this section.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bu bölmə üçün qeyd yoxdur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Əvvəlki</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Növbəti ▶</translation>
    </message>
    <message>
        <source>Blackout (B)</source>
        <translation>Qaralt (B)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Dayandır (Esc)</translation>
    </message>
    <message>
        <source>Caucasus Atlas — presenter view</source>
        <translation>Caucasus Atlas — təqdim edənin ekranı</translation>
    </message>
    <message>
        <source>Notes for the current step</source>
        <translation>Cari addım üçün qeydlər</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Keçən vaxt</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Addım {n} / {total}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Növbəti: {step}</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Növbəti: son</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems in this story file: {count}</source>
        <translation>Bu hekayə faylında problemlər: {count}</translation>
    </message>
</context>
<context>
    <name>SavedBox</name>
    <message>
        <source>Saved</source>
        <translation>Saxlanıldı</translation>
    </message>
    <message>
        <source>{what} to:
{path}</source>
        <translation>{what}:
{path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Qovluğu aç</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <source>Show this section: move the timeline and the map to it</source>
        <translation>Bu bölməni göstər: zaman xəttini və xəritəni ona keçir</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>In the &quot;Go to&quot; date field, Left/Right/Home/End/Space edit the text, PageUp/PageDown still step; Enter goes to the date, Escape leaves the field.</source>
        <translation>«Keçid» tarix sahəsində Left/Right/Home/End/Space mətni redaktə edir, PageUp/PageDown yenə addımlayır; Enter tarixə keçir, Escape sahədən çıxır.</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menyular</translation>
    </message>
    <message>
        <source>Timeline (anywhere in the window)</source>
        <translation>Zaman xətti (pəncərənin istənilən yerində)</translation>
    </message>
    <message>
        <source>Presenting (View → Present)</source>
        <translation>Təqdimat (Görünüş → Təqdimat)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>Map at date A</source>
        <translation>A tarixində xəritə</translation>
    </message>
    <message>
        <source>Side by side: date A | date B</source>
        <translation>Yan-yana: tarix A | tarix B</translation>
    </message>
</context>
<context>
    <name>StoryController</name>
    <message>
        <source>Cannot open the story {path}: there is no such file. The current story stays.</source>
        <translation>{path} hekayəsini açmaq mümkün deyil: belə fayl yoxdur. Cari hekayə qalır.</translation>
    </message>
    <message>
        <source>Cannot open the story {path}: {reason}. The current story stays.</source>
        <translation>{path} hekayəsini açmaq mümkün deyil: {reason}. Cari hekayə qalır.</translation>
    </message>
    <message>
        <source>Opened {name}. Sections loaded: {count}; problems: {problems} — see the list under the story.</source>
        <translation>{name} açıldı. Yüklənən bölmələr: {count}; problemlər: {problems} — hekayənin altındakı siyahıya baxın.</translation>
    </message>
    <message>
        <source>Opened {name}. Sections: {count}.</source>
        <translation>{name} açıldı. Bölmələr: {count}.</translation>
    </message>
    <message>
        <source>Open &amp;story…</source>
        <translation>&amp;Hekayəni aç…</translation>
    </message>
    <message>
        <source>Open story</source>
        <translation>Hekayəni aç</translation>
    </message>
    <message>
        <source>Stories (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Hekayələr (*.md *.markdown *.txt);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>&amp;Recent stories</source>
        <translation>&amp;Son hekayələr</translation>
    </message>
    <message>
        <source>Story &amp;pop-ups</source>
        <translation>Hekayə &amp;çıxarışları</translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>Outlet</source>
        <translation>Nəşr</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Dərc olunub</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Müəlliflik</translation>
    </message>
    <message>
        <source>Click a section to read it here.</source>
        <translation>Bölməni burada oxumaq üçün üzərinə klikləyin.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Adsız hekayə</translation>
    </message>
    <message>
        <source>This story has no sections to show.</source>
        <translation>Bu hekayədə göstəriləcək bölmə yoxdur.</translation>
    </message>
</context>
<context>
    <name>TerritoryChart</name>
    <message>
        <source>Territory under de facto control</source>
        <translation>Faktiki nəzarət altında olan ərazi</translation>
    </message>
    <message>
        <source>km² (approximate)</source>
        <translation>km² (təxminən)</translation>
    </message>
    <message>
        <source>Caucasus Atlas, cursor at {day}</source>
        <translation>Caucasus Atlas, kursor: {day}</translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standart</translation>
    </message>
    <message>
        <source>&amp;High contrast (projectors)</source>
        <translation>&amp;Yüksək kontrast (proyektorlar)</translation>
    </message>
    <message>
        <source>&amp;Colour-blind safe</source>
        <translation>&amp;Daltoniklər üçün</translation>
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
        <source>Type a date (YYYY-MM-DD, YYYY-MM or YYYY) and press Enter</source>
        <translation>Tarixi daxil edin (İİİİ-AA-GG, İİİİ-AA və ya İİİİ) və Enter basın</translation>
    </message>
    <message>
        <source>1 day / step</source>
        <translation>1 gün / addım</translation>
    </message>
    <message>
        <source>1 week / step</source>
        <translation>1 həftə / addım</translation>
    </message>
    <message>
        <source>1 month / step</source>
        <translation>1 ay / addım</translation>
    </message>
    <message>
        <source>3 months / step</source>
        <translation>3 ay / addım</translation>
    </message>
    <message>
        <source>1 year / step</source>
        <translation>1 il / addım</translation>
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
        <source>YYYY-MM-DD</source>
        <translation>İİİİ-AA-GG</translation>
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
        <source>a day back</source>
        <translation>bir gün geri</translation>
    </message>
    <message>
        <source>a day forward</source>
        <translation>bir gün irəli</translation>
    </message>
    <message>
        <source>a month back</source>
        <translation>bir ay geri</translation>
    </message>
    <message>
        <source>a month forward</source>
        <translation>bir ay irəli</translation>
    </message>
    <message>
        <source>a year back</source>
        <translation>bir il geri</translation>
    </message>
    <message>
        <source>a year forward</source>
        <translation>bir il irəli</translation>
    </message>
    <message>
        <source>previous control change</source>
        <translation>nəzarətin əvvəlki dəyişikliyi</translation>
    </message>
    <message>
        <source>next control change</source>
        <translation>nəzarətin növbəti dəyişikliyi</translation>
    </message>
    <message>
        <source>first date</source>
        <translation>ilk tarix</translation>
    </message>
    <message>
        <source>last date</source>
        <translation>son tarix</translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation>oynat / fasilə</translation>
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
    <name>TimelineStrip</name>
    <message>
        <source>Timeline: click or drag to choose a date</source>
        <translation>Zaman xətti: tarix seçmək üçün klikləyin və ya sürüşdürün</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… və daha {count}</translation>
    </message>
</context>
<context>
    <name>TourStep</name>
    <message>
        <source>Map: {day}</source>
        <translation>Xəritə: {day}</translation>
    </message>
    <message>
        <source>before</source>
        <translation>əvvəl</translation>
    </message>
    <message>
        <source>after</source>
        <translation>sonra</translation>
    </message>
</context>
<context>
    <name>UserLayers</name>
    <message>
        <source>Map layers (*.geojson *.json *.kml *.gpx);;GeoJSON (*.geojson *.json);;KML (*.kml);;GPX (*.gpx)</source>
        <translation>Xəritə qatları (*.geojson *.json *.kml *.gpx);;GeoJSON (*.geojson *.json);;KML (*.kml);;GPX (*.gpx)</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Qatlar</translation>
    </message>
    <message>
        <source>Cannot add the layer</source>
        <translation>Qatı əlavə etmək mümkün deyil</translation>
    </message>
    <message>
        <source>{path}: this layer is already on the map</source>
        <translation>{path}: bu qat artıq xəritədədir</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}: oxumaq mümkün deyil ({error})</translation>
    </message>
    <message>
        <source>Layer dropped: {layers}</source>
        <translation>Qat çıxarıldı: {layers}</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Qat əlavə et</translation>
    </message>
    <message>
        <source>Added layer {name}</source>
        <translation>{name} qatı əlavə edildi</translation>
    </message>
    <message>
        <source>No layers added</source>
        <translation>Qat əlavə edilməyib</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} qatını çıxar</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>istifadə: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>mövqe arqumentləri</translation>
    </message>
    <message>
        <source>options</source>
        <translation>seçimlər</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>bu kömək mətnini göstərib çıxmaq</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: xəta: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>arqument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>bu arqumentlər tələb olunur: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tanınmayan arqumentlər: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>bir dəyər gözlənilir</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>yanlış %(type)s dəyəri: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>yanlış seçim: %(value)r (bunlardan seçin: %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>qeyri-müəyyən seçim: %(option)s bunlardan biri ola bilər: %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the de facto controller of a point on a date</source>
        <translation>nöqtəyə verilmiş tarixdə faktiki nəzarət edən tərəf</translation>
    </message>
    <message>
        <source>the day, YYYY-MM-DD</source>
        <translation>gün, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>latitude (degrees north)</source>
        <translation>enlik (şimal enliyi dərəcələri)</translation>
    </message>
    <message>
        <source>longitude (degrees east)</source>
        <translation>uzunluq (şərq uzunluğu dərəcələri)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>bir JSON obyekti çap etmək</translation>
    </message>
    <message>
        <source>{lat}, {lon} is not a point on Earth</source>
        <translation>{lat}, {lon} Yer üzərində nöqtə deyil</translation>
    </message>
    <message>
        <source>{lat}, {lon} is at sea or off the map: no controller</source>
        <translation>{lat}, {lon} dənizdədir və ya xəritədən kənardadır: nəzarət edən yoxdur</translation>
    </message>
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
    <message>
        <source>An offline atlas of the South Caucasus conflict, 1923 to today.</source>
        <translation>Cənubi Qafqaz münaqişəsinin oflayn atlası, 1923-cü ildən bu günə qədər.</translation>
    </message>
    <message>
        <source>log details to stderr, Qt&apos;s and Chromium&apos;s included</source>
        <translation>ətraflı jurnal stderr-ə, Qt və Chromium mesajları daxil olmaqla</translation>
    </message>
    <message>
        <source>the interface language: en, ru, hy or az (default: the system&apos;s, or View → Language)</source>
        <translation>interfeys dili: en, ru, hy və ya az (standart olaraq sistemin dili və ya Görünüş → Dil seçimi)</translation>
    </message>
    <message>
        <source>open at this date (YYYY-MM-DD)</source>
        <translation>bu tarixdə açmaq (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>open at this view: karabakh, caucasus or region</source>
        <translation>bu görünüşdə açmaq: karabakh, caucasus və ya region</translation>
    </message>
    <message>
        <source>open this story file instead of the default article</source>
        <translation>standart məqalənin əvəzinə bu hekayə faylını açmaq</translation>
    </message>
    <message>
        <source>the system library {library} is missing: install the libraries listed in the README, section &apos;On Linux: system libraries&apos;</source>
        <translation>{library} sistem kitabxanası yoxdur: README-nin &apos;On Linux: system libraries&apos; bölməsində sadalanan kitabxanaları quraşdırın</translation>
    </message>
    <message>
        <source>internal error: {error} (run with --debug for details)</source>
        <translation>daxili xəta: {error} (təfərrüatlar üçün --debug ilə işə salın)</translation>
    </message>
    <message>
        <source>{day} is outside the data&apos;s range ({first} to {last})</source>
        <translation>{day} məlumatların aralığından kənardadır ({first} – {last})</translation>
    </message>
    <message>
        <source>the areas that changed hands between two dates</source>
        <translation>iki tarix arasında nəzarəti dəyişən ərazilər</translation>
    </message>
    <message>
        <source>date A, YYYY-MM-DD</source>
        <translation>tarix A, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>date B, YYYY-MM-DD</source>
        <translation>tarix B, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>print a JSON list of changes</source>
        <translation>dəyişikliklərin JSON siyahısını çap etmək</translation>
    </message>
    <message>
        <source>Changed hands between {a} and {b} (de facto control)</source>
        <translation>{a} ilə {b} arasında nəzarəti dəyişənlər (faktiki nəzarət)</translation>
    </message>
    <message>
        <source>held since {day}</source>
        <translation>{day} tarixindən</translation>
    </message>
    <message>
        <source>no area changed hands</source>
        <translation>heç bir ərazidə nəzarət dəyişməyib</translation>
    </message>
    <message>
        <source>net</source>
        <translation>xalis</translation>
    </message>
    <message>
        <source>export control periods, events and story places (KML, GeoJSON, GeoPackage, CSV)</source>
        <translation>nəzarət dövrlərini, hadisələri və hekayənin yerlərini ixrac etmək (KML, GeoJSON, GeoPackage, CSV)</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>bunlardan biri: {choices}</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>yazılacaq fayl</translation>
    </message>
    <message>
        <source>keep what overlaps from this day on</source>
        <translation>bu gündən başlayaraq üst-üstə düşənləri saxlamaq</translation>
    </message>
    <message>
        <source>keep what overlaps up to this day</source>
        <translation>bu günə qədər üst-üstə düşənləri saxlamaq</translation>
    </message>
    <message>
        <source>story file (default: the article)</source>
        <translation>hekayə faylı (standart olaraq: məqalə)</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} bunlardan biri deyil: {choices}</translation>
    </message>
    <message>
        <source>the date window ends ({end}) before it starts ({start})</source>
        <translation>tarix aralığı başlamazdan ({start}) əvvəl bitir ({end})</translation>
    </message>
    <message>
        <source>loading the control data and the story</source>
        <translation>nəzarət məlumatları və hekayə yüklənir</translation>
    </message>
    <message>
        <source>writing {format} to {path}</source>
        <translation>{format} {path} faylına yazılır</translation>
    </message>
    <message>
        <source>km² held by each controller on a date</source>
        <translation>verilmiş tarixdə hər tərəfin nəzarətindəki km²</translation>
    </message>
    <message>
        <source>held</source>
        <translation>nəzarətdə</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>mübahisəli</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>iddia edilən</translation>
    </message>
    <message>
        <source>print totals by status as JSON</source>
        <translation>statuslar üzrə cəmləri JSON kimi çap etmək</translation>
    </message>
    <message>
        <source>counted: {territory}</source>
        <translation>hesablanıb: {territory}</translation>
    </message>
    <message>
        <source>(de facto control, approximate areas: {parts})</source>
        <translation>(faktiki nəzarət, təxmini ərazilər: {parts})</translation>
    </message>
    <message>
        <source>total</source>
        <translation>cəmi</translation>
    </message>
    <message>
        <source>list the story&apos;s sections, by date and place</source>
        <translation>hekayənin bölmələri, tarix və yerə görə</translation>
    </message>
    <message>
        <source>sections current on this day</source>
        <translation>bu günə aid bölmələr</translation>
    </message>
    <message>
        <source>sections naming this place id (or area:&lt;id&gt;)</source>
        <translation>bu yerin id-sini (və ya area:&lt;id&gt;) adlandıran bölmələr</translation>
    </message>
    <message>
        <source>print JSON instead of lines</source>
        <translation>sətirlər əvəzinə JSON çap etmək</translation>
    </message>
    <message>
        <source>unknown place id {place}</source>
        <translation>naməlum yer id-si {place}</translation>
    </message>
    <message>
        <source>check control data and story files (FILE:LINE: message)</source>
        <translation>nəzarət məlumatlarını və hekayə fayllarını yoxlamaq (FILE:LINE: mesaj)</translation>
    </message>
    <message>
        <source>files (default: shipped data)</source>
        <translation>fayllar (standart olaraq: daxil edilmiş məlumatlar)</translation>
    </message>
    <message>
        <source>ok: {files}</source>
        <translation>xəta yoxdur: {files}</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>{path} faylı yoxdur</translation>
    </message>
    <message>
        <source>render the timeline as a film: MP4, WebM or GIF (no window)</source>
        <translation>zaman xəttini film kimi hazırlamaq: MP4, WebM və ya GIF (pəncərəsiz)</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>ilk gün (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>son gün (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>1d, 1w, 1m, or change (one frame per control change)</source>
        <translation>1d, 1w, 1m və ya change (hər nəzarət dəyişikliyinə bir kadr)</translation>
    </message>
    <message>
        <source>frames each control change is held for (default 1)</source>
        <translation>hər nəzarət dəyişikliyinin neçə kadr saxlanacağı (standart: 1)</translation>
    </message>
    <message>
        <source>frames per second (1 to 60, default 12)</source>
        <translation>saniyədə kadr (1-dən 60-a qədər, standart: 12)</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT in pixels</source>
        <translation>ENxHÜNDÜRLÜK piksellə</translation>
    </message>
    <message>
        <source>karabakh, caucasus or region</source>
        <translation>karabakh, caucasus və ya region</translation>
    </message>
    <message>
        <source>story for the call-outs (default: the shipped article)</source>
        <translation>qeydlər üçün hekayə (standart olaraq: daxil edilmiş məqalə)</translation>
    </message>
    <message>
        <source>a title card as each story section begins</source>
        <translation>hekayənin hər bölməsinin əvvəlində başlıq kadrı</translation>
    </message>
    <message>
        <source>default or high-contrast</source>
        <translation>default və ya high-contrast</translation>
    </message>
    <message>
        <source>the film: .mp4, .webm or .gif</source>
        <translation>film: .mp4, .webm və ya .gif</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} tam ədəd deyil</translation>
    </message>
    <message>
        <source>{value} must be between {low} and {high}</source>
        <translation>{value} {low} ilə {high} arasında olmalıdır</translation>
    </message>
    <message>
        <source>{done}/{total} frames</source>
        <translation>{done}/{total} kadr</translation>
    </message>
    <message>
        <source>{path} must end in .mp4, .webm or .gif</source>
        <translation>{path} .mp4, .webm və ya .gif ilə bitməlidir</translation>
    </message>
    <message>
        <source>no control data to film</source>
        <translation>film üçün nəzarət məlumatı yoxdur</translation>
    </message>
    <message>
        <source>({frames} frames, {seconds} s)</source>
        <translation>({frames} kadr, {seconds} san)</translation>
    </message>
    <message>
        <source>write the story as an A4 PDF handout: a cover, a timeline, each section with its map</source>
        <translation>hekayəni A4 PDF paylama materialı kimi yazmaq: üz qabığı, zaman xətti, hər bölmə öz xəritəsi ilə</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>yazılacaq PDF faylı</translation>
    </message>
    <message>
        <source>story file (default: the shipped article)</source>
        <translation>hekayə faylı (standart olaraq: daxil edilmiş məqalə)</translation>
    </message>
    <message>
        <source>the story</source>
        <translation>hekayə</translation>
    </message>
    <message>
        <source>{story}: no valid sections to print</source>
        <translation>{story}: çap üçün düzgün bölmə yoxdur</translation>
    </message>
    <message>
        <source>writing the PDF</source>
        <translation>PDF yazılır</translation>
    </message>
    <message>
        <source>map {n} of {total}: {what}</source>
        <translation>xəritə {n} / {total}: {what}</translation>
    </message>
    <message>
        <source>laying out the pages</source>
        <translation>səhifələr düzülür</translation>
    </message>
    <message>
        <source>render the map at a date to a PNG file (no window)</source>
        <translation>xəritəni verilmiş tarixdə PNG faylına çəkmək (pəncərəsiz)</translation>
    </message>
    <message>
        <source>the date to show (YYYY-MM-DD)</source>
        <translation>göstəriləcək tarix (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the PNG file to write</source>
        <translation>yazılacaq PNG faylı</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT in pixels, 200 to 2560 a side</source>
        <translation>ENxHÜNDÜRLÜK piksellə, hər tərəf 200-dən 2560-a qədər</translation>
    </message>
    <message>
        <source>area colours: default, or high-contrast for washed-out projectors</source>
        <translation>ərazi rəngləri: default və ya solğun proyektorlar üçün high-contrast</translation>
    </message>
    <message>
        <source>{value} is not WIDTHxHEIGHT, e.g. {example}</source>
        <translation>{value} ENxHÜNDÜRLÜK deyil, məsələn {example}</translation>
    </message>
    <message>
        <source>width and height must be between {low} and {high} pixels</source>
        <translation>en və hündürlük {low} ilə {high} piksel arasında olmalıdır</translation>
    </message>
    <message>
        <source>{count} control periods</source>
        <translation>nəzarət dövrləri: {count}</translation>
    </message>
    <message>
        <source>{count} nkao boundary</source>
        <translation>DQMV sərhədi: {count}</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>hadisələr: {count}</translation>
    </message>
    <message>
        <source>{count} story places</source>
        <translation>hekayənin yerləri: {count}</translation>
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
    <name>describe</name>
    <message>
        <source>The {name} is deployed.</source>
        <translation>{name}: yerləşdirilib.</translation>
    </message>
    <message>
        <source>The {name} is withdrawing.</source>
        <translation>{name}: çıxarılma gedir.</translation>
    </message>
    <message>
        <source>The {name} has restricted passage.</source>
        <translation>{name}: keçid məhdudlaşdırılıb.</translation>
    </message>
    <message>
        <source>The {name} has a checkpoint.</source>
        <translation>{name}: nəzarət-buraxılış məntəqəsi var.</translation>
    </message>
    <message>
        <source>The {name} is closed.</source>
        <translation>{name}: hərəkət bağlıdır.</translation>
    </message>
    <message>
        <source>The {name} is partly open.</source>
        <translation>{name}: hərəkət qismən açıqdır.</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} və {last}</translation>
    </message>
    <message>
        <source>{controller} holds de facto control of {km2} ({share}): {areas}.</source>
        <translation>{controller}: faktiki nəzarət altında {km2} ({share}): {areas}.</translation>
    </message>
    <message>
        <source>{count} smaller areas</source>
        <translation>daha {count} kiçik ərazi</translation>
    </message>
    <message>
        <source>under 1%</source>
        <translation>1%-dən az</translation>
    </message>
    <message>
        <source>{count} more areas</source>
        <translation>daha {count} ərazi</translation>
    </message>
    <message>
        <source>On {day}: no control data is loaded.</source>
        <translation>{day}: nəzarət məlumatları yüklənməyib.</translation>
    </message>
    <message>
        <source>On {day}, of the {km2} of the mapped conflict zone:</source>
        <translation>{day} tarixinə xəritələşdirilmiş münaqişə zonasının {km2} ərazisindən:</translation>
    </message>
    <message>
        <source>Areas and lines are approximate.</source>
        <translation>Ərazilər və xətlər təxminidir.</translation>
    </message>
    <message>
        <source>{area}: {controller}, held since {day}</source>
        <translation>{area}: {controller}, {day} tarixindən</translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation>{day} tarixindən {status}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>the file name must end in {suffix}</source>
        <translation>fayl adı {suffix} ilə bitməlidir</translation>
    </message>
    <message>
        <source>the file name is too long ({size} bytes; at most {most})</source>
        <translation>fayl adı çox uzundur ({size} bayt; ən çoxu {most})</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>bu qovluqdur</translation>
    </message>
    <message>
        <source>it is not a regular file (a device or a pipe)</source>
        <translation>bu adi fayl deyil (qurğu və ya kanal)</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>{folder} qovluğu mövcud deyil</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>fayl yalnız oxunuş üçündür</translation>
    </message>
    <message>
        <source>the folder {folder} takes no new file ({error})</source>
        <translation>{folder} qovluğunda yeni fayl yaratmaq olmur ({error})</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>heç nə yazılmayıb</translation>
    </message>
    <message>
        <source>cannot write {path}: </source>
        <translation>{path} yazıla bilmir: </translation>
    </message>
    <message>
        <source>{text} is not a full date: write it as YYYY-MM-DD</source>
        <translation>{text} tam tarix deyil: YYYY-MM-DD kimi yazın</translation>
    </message>
    <message>
        <source>{text} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>{text} tarix deyil: YYYY-MM-DD, YYYY-MM və ya YYYY istifadə edin</translation>
    </message>
    <message>
        <source>{text} is out of range: years go up to {year}</source>
        <translation>{text} aralıqdan kənardır: illər {year}-ə qədərdir</translation>
    </message>
    <message>
        <source>{text} is not a valid date ({reason})</source>
        <translation>{text} düzgün tarix deyil ({reason})</translation>
    </message>
    <message>
        <source>{hold} must be 1 or more (frames a change is held)</source>
        <translation>{hold} ən azı 1 olmalıdır (dəyişikliyin saxlandığı kadr sayı)</translation>
    </message>
    <message>
        <source>control does not change between {start} and {end}: take 1d, 1w or 1m, or a longer range</source>
        <translation>{start} ilə {end} arasında nəzarət dəyişmir: 1d, 1w və ya 1m, ya da daha uzun aralıq seçin</translation>
    </message>
    <message>
        <source>the film would have {frames} frames (at most {most}): shorten the range or take a longer --step</source>
        <translation>filmdə {frames} kadr olardı (ən çoxu {most}): aralığı qısaldın və ya daha uzun --step seçin</translation>
    </message>
    <message>
        <source>{end} is before --from {start}</source>
        <translation>{end} --from {start} tarixindən əvvəldir</translation>
    </message>
    <message>
        <source>the film needs two different days (both are {day})</source>
        <translation>film üçün iki fərqli gün lazımdır (hər ikisi {day})</translation>
    </message>
    <message>
        <source>{size} has an odd side; MP4 and WebM need even ones</source>
        <translation>{size} ölçüsünün tək tərəfi var; MP4 və WebM üçün cüt tərəflər lazımdır</translation>
    </message>
    <message>
        <source>unknown view {name}: choose one of {known}</source>
        <translation>naməlum görünüş {name}: bunlardan birini seçin: {known}</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>the story has {count} sections: the handout prints the first {kept}</source>
        <translation>hekayədə {count} bölmə var: paylama materialında ilk {kept} bölmə çap olunur</translation>
    </message>
    <message>
        <source>Shortened for the handout: {cut} of {length} characters. The full text is in the story.</source>
        <translation>Paylama materialı üçün qısaldılıb: {length} simvoldan {cut}. Tam mətn hekayədədir.</translation>
    </message>
    <message>
        <source>section {id} is {length} characters long: its text is cut at {cut}</source>
        <translation>{id} bölməsi {length} simvoldur: mətni {cut} simvolda kəsilib</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Nəşr</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Dərc olunub</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Təşəkkür</translation>
    </message>
    <message>
        <source>Before: de facto control on {day}.</source>
        <translation>Əvvəl: {day} tarixinə faktiki nəzarət.</translation>
    </message>
    <message>
        <source>After: de facto control on {day}.</source>
        <translation>Sonra: {day} tarixinə faktiki nəzarət.</translation>
    </message>
    <message>
        <source>Territory under de facto control</source>
        <translation>Faktiki nəzarət altındakı ərazi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bölmə</translation>
    </message>
    <message>
        <source>Map shows</source>
        <translation>Xəritə göstərir</translation>
    </message>
    <message>
        <source>Map: de facto control on {day}.</source>
        <translation>Xəritə: {day} tarixinə faktiki nəzarət.</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>{first} tarixindən {last} tarixinədək</translation>
    </message>
    <message>
        <source>no sections</source>
        <translation>bölmə yoxdur</translation>
    </message>
    <message>
        <source>{count} section(s), {span}.</source>
        <translation>Bölmələr: {count}, {span}.</translation>
    </message>
    <message>
        <source>Each section&apos;s map shows de facto control on the day the section describes (for a war: before and after, side by side), framed on the places it is about, which are outlined. The timeline overview lists every section by date with the day of its map, under a chart of the territory each side held over time. Areas and lines are approximate; contested and claimed areas are hatched on the map. The brown dash-dot line is the boundary of the Nagorno-Karabakh Autonomous Oblast (NKAO), abolished by Azerbaijan on 26 Nov 1991: &quot;former NKAO&quot; from then on. The article&apos;s words are printed as the article says them; where a fact differs from its sources, a fact-check note says so and cites them.</source>
        <translation>Hər bölmənin xəritəsi bölmənin təsvir etdiyi gündə faktiki nəzarəti göstərir (müharibə üçün: əvvəl və sonra, yan-yana), bölmənin bəhs etdiyi yerlər çərçivəsində; həmin yerlərin konturu çəkilib. Zaman xəttinin icmalı bütün bölmələri tarixə görə, xəritəsinin günü ilə, hər tərəfin zamanla nəzarət etdiyi ərazinin diaqramı altında sadalayır. Ərazilər və xətlər təxminidir; mübahisəli və iddia edilən ərazilər xəritədə ştrixlənib. Qəhvəyi ştrix-nöqtə xətti Dağlıq Qarabağ Muxtar Vilayətinin (DQMV) sərhədidir; vilayət 26 noyabr 1991-ci ildə Azərbaycan tərəfindən ləğv edilib, o gündən «keçmiş DQMV». Məqalənin sözləri məqalədə deyildiyi kimi (ingilis dilində) çap olunub; faktın mənbələrdən fərqləndiyi yerdə fakt yoxlaması qeydi bunu bildirir və mənbələrə istinad edir.</translation>
    </message>
    <message>
        <source>Control data from {first} to {last}.</source>
        <translation>Nəzarət məlumatları: {first} – {last}.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Adsız hekayə</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>paylama materialı</translation>
    </message>
    <message>
        <source>The area under each side&apos;s de facto control, in square kilometres, stacked, from the same control data as the maps. Areas are approximate; the dashed line marks the last section&apos;s map day.</source>
        <translation>Hər tərəfin faktiki nəzarəti altındakı ərazi, kvadrat kilometrlə, üst-üstə yığılmış, xəritələrlə eyni nəzarət məlumatlarından. Ərazilər təxminidir; qırıq xətt son bölmənin xəritə gününü göstərir.</translation>
    </message>
    <message>
        <source>Timeline: {title}</source>
        <translation>Zaman xətti: {title}</translation>
    </message>
    <message>
        <source>Sources and credits</source>
        <translation>Mənbələr və təşəkkürlər</translation>
    </message>
    <message>
        <source>Map data and software</source>
        <translation>Xəritə məlumatları və proqram təminatı</translation>
    </message>
    <message>
        <source>Basemap provenance</source>
        <translation>Əsas xəritənin mənşəyi</translation>
    </message>
    <message>
        <source>Control data: sources for the maps in this handout</source>
        <translation>Nəzarət məlumatları: bu paylama materialındakı xəritələrin mənbələri</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Pale: held by the state it is recognised as part of. Hatched: contested or claimed. Areas and lines are approximate.</source>
        <translation>Solğun: ərazini tərkib hissəsi kimi tanındığı dövlət saxlayır. Ştrixli: mübahisəli və ya iddia edilən. Ərazilər və xətlər təxminidir.</translation>
    </message>
    <message>
        <source>Colour: de facto control on date B. Areas are approximate.</source>
        <translation>Rəng: B tarixinə faktiki nəzarət. Ərazilər təxminidir.</translation>
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
    <message>
        <source>Changed hands, {a} → {b}</source>
        <translation>Nəzarətin dəyişməsi, {a} → {b}</translation>
    </message>
    <message>
        <source>Did not change hands</source>
        <translation>Nəzarət dəyişməyib</translation>
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
    <name>overlays</name>
    <message>
        <source>Russian peacekeeping zone (2020 corridor)</source>
        <translation>Rusiya sülhməramlılarının zonası (2020-ci il dəhlizi)</translation>
    </message>
    <message>
        <source>Russian peacekeeping zone (2022 corridor)</source>
        <translation>Rusiya sülhməramlılarının zonası (2022-ci il dəhlizi)</translation>
    </message>
    <message>
        <source>Lachin corridor road (2022–23 blockade)</source>
        <translation>Laçın dəhlizi yolu (2022–23 blokadası)</translation>
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
    <message>
        <source>Read in the story ›</source>
        <translation>Hekayədə oxumaq ›</translation>
    </message>
    <message>
        <source>Also now, off this view</source>
        <translation>Həmçinin indi, bu görünüşdən kənarda</translation>
    </message>
    <message>
        <source>Your layers</source>
        <translation>Sizin laylarınız</translation>
    </message>
    <message>
        <source>control lines approximate</source>
        <translation>nəzarət xətləri təxminidir</translation>
    </message>
    <message>
        <source>Also now</source>
        <translation>Həmçinin indi</translation>
    </message>
</context>
<context>
    <name>popups</name>
    <message>
        <source>Armenian usage: {name}</source>
        <translation>Erməni adı: {name}</translation>
    </message>
    <message>
        <source>Azerbaijani usage: {name}</source>
        <translation>Azərbaycan adı: {name}</translation>
    </message>
    <message>
        <source>Other usage: {name}</source>
        <translation>Digər adı: {name}</translation>
    </message>
    <message>
        <source>no mapped conflict area</source>
        <translation>xəritədə münaqişə ərazisi yoxdur</translation>
    </message>
    <message>
        <source>Outside the mapped conflict areas: {where}.</source>
        <translation>Xəritələşdirilmiş münaqişə ərazilərindən kənarda: {where}.</translation>
    </message>
    <message>
        <source>De facto control on {day}: {controller}, held since {held}.</source>
        <translation>{day} tarixinə faktiki nəzarət: {controller}, {held} tarixindən.</translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation>{day} tarixindən {status}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>göstərilməyib</translation>
    </message>
    <message>
        <source>Source: {source} · confidence: {confidence}</source>
        <translation>Mənbə: {source} · etibarlılıq: {confidence}</translation>
    </message>
    <message>
        <source>The story has no section about this place.</source>
        <translation>Hekayədə bu yer haqqında bölmə yoxdur.</translation>
    </message>
    <message>
        <source>… and {count} more in the story panel</source>
        <translation>… və daha {count} hekayə panelində</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Hekayədə</translation>
    </message>
    <message>
        <source>confidence {confidence}</source>
        <translation>etibarlılıq: {confidence}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Mənbə: {source}</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>the mapped conflict zone: every control area (the former NKAO, the seven districts around it, Shahumyan and Getashen, the border strips and the exclaves); land outside it is not counted</source>
        <translation>xəritələşdirilmiş münaqişə zonası: bütün nəzarət əraziləri (keçmiş DQMV, onun ətrafındakı yeddi rayon, Şaumyan və Getaşen, sərhədyanı zolaqlar və anklavlar); ondan kənar torpaq hesablanmır</translation>
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
    <name>story</name>
    <message>
        <source>Photo credit:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Fact check:</source>
        <translation>Fakt yoxlaması:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Mənbə:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>göstərilməyib</translation>
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
