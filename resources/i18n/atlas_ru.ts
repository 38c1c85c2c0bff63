<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The language changes when Caucasus Atlas next starts.</source>
        <translation>Язык сменится при следующем запуске Caucasus Atlas.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Export &amp;image…</source>
        <translation>Экспорт &amp;изображения…</translation>
    </message>
    <message>
        <source>Export &amp;animation…</source>
        <translation>Экспорт &amp;анимации…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Fullscreen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <source>Allow &amp;online map tiles</source>
        <translation>Разрешить &amp;онлайн-подложку карты</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>Сбросить &amp;расположение</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Data &amp;problems…</source>
        <translation>&amp;Проблемы в данных…</translation>
    </message>
    <message>
        <source>&amp;About Caucasus Atlas</source>
        <translation>&amp;О программе Caucasus Atlas</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Current date</source>
        <translation>Текущая дата</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Пуск</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Пуск / пауза (Пробел)</translation>
    </message>
    <message>
        <source>Play speed: how far each step moves (10 steps a second)</source>
        <translation>Скорость: на сколько продвигается каждый шаг (10 шагов в секунду)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Start again from the beginning at the end</source>
        <translation>В конце начать сначала</translation>
    </message>
    <message>
        <source>◀◀ Section</source>
        <translation>◀◀ Раздел</translation>
    </message>
    <message>
        <source>Previous story section</source>
        <translation>Предыдущий раздел истории</translation>
    </message>
    <message>
        <source>◀ Change</source>
        <translation>◀ Смена</translation>
    </message>
    <message>
        <source>Previous control change (PageUp)</source>
        <translation>Предыдущая смена контроля (PageUp)</translation>
    </message>
    <message>
        <source>Change ▶</source>
        <translation>Смена ▶</translation>
    </message>
    <message>
        <source>Next control change (PageDown)</source>
        <translation>Следующая смена контроля (PageDown)</translation>
    </message>
    <message>
        <source>Section ▶▶</source>
        <translation>Раздел ▶▶</translation>
    </message>
    <message>
        <source>Next story section</source>
        <translation>Следующий раздел истории</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Перейти к:</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Пауза</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{label} (de facto control), held since {day}</source>
        <translation>{label} (фактический контроль), удерживается с {day}</translation>
    </message>
    <message>
        <source>area</source>
        <translation>участок</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>{status} since {day} (confidence {confidence})</source>
        <translation>{status} с {day} (достоверность: {confidence})</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
</context>
<context>
    <name>confidence</name>
    <message>
        <source>High</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>низкая</translation>
    </message>
</context>
<context>
    <name>controllers</name>
    <message>
        <source>De facto control</source>
        <translation>Фактический контроль</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <source>Nagorno-Karabakh Republic (Artsakh) / Armenian forces</source>
        <translation>Нагорно-Карабахская Республика (Арцах) / армянские силы</translation>
    </message>
    <message>
        <source>Russian peacekeepers (Lachin corridor)</source>
        <translation>Российские миротворцы (Лачинский коридор)</translation>
    </message>
    <message>
        <source>Russian peacekeepers</source>
        <translation>Российские миротворцы</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
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
        <translation>января</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>февраля</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>марта</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>апреля</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>июня</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>июля</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>августа</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>сентября</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>октября</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>ноября</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>декабря</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Pale: held by the state it is recognised as part of. Hatched: contested or claimed. Areas and lines are approximate.</source>
        <translation>Бледный цвет: под контролем государства, частью которого территория признана. Штриховка: оспаривается или заявлено. Участки и линии приблизительны.</translation>
    </message>
    <message>
        <source>Azerbaijan, on land recognised as Armenia&apos;s</source>
        <translation>Азербайджан, на земле, признанной территорией Армении</translation>
    </message>
    <message>
        <source>Armenia, on land recognised as Azerbaijan&apos;s</source>
        <translation>Армения, на земле, признанной территорией Азербайджана</translation>
    </message>
    <message>
        <source>Azerbaijan, on its own land where control is contested</source>
        <translation>Азербайджан, на своей земле, где контроль оспаривается</translation>
    </message>
    <message>
        <source>Armenia, on its own land where control is contested</source>
        <translation>Армения, на своей земле, где контроль оспаривается</translation>
    </message>
    <message>
        <source>Azerbaijan, on land recognised as Armenia&apos;s, or on its own land where control is contested</source>
        <translation>Азербайджан, на земле, признанной территорией Армении, или на своей земле, где контроль оспаривается</translation>
    </message>
    <message>
        <source>Armenia, on land recognised as Azerbaijan&apos;s, or on its own land where control is contested</source>
        <translation>Армения, на земле, признанной территорией Азербайджана, или на своей земле, где контроль оспаривается</translation>
    </message>
    <message>
        <source>{name} (its recognised territory)</source>
        <translation>{name} (признанная территория)</translation>
    </message>
