<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ChartPanel</name>
    <message>
        <source>Since 1988</source>
        <translation>С 1988 года</translation>
    </message>
    <message>
        <source>Show only the years since 1988, where every change is</source>
        <translation>Показать только годы с 1988-го, где происходят все изменения</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Export &amp;handout…</source>
        <translation>Экспорт &amp;раздаточного материала…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Показ</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <source>&amp;Reset text size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <source>Map description</source>
        <translation>Описание карты</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Area</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <source>Held since</source>
        <translation>Удерживается с</translation>
    </message>
    <message>
        <source>Date A</source>
        <translation>Дата A</translation>
    </message>
    <message>
        <source>Date B</source>
        <translation>Дата B</translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation>Поменять A и B</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <source>Colour the areas that changed hands by their controller on date B; mute the rest</source>
        <translation>Окрасить участки, сменившие контроль, цветом контролирующей стороны на дату B; остальные приглушить</translation>
    </message>
    <message>
        <source>De facto control; areas approximate. Compares the two dates only.</source>
        <translation>Фактический контроль; участки приблизительны. Сравниваются только две даты.</translation>
    </message>
    <message>
        <source>From an event…</source>
        <translation>По событию…</translation>
    </message>
    <message>
        <source>Map date</source>
        <translation>Дата карты</translation>
    </message>
    <message>
        <source>Use the date the map shows now</source>
        <translation>Взять дату, которую сейчас показывает карта</translation>
    </message>
    <message>
        <source>No control data loaded.</source>
        <translation>Данные о контроле не загружены.</translation>
    </message>
    <message>
        <source>Total (areas: {count})</source>
        <translation>Итого (участков: {count})</translation>
    </message>
    <message>
        <source>No area changed hands between {a} and {b}.</source>
        <translation>С {a} по {b} ни один участок не сменил контроль.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Areas that changed hands: {count}&lt;/b&gt;, between {a} and {b}.</source>
        <translation>&lt;b&gt;Участков, сменивших контроль: {count}&lt;/b&gt;, с {a} по {b}.</translation>
    </message>
    <message>
        <source>Net: {parts}</source>
        <translation>Итог: {parts}</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Territory chart</source>
        <translation>Диаграмма территорий</translation>
    </message>
    <message>
        <source>Compare two dates…</source>
        <translation>Сравнить две даты…</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Экспорт &amp;диаграммы…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to {path}</source>
        <translation>Диаграмма сохранена: {path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>Экспорт данных</translation>
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
        <translation>CSV (электронная таблица)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Экспорт невозможен</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>&amp;Добавить слой…</translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation>Экспорт &amp;данных…</translation>
    </message>
</context>
<context>
    <name>ExportFilmDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Экспорт анимации</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Каждый месяц</translation>
    </message>
    <message>
        <source>Each control change</source>
        <translation>Каждая смена контроля</translation>
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation>1280 × 720 (HD)</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD slides)</source>
        <translation>1920 × 1080 (слайды Full HD)</translation>
    </message>
    <message>
        <source>800 × 450 (GIF for the web)</source>
        <translation>800 × 450 (GIF для веба)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4);;WebM video (*.webm);;GIF animation (*.gif)</source>
        <translation>Видео MP4 (*.mp4);;Видео WebM (*.webm);;Анимация GIF (*.gif)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> кадров</translation>
    </message>
    <message>
        <source>Frames each control change is held</source>
        <translation>Сколько кадров держится каждая смена контроля</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> кадров/с</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Частота кадров</translation>
    </message>
    <message>
        <source>Film size</source>
        <translation>Размер фильма</translation>
    </message>
    <message>
        <source>A title card as each story section begins</source>
        <translation>Титульный кадр в начале каждого раздела истории</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Файл для сохранения</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Шаг:</translation>
    </message>
    <message>
        <source>&amp;Hold changes:</source>
        <translation>&amp;Задержка на сменах:</translation>
    </message>
    <message>
        <source>Frame &amp;rate:</source>
        <translation>&amp;Частота кадров:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>no control data to film</source>
        <translation>нет данных о контроле для фильма</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>папки {folder} не существует</translation>
    </message>
    <message>
        <source>{frames} frames, {seconds} s</source>
        <translation>кадров: {frames}, {seconds} с</translation>
    </message>
    <message>
        <source>Rendering {frames} frames…</source>
        <translation>Отрисовка кадров: {frames}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Animation cancelled: nothing was written.</source>
        <translation>Анимация отменена: ничего не записано.</translation>
    </message>
    <message>
        <source>The film was not saved: {error}</source>
        <translation>Фильм не сохранён: {error}</translation>
    </message>
    <message>
        <source>Film saved: {path} ({frames} frames, {seconds} s)</source>
        <translation>Фильм сохранён: {path} (кадров: {frames}, {seconds} с)</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>1920 × 1080 (Full HD slides)</source>
        <translation>1920 × 1080 (слайды Full HD)</translation>
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation>1280 × 720 (HD)</translation>
    </message>
    <message>
        <source>2560 × 1440 (QHD, the largest)</source>
        <translation>2560 × 1440 (QHD, наибольший)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Размер изображения</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Ширина в пикселях</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Высота в пикселях</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>File to save</source>
        <translation>Файл для сохранения</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Размер:</translation>
    </message>
    <message>
        <source>Custom size:</source>
        <translation>Свой размер:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>The image was not saved: {error}</source>
        <translation>Изображение не сохранено: {error}</translation>
    </message>
    <message>
        <source>Rendering the map at {width} × {height}…</source>
        <translation>Отрисовка карты {width} × {height}…</translation>
    </message>
    <message>
        <source>Image saved</source>
        <translation>Изображение сохранено</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Export handout</source>
        <translation>Экспорт раздаточного материала</translation>
    </message>
    <message>
        <source>The handout was not saved: {error}</source>
        <translation>Раздаточный материал не сохранён: {error}</translation>
    </message>
    <message>
        <source>The story has no sections to print.</source>
        <translation>В истории нет разделов для печати.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rendering the maps…</source>
        <translation>Отрисовка карт…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Map {n} of {total}: {what}</source>
        <translation>Карта {n} из {total}: {what}</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <source>Handout saved</source>
        <translation>Раздаточный материал сохранён</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Caucasus Atlas&lt;/h2&gt;&lt;p&gt;An offline atlas of the South Caucasus conflict, 1923 to today: who held each area on each date, with sources and confidence, and a news article tied to the places and dates it covers.&lt;/p&gt;&lt;p&gt;Lines and areas are approximate. Contested facts are shown as contested, with both claims.&lt;/p&gt;&lt;h3&gt;Data credits&lt;/h3&gt;</source>
        <translation>&lt;h2&gt;Caucasus Atlas&lt;/h2&gt;&lt;p&gt;Офлайн-атлас конфликта на Южном Кавказе с 1923 года до наших дней: кто контролировал каждый участок на каждую дату, с источниками и степенью достоверности, и новостная статья, привязанная к местам и датам, о которых она рассказывает.&lt;/p&gt;&lt;p&gt;Линии и участки приблизительны. Оспариваемые факты показаны как оспариваемые, с утверждениями обеих сторон.&lt;/p&gt;&lt;h3&gt;Источники данных&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>Problems in the data: {count} — see Help → Data problems</source>
        <translation>Проблем в данных: {count} — см. Справка → Проблемы в данных</translation>
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
    <message>
        <source>Online tiles allowed: switch them on in the map&apos;s layer control.</source>
        <translation>Онлайн-подложка разрешена: включите её в списке слоёв карты.</translation>
    </message>
    <message>
        <source>Offline: no request leaves this computer.</source>
        <translation>Офлайн: ни один запрос не покидает этот компьютер.</translation>
    </message>
    <message>
        <source>About Caucasus Atlas</source>
        <translation>О программе Caucasus Atlas</translation>
    </message>
    <message>
        <source>No problems found in the data.</source>
        <translation>В данных проблем не найдено.</translation>
    </message>
    <message>
        <source>Data problems</source>
        <translation>Проблемы в данных</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

The app goes on; the details are in its log.</source>
        <translation>Что-то пошло не так: {error}

Программа продолжает работу; подробности в её журнале.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>The map page could not be loaded.</source>
        <translation>Не удалось загрузить страницу карты.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>next step (a clicker&apos;s forward button)</source>
        <translation>следующий шаг (кнопка «вперёд» пульта)</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>предыдущий шаг</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>первый шаг</translation>
    </message>
    <message>
        <source>last step</source>
        <translation>последний шаг</translation>
    </message>
    <message>
        <source>black out the screen, or bring the map back</source>
        <translation>затемнить экран или вернуть карту</translation>
    </message>
    <message>
        <source>auto-advance every {seconds} s on / off</source>
        <translation>автопереход каждые {seconds} с вкл. / выкл.</translation>
    </message>
    <message>
        <source>leave presentation mode</source>
        <translation>выйти из режима показа</translation>
    </message>
    <message>
        <source>Screen blacked out: press B to show the map</source>
        <translation>Экран затемнён: нажмите B, чтобы показать карту</translation>
    </message>
    <message>
        <source> · map {phase}</source>
        <translation> · карта {phase}</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} из {total}</translation>
    </message>
    <message>
        <source>Before: {day}</source>
        <translation>До: {day}</translation>
    </message>
    <message>
        <source>After: {day}</source>
        <translation>После: {day}</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fact check:&lt;/b&gt; {text} &lt;i&gt;(source: {source})&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Проверка фактов:&lt;/b&gt; {text} &lt;i&gt;(источник: {source})&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Credit: {credit}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Источник: {credit}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No notes for this section.&lt;/p&gt;</source>
        <translation>&lt;p&gt;К этому разделу заметок нет.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <source>Blackout (B)</source>
        <translation>Затемнить (B)</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Стоп (Esc)</translation>
    </message>
    <message>
        <source>Caucasus Atlas — presenter view</source>
        <translation>Caucasus Atlas — экран докладчика</translation>
    </message>
    <message>
        <source>Notes for the current step</source>
        <translation>Заметки к текущему шагу</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Прошедшее время</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Шаг {n} из {total}</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Далее: {step}</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Далее: конец</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems in this story file: {count}</source>
        <translation>Проблем в файле истории: {count}</translation>
    </message>