</context>
<context>
    <name>lines</name>
    <message>
        <source>Line of contact / ceasefire line (approximate)</source>
        <translation>Линия соприкосновения / линия прекращения огня (приблизительно)</translation>
    </message>
    <message>
        <source>Lachin corridor route (approximate)</source>
        <translation>Маршрут Лачинского коридора (приблизительно)</translation>
    </message>
    <message>
        <source>Russian peacekeeping zone (not a controller)</source>
        <translation>Зона российских миротворцев (не сторона контроля)</translation>
    </message>
    <message>
        <source>Lachin corridor blockade</source>
        <translation>Блокада Лачинского коридора</translation>
    </message>
    <message>
        <source>NKAO boundary (autonomous oblast, 1923–1991)</source>
        <translation>Граница НКАО (автономная область, 1923–1991)</translation>
    </message>
    <message>
        <source>Former NKAO boundary (abolished 26 Nov 1991)</source>
        <translation>Граница бывшей НКАО (упразднена 26 ноября 1991)</translation>
    </message>
    <message>
        <source>Disputed border segment</source>
        <translation>Спорный участок границы</translation>
    </message>
</context>
<context>
    <name>map_labels</name>
    <message>
        <source>RUSSIA</source>
        <translation>РОССИЯ</translation>
    </message>
    <message>
        <source>UKRAINE</source>
        <translation>УКРАИНА</translation>
    </message>
    <message>
        <source>TÜRKIYE</source>
        <translation>ТУРЦИЯ</translation>
    </message>
    <message>
        <source>IRAN</source>
        <translation>ИРАН</translation>
    </message>
    <message>
        <source>KAZAKHSTAN</source>
        <translation>КАЗАХСТАН</translation>
    </message>
    <message>
        <source>Black Sea</source>
        <translation>Чёрное море</translation>
    </message>
    <message>
        <source>Caspian Sea</source>
        <translation>Каспийское море</translation>
    </message>
    <message>
        <source>ARMENIA</source>
        <translation>АРМЕНИЯ</translation>
    </message>
    <message>
        <source>AZERBAIJAN</source>
        <translation>АЗЕРБАЙДЖАН</translation>
    </message>
    <message>
        <source>GEORGIA</source>
        <translation>ГРУЗИЯ</translation>
    </message>
    <message>
        <source>Lake Sevan</source>
        <translation>Озеро Севан</translation>
    </message>
    <message>
        <source>Mingachevir Reservoir</source>
        <translation>Мингечаурское водохранилище</translation>
    </message>
</context>
<context>
    <name>month</name>
    <message>
        <source>Jan</source>
        <translation>январь</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>февраль</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>март</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>апрель</translation>
    </message>
    <message>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>июнь</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>июль</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>август</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>сентябрь</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>октябрь</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>ноябрь</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>декабрь</translation>
    </message>
</context>
<context>
    <name>nkao</name>
    <message>
        <source>NKAO</source>
        <translation>НКАО</translation>
    </message>
    <message>
        <source>former NKAO</source>
        <translation>бывшая НКАО</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Place names</source>
        <translation>Названия мест</translation>
    </message>
    <message>
        <source>Relief (hillshade)</source>
        <translation>Рельеф (отмывка)</translation>
    </message>
    <message>
        <source>De facto control</source>
        <translation>Фактический контроль</translation>
    </message>
    <message>
        <source>Front lines and corridors (approximate)</source>
        <translation>Линии фронта и коридоры (приблизительно)</translation>
    </message>
    <message>
        <source>NKAO boundary (former NKAO from 26 Nov 1991)</source>
        <translation>Граница НКАО (бывшей НКАО с 26 ноября 1991)</translation>
    </message>
    <message>
        <source>Peacekeeping zone and blockade</source>
        <translation>Зона миротворцев и блокада</translation>
    </message>
    <message>
        <source>Events of the chronology</source>
        <translation>События хронологии</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Тур</translation>
    </message>
</context>
<context>
    <name>statuses</name>
    <message>
        <source>Stable</source>
        <translation>Стабильно</translation>
    </message>
    <message>
        <source>held without active fighting</source>
        <translation>удерживается без активных боёв</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Оспаривается</translation>
    </message>
    <message>
        <source>front line or active fighting: the controller shown is the last holder</source>
        <translation>линия фронта или активные бои: показан последний, кто удерживал</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <source>one side&apos;s claim, disputed by the other (e.g. positions inside Armenia as Armenia reports them)</source>
        <translation>заявление одной стороны, оспариваемое другой (например, позиции на территории Армении по данным Армении)</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Story</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>control change</source>
        <translation>смена контроля</translation>
    </message>
    <message>
        <source>story section</source>
        <translation>раздел истории</translation>
    </message>
    <message>
        <source>military</source>
        <translation>военные действия</translation>
    </message>
    <message>
        <source>violence</source>
        <translation>насилие</translation>
    </message>
    <message>
        <source>ceasefire</source>
        <translation>прекращение огня</translation>
    </message>
    <message>
        <source>diplomacy</source>
        <translation>дипломатия</translation>
    </message>
    <message>
        <source>political</source>
        <translation>политика</translation>
    </message>
    <message>
        <source>blockade</source>
        <translation>блокада</translation>
    </message>
    <message>
        <source>exodus</source>
        <translation>исход населения</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>передача</translation>
    </message>
</context>
<context>
    <name>views</name>
    <message>
        <source>Nagorno-Karabakh and the surrounding districts</source>
        <translation>Нагорный Карабах и прилегающие районы</translation>
    </message>
    <message>
        <source>Armenia, Azerbaijan and Georgia</source>
        <translation>Армения, Азербайджан и Грузия</translation>
    </message>
    <message>
        <source>The wider region: Moscow, Kyiv, Ankara, Tehran</source>
        <translation>Весь регион: Москва, Киев, Анкара, Тегеран</translation>
    </message>
</context>
</TS>