</context>
<context>
    <name>SavedBox</name>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>{what} to:
{path}</source>
        <translation>{what}:
{path}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <source>Show this section: move the timeline and the map to it</source>
        <translation>Показать этот раздел: перенести к нему шкалу времени и карту</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source>In the &quot;Go to&quot; date field, Left/Right/Home/End/Space edit the text, PageUp/PageDown still step; Enter goes to the date, Escape leaves the field.</source>
        <translation>В поле даты «Перейти к» клавиши Left/Right/Home/End/Space редактируют текст, PageUp/PageDown по-прежнему переходят по шагам; Enter переходит к дате, Escape покидает поле.</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Timeline (anywhere in the window)</source>
        <translation>Шкала времени (в любом месте окна)</translation>
    </message>
    <message>
        <source>Presenting (View → Present)</source>
        <translation>Показ (Вид → Показ)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>Map at date A</source>
        <translation>Карта на дату A</translation>
    </message>
    <message>
        <source>Side by side: date A | date B</source>
        <translation>Рядом: дата A | дата B</translation>
    </message>
</context>
<context>
    <name>StoryController</name>
    <message>
        <source>Cannot open the story {path}: there is no such file. The current story stays.</source>
        <translation>Не удалось открыть историю {path}: такого файла нет. Текущая история остаётся.</translation>
    </message>
    <message>
        <source>Cannot open the story {path}: {reason}. The current story stays.</source>
        <translation>Не удалось открыть историю {path}: {reason}. Текущая история остаётся.</translation>
    </message>
    <message>
        <source>Opened {name}. Sections loaded: {count}; problems: {problems} — see the list under the story.</source>
        <translation>Открыт {name}. Загружено разделов: {count}; проблем: {problems} — см. список под историей.</translation>
    </message>
    <message>
        <source>Opened {name}. Sections: {count}.</source>
        <translation>Открыт {name}. Разделов: {count}.</translation>
    </message>
    <message>
        <source>Open &amp;story…</source>
        <translation>Открыть &amp;историю…</translation>
    </message>
    <message>
        <source>Open story</source>
        <translation>Открыть историю</translation>
    </message>
    <message>
        <source>Stories (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Истории (*.md *.markdown *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Recent stories</source>
        <translation>&amp;Недавние истории</translation>
    </message>
    <message>
        <source>Story &amp;pop-ups</source>
        <translation>&amp;Выноски истории</translation>
    </message>
</context>
<context>
    <name>StoryPanel</name>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Click a section to read it here.</source>
        <translation>Нажмите на раздел, чтобы прочитать его здесь.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>История без названия</translation>
    </message>
    <message>
        <source>This story has no sections to show.</source>
        <translation>В этой истории нет разделов для показа.</translation>
    </message>
</context>
<context>
    <name>TerritoryChart</name>
    <message>
        <source>Territory under de facto control</source>
        <translation>Территория под фактическим контролем</translation>
    </message>
    <message>
        <source>km² (approximate)</source>
        <translation>км² (приблизительно)</translation>
    </message>
    <message>
        <source>Caucasus Atlas, cursor at {day}</source>
        <translation>Caucasus Atlas, курсор на {day}</translation>
    </message>
</context>
<context>
    <name>ThemeManager</name>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Обычная</translation>
    </message>
    <message>
        <source>&amp;High contrast (projectors)</source>
        <translation>&amp;Высокий контраст (проекторы)</translation>
    </message>
    <message>
        <source>&amp;Colour-blind safe</source>
        <translation>&amp;Для дальтоников</translation>
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
        <source>Type a date (YYYY-MM-DD, YYYY-MM or YYYY) and press Enter</source>
        <translation>Введите дату (ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ) и нажмите Enter</translation>
    </message>
    <message>
        <source>1 day / step</source>
        <translation>1 день за шаг</translation>
    </message>
    <message>
        <source>1 week / step</source>
        <translation>1 неделя за шаг</translation>
    </message>
    <message>
        <source>1 month / step</source>
        <translation>1 месяц за шаг</translation>
    </message>
    <message>
        <source>3 months / step</source>
        <translation>3 месяца за шаг</translation>
    </message>
    <message>
        <source>1 year / step</source>
        <translation>1 год за шаг</translation>
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
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
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
        <source>a day back</source>
        <translation>на день назад</translation>
    </message>
    <message>
        <source>a day forward</source>
        <translation>на день вперёд</translation>
    </message>
    <message>
        <source>a month back</source>
        <translation>на месяц назад</translation>
    </message>
    <message>
        <source>a month forward</source>
        <translation>на месяц вперёд</translation>
    </message>
    <message>
        <source>a year back</source>
        <translation>на год назад</translation>
    </message>
    <message>
        <source>a year forward</source>
        <translation>на год вперёд</translation>
    </message>
    <message>
        <source>previous control change</source>
        <translation>предыдущая смена контроля</translation>
    </message>
    <message>
        <source>next control change</source>
        <translation>следующая смена контроля</translation>
    </message>
    <message>
        <source>first date</source>
        <translation>первая дата</translation>
    </message>
    <message>
        <source>last date</source>
        <translation>последняя дата</translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation>пуск / пауза</translation>
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
    <name>TimelineStrip</name>
    <message>
        <source>Timeline: click or drag to choose a date</source>
        <translation>Шкала времени: нажмите или потяните, чтобы выбрать дату</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
</context>
<context>
    <name>TourStep</name>
    <message>
        <source>Map: {day}</source>
        <translation>Карта: {day}</translation>
    </message>
    <message>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <source>after</source>
        <translation>после</translation>
    </message>
</context>
<context>
    <name>UserLayers</name>
    <message>
        <source>Map layers (*.geojson *.json *.kml *.gpx);;GeoJSON (*.geojson *.json);;KML (*.kml);;GPX (*.gpx)</source>
        <translation>Слои карты (*.geojson *.json *.kml *.gpx);;GeoJSON (*.geojson *.json);;KML (*.kml);;GPX (*.gpx)</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Слои</translation>
    </message>
    <message>
        <source>Cannot add the layer</source>
        <translation>Не удалось добавить слой</translation>
    </message>
    <message>
        <source>{path}: this layer is already on the map</source>
        <translation>{path}: этот слой уже на карте</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}: не удаётся прочитать ({error})</translation>
    </message>
    <message>
        <source>Layer dropped: {layers}</source>
        <translation>Слой убран: {layers}</translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation>Добавить слой</translation>
    </message>
    <message>
        <source>Added layer {name}</source>
        <translation>Добавлен слой {name}</translation>
    </message>
    <message>
        <source>No layers added</source>
        <translation>Слои не добавлены</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Убрать {name}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: ошибка: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>обязательны аргументы: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>неизвестные аргументы: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается одно значение</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый выбор: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>the de facto controller of a point on a date</source>
        <translation>фактический контроль над точкой на дату</translation>
    </message>
    <message>
        <source>the day, YYYY-MM-DD</source>
        <translation>день, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>latitude (degrees north)</source>
        <translation>широта (градусы северной широты)</translation>
    </message>
    <message>
        <source>longitude (degrees east)</source>
        <translation>долгота (градусы восточной долготы)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>вывести один объект JSON</translation>
    </message>
    <message>
        <source>{lat}, {lon} is not a point on Earth</source>
        <translation>{lat}, {lon} — не точка на Земле</translation>
    </message>
    <message>
        <source>{lat}, {lon} is at sea or off the map: no controller</source>
        <translation>{lat}, {lon} — в море или за пределами карты: никто не контролирует</translation>
    </message>
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
    <message>
        <source>An offline atlas of the South Caucasus conflict, 1923 to today.</source>
        <translation>Офлайн-атлас конфликта на Южном Кавказе, с 1923 года до наших дней.</translation>
    </message>
    <message>
        <source>log details to stderr, Qt&apos;s and Chromium&apos;s included</source>
        <translation>подробный журнал в stderr, включая сообщения Qt и Chromium</translation>
    </message>
    <message>
        <source>the interface language: en, ru, hy or az (default: the system&apos;s, or View → Language)</source>
        <translation>язык интерфейса: en, ru, hy или az (по умолчанию — системный или выбранный в Вид → Язык)</translation>
    </message>
    <message>
        <source>open at this date (YYYY-MM-DD)</source>
        <translation>открыть на эту дату (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>open at this view: karabakh, caucasus or region</source>
        <translation>открыть в этом виде: karabakh, caucasus или region</translation>
    </message>
    <message>
        <source>open this story file instead of the default article</source>
        <translation>открыть этот файл истории вместо статьи по умолчанию</translation>
    </message>
    <message>
        <source>the system library {library} is missing: install the libraries listed in the README, section &apos;On Linux: system libraries&apos;</source>
        <translation>нет системной библиотеки {library}: установите библиотеки, перечисленные в README, раздел &apos;On Linux: system libraries&apos;</translation>
    </message>
    <message>
        <source>internal error: {error} (run with --debug for details)</source>
        <translation>внутренняя ошибка: {error} (подробности: запустите с --debug)</translation>
    </message>
    <message>
        <source>{day} is outside the data&apos;s range ({first} to {last})</source>
        <translation>{day} вне диапазона данных (с {first} по {last})</translation>
    </message>
    <message>
        <source>the areas that changed hands between two dates</source>
        <translation>участки, перешедшие под другой контроль между двумя датами</translation>
    </message>
    <message>
        <source>date A, YYYY-MM-DD</source>
        <translation>дата A, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>date B, YYYY-MM-DD</source>
        <translation>дата B, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>print a JSON list of changes</source>
        <translation>вывести список изменений в JSON</translation>
    </message>
    <message>
        <source>Changed hands between {a} and {b} (de facto control)</source>
        <translation>Перешли под другой контроль между {a} и {b} (фактический контроль)</translation>
    </message>
    <message>
        <source>held since {day}</source>
        <translation>удерживается с {day}</translation>
    </message>
    <message>
        <source>no area changed hands</source>
        <translation>ни один участок не перешёл под другой контроль</translation>
    </message>
    <message>
        <source>net</source>
        <translation>итог</translation>
    </message>
    <message>
        <source>export control periods, events and story places (KML, GeoJSON, GeoPackage, CSV)</source>
        <translation>экспорт периодов контроля, событий и мест истории (KML, GeoJSON, GeoPackage, CSV)</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>одно из: {choices}</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>файл для записи</translation>
    </message>
    <message>
        <source>keep what overlaps from this day on</source>
        <translation>оставить то, что пересекается с периодом начиная с этого дня</translation>
    </message>
    <message>
        <source>keep what overlaps up to this day</source>
        <translation>оставить то, что пересекается с периодом до этого дня</translation>
    </message>
    <message>
        <source>story file (default: the article)</source>
        <translation>файл истории (по умолчанию — статья)</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} — не одно из: {choices}</translation>
    </message>
    <message>
        <source>the date window ends ({end}) before it starts ({start})</source>
        <translation>окно дат заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <source>loading the control data and the story</source>
        <translation>загрузка данных о контроле и истории</translation>
    </message>
    <message>
        <source>writing {format} to {path}</source>
        <translation>запись {format} в {path}</translation>
    </message>
    <message>
        <source>km² held by each controller on a date</source>
        <translation>км² под контролем каждой стороны на дату</translation>
    </message>
    <message>
        <source>held</source>
        <translation>удерживается</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>оспаривается</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>заявлено</translation>
    </message>
    <message>
        <source>print totals by status as JSON</source>
        <translation>вывести итоги по статусам в JSON</translation>
    </message>
    <message>
        <source>counted: {territory}</source>
        <translation>учтено: {territory}</translation>
    </message>
    <message>
        <source>(de facto control, approximate areas: {parts})</source>
        <translation>(фактический контроль, площади приблизительные: {parts})</translation>
    </message>
    <message>
        <source>total</source>
        <translation>всего</translation>
    </message>
    <message>
        <source>list the story&apos;s sections, by date and place</source>
        <translation>разделы истории по дате и месту</translation>
    </message>
    <message>
        <source>sections current on this day</source>
        <translation>разделы, относящиеся к этому дню</translation>
    </message>
    <message>
        <source>sections naming this place id (or area:&lt;id&gt;)</source>
        <translation>разделы, называющие это место по id (или area:&lt;id&gt;)</translation>
    </message>
    <message>
        <source>print JSON instead of lines</source>
        <translation>выводить JSON вместо строк</translation>
    </message>
    <message>
        <source>unknown place id {place}</source>
        <translation>неизвестный id места {place}</translation>
    </message>
    <message>
        <source>check control data and story files (FILE:LINE: message)</source>
        <translation>проверить данные о контроле и файлы историй (FILE:LINE: сообщение)</translation>
    </message>
    <message>
        <source>files (default: shipped data)</source>
        <translation>файлы (по умолчанию — поставляемые данные)</translation>
    </message>
    <message>
        <source>ok: {files}</source>
        <translation>ошибок нет: {files}</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>нет файла {path}</translation>
    </message>
    <message>
        <source>render the timeline as a film: MP4, WebM or GIF (no window)</source>
        <translation>снять шкалу времени как фильм: MP4, WebM или GIF (без окна)</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>первый день (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>последний день (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>1d, 1w, 1m, or change (one frame per control change)</source>
        <translation>1d, 1w, 1m или change (кадр на каждое изменение контроля)</translation>
    </message>
    <message>
        <source>frames each control change is held for (default 1)</source>
        <translation>сколько кадров держится каждое изменение контроля (по умолчанию 1)</translation>
    </message>
    <message>
        <source>frames per second (1 to 60, default 12)</source>
        <translation>кадров в секунду (от 1 до 60, по умолчанию 12)</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT in pixels</source>
        <translation>ШИРИНАxВЫСОТА в пикселях</translation>
    </message>
    <message>
        <source>karabakh, caucasus or region</source>
        <translation>karabakh, caucasus или region</translation>
    </message>
    <message>
        <source>story for the call-outs (default: the shipped article)</source>
        <translation>история для выносок (по умолчанию — поставляемая статья)</translation>
    </message>
    <message>
        <source>a title card as each story section begins</source>
        <translation>титульный кадр в начале каждого раздела истории</translation>
    </message>
    <message>
        <source>default or high-contrast</source>
        <translation>default или high-contrast</translation>
    </message>
    <message>
        <source>the film: .mp4, .webm or .gif</source>
        <translation>фильм: .mp4, .webm или .gif</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} — не целое число</translation>
    </message>
    <message>
        <source>{value} must be between {low} and {high}</source>
        <translation>{value} должно быть от {low} до {high}</translation>
    </message>
    <message>
        <source>{done}/{total} frames</source>
        <translation>{done}/{total} кадров</translation>
    </message>
    <message>
        <source>{path} must end in .mp4, .webm or .gif</source>
        <translation>{path} должен оканчиваться на .mp4, .webm или .gif</translation>
    </message>
    <message>
        <source>no control data to film</source>
        <translation>нет данных о контроле для фильма</translation>
    </message>
    <message>
        <source>({frames} frames, {seconds} s)</source>
        <translation>({frames} кадров, {seconds} с)</translation>
    </message>
    <message>
        <source>write the story as an A4 PDF handout: a cover, a timeline, each section with its map</source>
        <translation>раздаточный материал A4 в PDF: обложка, шкала времени, каждый раздел со своей картой</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>PDF-файл для записи</translation>
    </message>
    <message>
        <source>story file (default: the shipped article)</source>
        <translation>файл истории (по умолчанию — поставляемая статья)</translation>
    </message>
    <message>
        <source>the story</source>
        <translation>история</translation>
    </message>
    <message>
        <source>{story}: no valid sections to print</source>
        <translation>{story}: нет корректных разделов для печати</translation>
    </message>
    <message>
        <source>writing the PDF</source>
        <translation>запись PDF</translation>
    </message>
    <message>
        <source>map {n} of {total}: {what}</source>
        <translation>карта {n} из {total}: {what}</translation>
    </message>
    <message>
        <source>laying out the pages</source>
        <translation>вёрстка страниц</translation>
    </message>
    <message>
        <source>render the map at a date to a PNG file (no window)</source>
        <translation>нарисовать карту на дату в PNG-файл (без окна)</translation>
    </message>
    <message>
        <source>the date to show (YYYY-MM-DD)</source>
        <translation>показываемая дата (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the PNG file to write</source>
        <translation>PNG-файл для записи</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT in pixels, 200 to 2560 a side</source>
        <translation>ШИРИНАxВЫСОТА в пикселях, от 200 до 2560 по стороне</translation>
    </message>
    <message>
        <source>area colours: default, or high-contrast for washed-out projectors</source>
        <translation>цвета участков: default или high-contrast для блёклых проекторов</translation>
    </message>
    <message>
        <source>{value} is not WIDTHxHEIGHT, e.g. {example}</source>
        <translation>{value} — не ШИРИНАxВЫСОТА, например {example}</translation>
    </message>
    <message>
        <source>width and height must be between {low} and {high} pixels</source>
        <translation>ширина и высота должны быть от {low} до {high} пикселей</translation>
    </message>
    <message>
        <source>{count} control periods</source>
        <translation>периодов контроля: {count}</translation>
    </message>
    <message>
        <source>{count} nkao boundary</source>
        <translation>граница НКАО: {count}</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>событий: {count}</translation>
    </message>
    <message>
        <source>{count} story places</source>
        <translation>мест истории: {count}</translation>
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
    <name>describe</name>
    <message>
        <source>The {name} is deployed.</source>
        <translation>{name}: действует.</translation>
    </message>
    <message>
        <source>The {name} is withdrawing.</source>
        <translation>{name}: идёт вывод.</translation>
    </message>
    <message>
        <source>The {name} has restricted passage.</source>
        <translation>{name}: проезд ограничен.</translation>
    </message>
    <message>
        <source>The {name} has a checkpoint.</source>
        <translation>{name}: действует контрольно-пропускной пункт.</translation>
    </message>
    <message>
        <source>The {name} is closed.</source>
        <translation>{name}: движение закрыто.</translation>
    </message>
    <message>
        <source>The {name} is partly open.</source>
        <translation>{name}: движение частично открыто.</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} и {last}</translation>
    </message>
    <message>
        <source>{controller} holds de facto control of {km2} ({share}): {areas}.</source>
        <translation>{controller} — фактический контроль над {km2} ({share}): {areas}.</translation>
    </message>
    <message>
        <source>{count} smaller areas</source>
        <translation>ещё меньших участков: {count}</translation>
    </message>
    <message>
        <source>under 1%</source>
        <translation>менее 1%</translation>
    </message>
    <message>
        <source>{count} more areas</source>
        <translation>ещё участков: {count}</translation>
    </message>
    <message>
        <source>On {day}: no control data is loaded.</source>
        <translation>{day}: данные о контроле не загружены.</translation>
    </message>
    <message>
        <source>On {day}, of the {km2} of the mapped conflict zone:</source>
        <translation>На {day} из {km2} картографированной зоны конфликта:</translation>
    </message>
    <message>
        <source>Areas and lines are approximate.</source>
        <translation>Участки и линии приблизительны.</translation>
    </message>
    <message>
        <source>{area}: {controller}, held since {day}</source>
        <translation>{area}: {controller}, удерживается с {day}</translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation>{status} с {day}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>the file name must end in {suffix}</source>
        <translation>имя файла должно оканчиваться на {suffix}</translation>
    </message>
    <message>
        <source>the file name is too long ({size} bytes; at most {most})</source>
        <translation>слишком длинное имя файла ({size} байт; не более {most})</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>it is not a regular file (a device or a pipe)</source>
        <translation>это не обычный файл (устройство или канал)</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>папки {folder} не существует</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>файл только для чтения</translation>
    </message>
    <message>
        <source>the folder {folder} takes no new file ({error})</source>
        <translation>в папке {folder} нельзя создать файл ({error})</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>ничего не записано</translation>
    </message>
    <message>
        <source>cannot write {path}: </source>
        <translation>не удаётся записать {path}: </translation>
    </message>
    <message>
        <source>{text} is not a full date: write it as YYYY-MM-DD</source>
        <translation>{text} — не полная дата: пишите YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{text} is not a date: use YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>{text} — не дата: используйте YYYY-MM-DD, YYYY-MM или YYYY</translation>
    </message>
    <message>
        <source>{text} is out of range: years go up to {year}</source>
        <translation>{text} вне диапазона: годы — не позже {year}</translation>
    </message>
    <message>
        <source>{text} is not a valid date ({reason})</source>
        <translation>{text} — недопустимая дата ({reason})</translation>
    </message>
    <message>
        <source>{hold} must be 1 or more (frames a change is held)</source>
        <translation>{hold} должно быть не меньше 1 (столько кадров держится изменение)</translation>
    </message>
    <message>
        <source>control does not change between {start} and {end}: take 1d, 1w or 1m, or a longer range</source>
        <translation>контроль не меняется между {start} и {end}: возьмите 1d, 1w или 1m либо более длинный период</translation>
    </message>
    <message>
        <source>the film would have {frames} frames (at most {most}): shorten the range or take a longer --step</source>
        <translation>в фильме было бы {frames} кадров (не более {most}): сократите период или возьмите более длинный --step</translation>
    </message>
    <message>
        <source>{end} is before --from {start}</source>
        <translation>{end} раньше, чем --from {start}</translation>
    </message>
    <message>
        <source>the film needs two different days (both are {day})</source>
        <translation>для фильма нужны два разных дня (оба — {day})</translation>
    </message>
    <message>
        <source>{size} has an odd side; MP4 and WebM need even ones</source>
        <translation>у {size} нечётная сторона; для MP4 и WebM нужны чётные</translation>
    </message>
    <message>
        <source>unknown view {name}: choose one of {known}</source>
        <translation>неизвестный вид {name}: выберите одно из: {known}</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <source>the story has {count} sections: the handout prints the first {kept}</source>
        <translation>в истории {count} разделов: в раздаточный материал входят первые {kept}</translation>
    </message>
    <message>
        <source>Shortened for the handout: {cut} of {length} characters. The full text is in the story.</source>
        <translation>Сокращено для раздаточного материала: {cut} из {length} знаков. Полный текст — в истории.</translation>
    </message>
    <message>
        <source>section {id} is {length} characters long: its text is cut at {cut}</source>
        <translation>раздел {id} длиной {length} знаков: текст обрезан на {cut}</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Благодарность</translation>
    </message>
    <message>
        <source>Before: de facto control on {day}.</source>
        <translation>До: фактический контроль на {day}.</translation>
    </message>
    <message>
        <source>After: de facto control on {day}.</source>
        <translation>После: фактический контроль на {day}.</translation>
    </message>
    <message>
        <source>Territory under de facto control</source>
        <translation>Территория под фактическим контролем</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Map shows</source>
        <translation>Карта показывает</translation>
    </message>
    <message>
        <source>Map: de facto control on {day}.</source>
        <translation>Карта: фактический контроль на {day}.</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>с {first} по {last}</translation>
    </message>
    <message>
        <source>no sections</source>
        <translation>разделов нет</translation>
    </message>
    <message>
        <source>{count} section(s), {span}.</source>
        <translation>Разделов: {count}, {span}.</translation>
    </message>
    <message>
        <source>Each section&apos;s map shows de facto control on the day the section describes (for a war: before and after, side by side), framed on the places it is about, which are outlined. The timeline overview lists every section by date with the day of its map, under a chart of the territory each side held over time. Areas and lines are approximate; contested and claimed areas are hatched on the map. The brown dash-dot line is the boundary of the Nagorno-Karabakh Autonomous Oblast (NKAO), abolished by Azerbaijan on 26 Nov 1991: &quot;former NKAO&quot; from then on. The article&apos;s words are printed as the article says them; where a fact differs from its sources, a fact-check note says so and cites them.</source>
        <translation>Карта каждого раздела показывает фактический контроль на день, о котором идёт речь в разделе (для войны — до и после, рядом), в рамке мест, о которых он рассказывает; эти места обведены. Обзор шкалы времени перечисляет все разделы по датам с днём их карты, под диаграммой территории, которую каждая сторона удерживала с течением времени. Участки и линии приблизительны; оспариваемые и заявленные участки заштрихованы на карте. Коричневая штрихпунктирная линия — граница Нагорно-Карабахской автономной области (НКАО), упразднённой Азербайджаном 26 ноября 1991 года; с этого дня — «бывшая НКАО». Слова статьи напечатаны так, как их приводит статья (на английском языке); где факт расходится с источниками, об этом говорит примечание с проверкой фактов со ссылками на них.</translation>
    </message>
    <message>
        <source>Control data from {first} to {last}.</source>
        <translation>Данные о контроле с {first} по {last}.</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>История без названия</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>раздаточный материал</translation>
    </message>
    <message>
        <source>The area under each side&apos;s de facto control, in square kilometres, stacked, from the same control data as the maps. Areas are approximate; the dashed line marks the last section&apos;s map day.</source>
        <translation>Площадь под фактическим контролем каждой стороны, в квадратных километрах, с накоплением, по тем же данным о контроле, что и карты. Площади приблизительны; пунктирная линия отмечает день карты последнего раздела.</translation>
    </message>
    <message>
        <source>Timeline: {title}</source>
        <translation>Шкала времени: {title}</translation>
    </message>
    <message>
        <source>Sources and credits</source>
        <translation>Источники и благодарности</translation>
    </message>
    <message>
        <source>Map data and software</source>
        <translation>Картографические данные и программы</translation>
    </message>
    <message>
        <source>Basemap provenance</source>
        <translation>Происхождение базовой карты</translation>
    </message>
    <message>
        <source>Control data: sources for the maps in this handout</source>
        <translation>Данные о контроле: источники карт этого раздаточного материала</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Pale: held by the state it is recognised as part of. Hatched: contested or claimed. Areas and lines are approximate.</source>
        <translation>Бледный цвет: под контролем государства, частью которого территория признана. Штриховка: оспаривается или заявлено. Участки и линии приблизительны.</translation>
    </message>
    <message>
        <source>Colour: de facto control on date B. Areas are approximate.</source>
        <translation>Цвет: фактический контроль на дату B. Площади приблизительны.</translation>
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
    <message>
        <source>Changed hands, {a} → {b}</source>
        <translation>Смена контроля, {a} → {b}</translation>
    </message>
    <message>
        <source>Did not change hands</source>
        <translation>Контроль не менялся</translation>
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
    <name>overlays</name>
    <message>
        <source>Russian peacekeeping zone (2020 corridor)</source>
        <translation>Зона российских миротворцев (коридор 2020 г.)</translation>
    </message>
    <message>
        <source>Russian peacekeeping zone (2022 corridor)</source>
        <translation>Зона российских миротворцев (коридор 2022 г.)</translation>
    </message>
    <message>
        <source>Lachin corridor road (2022–23 blockade)</source>
        <translation>Дорога Лачинского коридора (блокада 2022–23 гг.)</translation>
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
    <message>
        <source>Read in the story ›</source>
        <translation>Читать в истории ›</translation>
    </message>
    <message>
        <source>Also now, off this view</source>
        <translation>Также сейчас, за пределами вида</translation>
    </message>
    <message>
        <source>Your layers</source>
        <translation>Ваши слои</translation>
    </message>
    <message>
        <source>control lines approximate</source>
        <translation>линии контроля приблизительны</translation>
    </message>
    <message>
        <source>Also now</source>
        <translation>Сейчас также</translation>
    </message>
</context>
<context>
    <name>popups</name>
    <message>
        <source>Armenian usage: {name}</source>
        <translation>Армянское название: {name}</translation>
    </message>
    <message>
        <source>Azerbaijani usage: {name}</source>
        <translation>Азербайджанское название: {name}</translation>
    </message>
    <message>
        <source>Other usage: {name}</source>
        <translation>Другое название: {name}</translation>
    </message>
    <message>
        <source>no mapped conflict area</source>
        <translation>нет участка конфликта на карте</translation>
    </message>
    <message>
        <source>Outside the mapped conflict areas: {where}.</source>
        <translation>Вне картографированных участков конфликта: {where}.</translation>
    </message>
    <message>
        <source>De facto control on {day}: {controller}, held since {held}.</source>
        <translation>Фактический контроль на {day}: {controller}, удерживается с {held}.</translation>
    </message>
    <message>
        <source>{status} since {day}</source>
        <translation>{status} с {day}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Source: {source} · confidence: {confidence}</source>
        <translation>Источник: {source} · достоверность: {confidence}</translation>
    </message>
    <message>
        <source>The story has no section about this place.</source>
        <translation>В истории нет раздела об этом месте.</translation>
    </message>
    <message>
        <source>… and {count} more in the story panel</source>
        <translation>… и ещё {count} на панели истории</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>В истории</translation>
    </message>
    <message>
        <source>confidence {confidence}</source>
        <translation>достоверность: {confidence}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>the mapped conflict zone: every control area (the former NKAO, the seven districts around it, Shahumyan and Getashen, the border strips and the exclaves); land outside it is not counted</source>
        <translation>картографированная зона конфликта: все участки контроля (бывшая НКАО, семь районов вокруг неё, Шаумян и Геташен, приграничные полосы и эксклавы); земля за её пределами не учитывается</translation>
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
    <name>story</name>
    <message>
        <source>Photo credit:</source>
        <translation>Фото:</translation>
    </message>
    <message>
        <source>Fact check:</source>
        <translation>Проверка фактов:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
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
