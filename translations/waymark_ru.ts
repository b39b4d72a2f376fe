<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../qml/internal/AboutDialog.qml" line="+6"/>
        <source>About Waymark</source>
        <translation>О программе Waymark</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waymark %1</source>
        <translation>Waymark %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer journey maps and service blueprints.</source>
        <translation>Карты пути клиента и блупринты услуг.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Распространяется по лицензии GNU GPL версии 3 или более поздней.</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../core/formats/analysisreport.cpp" line="+178"/>
        <source>  Most likely path now:    %1</source>
        <translation>  Самый вероятный путь сейчас:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Most likely path after:  %1</source>
        <translation>  Самый вероятный путь после:   %1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n unmatched event(s)</source>
        <translation>
            <numerusform>%n несопоставленное событие</numerusform>
            <numerusform>%n несопоставленных события</numerusform>
            <numerusform>%n несопоставленных событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n вариант</numerusform>
            <numerusform>%n варианта</numerusform>
            <numerusform>%n вариантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n посещение</numerusform>
            <numerusform>%n посещения</numerusform>
            <numerusform>%n посещений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <location filename="../qml/internal/AnalysisPanel.qml" line="+19"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Journey analysis</source>
        <translation>Анализ пути</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the analysis</source>
        <translation>Закрыть анализ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reach the goal</source>
        <translation>Доходят до цели</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paths from entry to goal</source>
        <translation>Пути от входа к цели</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handoffs</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel switches</source>
        <translation>Смены канала</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show drop-off on the cards</source>
        <translation>Показать отток на карточках</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Findings (%1)</source>
        <translation>Находки (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing stands out.</source>
        <translation>Ничего не выделяется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likely paths</source>
        <translation>Вероятные пути</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of customers · handoffs: %2 · channel switches: %3</source>
        <extracomment>a path: share of customers, handoffs, channel switches</extracomment>
        <translation>%1 клиентов · передачи: %2 · смены канала: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What if…</source>
        <translation>Что, если…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare current and future state…</source>
        <translation>Сравнить текущее и целевое состояние…</translation>
    </message>
</context>
<context>
    <name>AppMenuBar</name>
    <message>
        <location filename="../qml/internal/AppMenuBar.qml" line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;journey map…</source>
        <translation>Новая &amp;карта пути клиента…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New service &amp;blueprint…</source>
        <translation>Новый &amp;блупринт услуги…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New from the &amp;sample…</source>
        <translation>Создать из &amp;примера…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;team workspace…</source>
        <translation>Открыть ком&amp;андное рабочее пространство…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние файлы</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save a cop&amp;y as…</source>
        <translation>&amp;Сохранить копию как…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;workshop results…</source>
        <translation>Экспорт итогов &amp;воркшопа…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import metrics…</source>
        <translation>&amp;Импорт метрик…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import &amp;events…</source>
        <translation>Импорт собы&amp;тий…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&amp;mport journeys (JSON, Mermaid)…</source>
        <translation>И&amp;мпорт путей (JSON, Mermaid)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find…</source>
        <translation>На&amp;йти…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find &amp;next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find pre&amp;vious</source>
        <translation>Найти пр&amp;едыдущее</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Actual size (100 %)</source>
        <translation>&amp;Реальный размер (100 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;По размеру окна</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Minimap</source>
        <translation>&amp;Мини-карта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dark theme</source>
        <translation>&amp;Тёмная тема</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Journey</source>
        <translation>&amp;Путь</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New journey</source>
        <translation>&amp;Новый путь</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;blueprint</source>
        <translation>Новый &amp;блупринт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate as &amp;future state</source>
        <translation>Дублировать как &amp;целевое состояние</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete journey</source>
        <translation>&amp;Удалить путь</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;stage</source>
        <translation>Добавить &amp;этап</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;lane</source>
        <translation>Добавить &amp;дорожку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Observed behaviour</source>
        <translation>Фактическое &amp;поведение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Personas…</source>
        <translation>П&amp;ерсоны…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channels…</source>
        <translation>&amp;Каналы…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Воркшоп</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Present stage by stage</source>
        <translation>&amp;Показ по этапам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dot voting</source>
        <translation>&amp;Голосование точками</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short &amp;guide</source>
        <translation>&amp;Краткое руководство</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Waymark</source>
        <translation>&amp;О программе Waymark</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../qml/internal/ChannelsDialog.qml" line="+16"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New channel</source>
        <translation>Новый канал</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards on this channel keep their place and lose the channel</source>
        <translation>Карточки этого канала останутся на месте, но потеряют канал</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Icon</source>
        <translation>Значок</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+65"/>
        <source>create a workspace file, empty or from a template</source>
        <translation>создать файл рабочего пространства, пустой или из шаблона</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import survey or analytics data (CSV) as metrics per step</source>
        <translation>импортировать данные опросов или аналитики (CSV) как метрики шагов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import an event log (CSV or PostgreSQL): what customers really did on a journey</source>
        <translation>импортировать журнал событий (CSV или PostgreSQL): что клиенты на самом деле делали на пути</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set link shares from a journey&apos;s imported event log</source>
        <translation>задать доли связей по импортированному журналу событий пути</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connect two steps with a flow link (e.g. an unplanned transition)</source>
        <translation>соединить два шага связью типа «Поток» (например, незапланированным переходом)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add journeys from a JSON or Mermaid file to a workspace</source>
        <translation>добавить пути из файла JSON или Mermaid в рабочее пространство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write journeys as PDF, PNG, SVG, CSV, JSON or Mermaid</source>
        <translation>записать пути в PDF, PNG, SVG, CSV, JSON или Mermaid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>find paths, drop-off, loops and seams in journeys</source>
        <translation>найти пути, отток, циклы и разрывы в путях</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the metrics of each step, or their JSON</source>
        <translation>показать метрики каждого шага или их JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check that a file is a whole Waymark document</source>
        <translation>проверить, что файл — целостный документ Waymark</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create a team workspace on a PostgreSQL server, or grant a role read-only or edit rights</source>
        <translation>создать командное рабочее пространство на сервере PostgreSQL или выдать роли права на чтение или редактирование</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upload a file as a new team workspace</source>
        <translation>выгрузить файл как новое командное рабочее пространство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>download a team workspace into a file</source>
        <translation>загрузить командное рабочее пространство в файл</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_check.cpp" line="+15"/>
        <source>Checks that a file is a whole Waymark document: SQLite integrity, references, model rules.</source>
        <translation>Проверяет, что файл — целостный документ Waymark: целостность SQLite, ссылки, правила модели.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file to check</source>
        <translation>проверяемый файл</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 повреждён: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is inconsistent: %2</source>
        <translation>%1 несогласован: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: ok (file version %2; %3 journeys, %4 steps, %5 links, %6 personas, %7 channels)
</source>
        <translation>%1: ок (версия файла %2; путей: %3, шагов: %4, связей: %5, персон: %6, каналов: %7)
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_export.cpp" line="+182"/>
        <source>%1: %n page(s), %2</source>
        <translation>
            <numerusform>%1: %n страница, %2</numerusform>
            <numerusform>%1: %n страницы, %2</numerusform>
            <numerusform>%1: %n страниц, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+44"/>
        <location filename="../app/cli/cmd_metrics.cpp" line="+166"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_new.cpp" line="+15"/>
        <source>Creates a Waymark workspace file. Without --template it holds no journeys.</source>
        <translation>Создаёт файл рабочего пространства Waymark. Без --template в нём нет путей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file to create</source>
        <translation>создаваемый файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start from a template, one of: %1</source>
        <translation>начать с шаблона, одного из: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace the file if it exists</source>
        <translation>заменить файл, если он существует</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown template &quot;%1&quot;; use one of: %2</source>
        <translation>неизвестный шаблон «%1»; используйте один из: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 уже существует; чтобы заменить его, укажите --force</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 could not be filled: %2</source>
        <translation>не удалось заполнить %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be replaced</source>
        <translation>не удалось заменить %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Created %1 with %n journey(s)
</source>
        <translation>
            <numerusform>Создан %1 с %n путём
</numerusform>
            <numerusform>Создан %1 с %n путями
</numerusform>
            <numerusform>Создан %1 с %n путями
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_import.cpp" line="+93"/>
        <source>Imported %n journey(s) (%1 steps, %2 links) into %3
</source>
        <translation>
            <numerusform>Импортирован %n путь (шагов: %1, связей: %2) в %3
</numerusform>
            <numerusform>Импортировано %n пути (шагов: %1, связей: %2) в %3
</numerusform>
            <numerusform>Импортировано %n путей (шагов: %1, связей: %2) в %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_pull.cpp" line="+71"/>
        <source>Pulled workspace %1 into %2: %n journey(s)
</source>
        <translation>
            <numerusform>Рабочее пространство %1 загружено в %2: %n путь
</numerusform>
            <numerusform>Рабочее пространство %1 загружено в %2: %n пути
</numerusform>
            <numerusform>Рабочее пространство %1 загружено в %2: %n путей
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_push.cpp" line="+72"/>
        <source>Pushed %1 to workspace %2: %n journey(s), </source>
        <translation>
            <numerusform>%1 выгружен в рабочее пространство %2: %n путь, </numerusform>
            <numerusform>%1 выгружен в рабочее пространство %2: %n пути, </numerusform>
            <numerusform>%1 выгружен в рабочее пространство %2: %n путей, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n step(s)
</source>
        <translation>
            <numerusform>%n шаг
</numerusform>
            <numerusform>%n шага
</numerusform>
            <numerusform>%n шагов
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/password.cpp" line="+30"/>
        <source>Password for %1 on %2: </source>
        <translation>Пароль для %1 на %2: </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_observed.cpp" line="+77"/>
        <source>&quot;%1&quot;: %n link share(s) set from the observed events.
</source>
        <translation>
            <numerusform>«%1»: по наблюдаемым событиям задана %n доля связи.
</numerusform>
            <numerusform>«%1»: по наблюдаемым событиям заданы %n доли связей.
</numerusform>
            <numerusform>«%1»: по наблюдаемым событиям задано %n долей связей.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_importevents.cpp" line="+98"/>
        <location line="+12"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <location line="+30"/>
        <location line="+6"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-34"/>
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n вариант</numerusform>
            <numerusform>%n варианта</numerusform>
            <numerusform>%n вариантов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../core/commands/changefield.h" line="+111"/>
        <source>&quot;%1&quot; no longer exists</source>
        <translation>«%1» больше не существует</translation>
    </message>
    <message>
        <location filename="../core/model/stepfields.cpp" line="+88"/>
        <source>Edit step title</source>
        <translation>Изменить название шага</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Edit step description</source>
        <translation>Изменить описание шага</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Change owner</source>
        <translation>Изменить ответственного</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change external key</source>
        <translation>Изменить внешний ключ</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Change step kind</source>
        <translation>Изменить тип шага</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Change priority</source>
        <translation>Изменить приоритет</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Change channel</source>
        <translation>Изменить канал</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change emotion</source>
        <translation>Изменить эмоцию</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Change due date</source>
        <translation>Изменить срок</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Change moment of truth</source>
        <translation>Изменить момент истины</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change entry flag</source>
        <translation>Изменить отметку входа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change goal flag</source>
        <translation>Изменить отметку цели</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Change tags</source>
        <translation>Изменить теги</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change colour</source>
        <translation>Изменить цвет</translation>
    </message>
    <message>
        <location filename="../core/commands/fieldcommands.cpp" line="+172"/>
        <source>Edit link label</source>
        <translation>Изменить подпись связи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change link kind</source>
        <translation>Изменить тип связи</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change link share</source>
        <translation>Изменить долю связи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change typical path</source>
        <translation>Изменить типичный путь</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename stage</source>
        <translation>Переименовать этап</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit stage description</source>
        <translation>Изменить описание этапа</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename lane</source>
        <translation>Переименовать дорожку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change lane kind</source>
        <translation>Изменить тип дорожки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename journey</source>
        <translation>Переименовать путь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit scenario</source>
        <translation>Изменить сценарий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit journey description</source>
        <translation>Изменить описание пути</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change persona</source>
        <translation>Изменить персону</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change journey state</source>
        <translation>Изменить состояние пути</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change journey kind</source>
        <translation>Изменить тип пути</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change votes per participant</source>
        <translation>Изменить число голосов на участника</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename persona</source>
        <translation>Переименовать персону</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit persona goals</source>
        <translation>Изменить цели персоны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit persona quote</source>
        <translation>Изменить цитату персоны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit persona description</source>
        <translation>Изменить описание персоны</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename channel</source>
        <translation>Переименовать канал</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change channel icon</source>
        <translation>Изменить значок канала</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change channel kind</source>
        <translation>Изменить тип канала</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename metric</source>
        <translation>Переименовать метрику</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change metric unit</source>
        <translation>Изменить единицу метрики</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change metric formula</source>
        <translation>Изменить формулу метрики</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change metric direction</source>
        <translation>Изменить направление метрики</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Change metric target</source>
        <translation>Изменить цель метрики</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit comment</source>
        <translation>Изменить комментарий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change comment author</source>
        <translation>Изменить автора комментария</translation>
    </message>
    <message>
        <location filename="../core/commands/importcommand.cpp" line="+52"/>
        <source>%1 &quot;%2&quot; already exists with other content; imported as &quot;%3&quot;</source>
        <translation>%1 «%2» уже существует с другим содержимым; импортировано как «%3»</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Import %n journey(s)</source>
        <translation>
            <numerusform>Импорт %n пути</numerusform>
            <numerusform>Импорт %n путей</numerusform>
            <numerusform>Импорт %n путей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n picture(s) left out: this workspace does not keep pictures</source>
        <translation>
            <numerusform>%n изображение не импортировано: это рабочее пространство не хранит изображения</numerusform>
            <numerusform>%n изображения не импортированы: это рабочее пространство не хранит изображения</numerusform>
            <numerusform>%n изображений не импортировано: это рабочее пространство не хранит изображения</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Journey id &quot;%1&quot; is already used; imported as &quot;%2&quot;</source>
        <translation>Идентификатор пути «%1» уже занят; импортировано как «%2»</translation>
    </message>
    <message>
        <location filename="../core/commands/importmetricscommand.cpp" line="+11"/>
        <source>Import metrics from %1</source>
        <translation>Импорт метрик из %1</translation>
    </message>
    <message>
        <location filename="../core/commands/journeycommands.cpp" line="+107"/>
        <source>%1 (future state)</source>
        <translation>%1 (целевое состояние)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/stepcommands.cpp" line="+106"/>
        <source>Delete %n link(s)</source>
        <translation>
            <numerusform>Удалить %n связь</numerusform>
            <numerusform>Удалить %n связи</numerusform>
            <numerusform>Удалить %n связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Удалить %n карточку</numerusform>
            <numerusform>Удалить %n карточки</numerusform>
            <numerusform>Удалить %n карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Переместить %n карточку</numerusform>
            <numerusform>Переместить %n карточки</numerusform>
            <numerusform>Переместить %n карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+247"/>
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Вставить %n карточку</numerusform>
            <numerusform>Вставить %n карточки</numerusform>
            <numerusform>Вставить %n карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/workshopcommands.cpp" line="+131"/>
        <source>%1 has used all %n vote(s)</source>
        <translation>
            <numerusform>%1: все голоса израсходованы (%n)</numerusform>
            <numerusform>%1: все голоса израсходованы (%n)</numerusform>
            <numerusform>%1: все голоса израсходованы (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commands/importeventscommand.cpp" line="+13"/>
        <source>Import events from %1</source>
        <translation>Импорт событий из %1</translation>
    </message>
    <message>
        <location filename="../core/commands/observedcommands.cpp" line="+14"/>
        <source>Use observed shares</source>
        <translation>Применить наблюдаемые доли</translation>
    </message>
    <message>
        <location filename="../core/commands/picturecommands.cpp" line="+13"/>
        <source>Add picture</source>
        <translation>Добавить изображение</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove picture</source>
        <translation>Удалить изображение</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>there is no card &quot;%1&quot;</source>
        <translation>карточки &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the card already shows this picture</source>
        <translation>на карточке уже это изображение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the card has no picture</source>
        <translation>у карточки нет изображения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set card picture</source>
        <translation>Задать изображение карточки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove card picture</source>
        <translation>Удалить изображение карточки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no persona &quot;%1&quot;</source>
        <translation>персоны &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the persona already has this photo</source>
        <translation>у персоны уже это фото</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the persona has no photo</source>
        <translation>у персоны нет фото</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set persona photo</source>
        <translation>Задать фото персоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove persona photo</source>
        <translation>Удалить фото персоны</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add card</source>
        <translation>Добавить карточку</translation>
    </message>
</context>
<context>
    <name>CommentsSection</name>
    <message>
        <location filename="../qml/internal/CommentsSection.qml" line="+20"/>
        <source>Comments (%1)</source>
        <translation>Комментарии (%1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 · %2</source>
        <extracomment>comment header: author, date and time</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Anonymous</source>
        <translation>Аноним</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Delete comment</source>
        <translation>Удалить комментарий</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a comment as %1</source>
        <translation>Комментировать как %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../qml/internal/CompareDialog.qml" line="+18"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Compare two states</source>
        <translation>Сравнение двух состояний</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+30"/>
        <source>Current</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Future</source>
        <translation>Целевое</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handoffs</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Channel switches</source>
        <translation>Смены канала</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reach the goal</source>
        <translation>Доходят до цели</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 added, %2 removed, %3 changed, %4 unchanged</source>
        <translation>Добавлено: %1, удалено: %2, изменено: %3, без изменений: %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added: %1</source>
        <translation>Добавлено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: %1 (%2)</source>
        <translation>Изменено: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message numerus="yes">
        <location filename="../core/storage/sqlitestore.cpp" line="+494"/>
        <source>%n broken reference(s) between rows</source>
        <translation>
            <numerusform>%n битая ссылка между строками</numerusform>
            <numerusform>%n битые ссылки между строками</numerusform>
            <numerusform>%n битых ссылок между строками</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/document/documentstore.h" line="+163"/>
        <location line="+8"/>
        <source>this workspace does not keep pictures</source>
        <translation>это рабочее пространство не хранит изображения</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../app/gui/editorapp.cpp" line="+43"/>
        <source>waymark: error: %1
</source>
        <extracomment>the start of an error line on the terminal, before the message</extracomment>
        <translation>waymark: ошибка: %1
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save the window as PNG and quit</source>
        <translation>сохранить окно в PNG и выйти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>window size</source>
        <translation>размер окна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the side panel to show: inspector, analysis, observed (with the observed overlay on) or voting</source>
        <translation>какую боковую панель показать: inspector, analysis, observed (с включённым наложением фактического поведения) или voting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a .cjm file</source>
        <translation>файл .cjm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--size must be WIDTHxHEIGHT, e.g. 1600x1000</source>
        <translation>--size задаётся как ШИРИНАxВЫСОТА, например 1600x1000</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--panel must be one of %1, not &quot;%2&quot;</source>
        <translation>--panel должен быть одним из: %1, а не «%2»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--screenshot needs a FILE to open</source>
        <translation>для --screenshot нужен ФАЙЛ, который открыть</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the file could not be opened; no screenshot taken</source>
        <translation>файл не удалось открыть; снимок не сделан</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 could not be written</source>
        <translation>не удалось записать %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the map was not drawn within 60 s</source>
        <translation>карта не отрисовалась за 60 с</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); the commands work without one: waymark --help</source>
        <translation>нет дисплея, чтобы открыть окно (DISPLAY и WAYLAND_DISPLAY не заданы); команды работают и без него: waymark --help</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <location filename="../qml/EditorView.qml" line="+166"/>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>Delete journey</source>
        <translation>Удалить путь</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete &quot;%1&quot; with all its cards? You can undo this.</source>
        <translation>Удалить «%1» со всеми карточками? Это можно отменить.</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <location filename="../core/model/enums.cpp" line="+21"/>
        <source>Physical evidence</source>
        <translation>Материальная среда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer actions</source>
        <translation>Действия клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frontstage</source>
        <translation>Фронтстейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage</source>
        <translation>Бэкстейдж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support processes</source>
        <translation>Процессы поддержки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thoughts</source>
        <translation>Мысли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Своя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain point</source>
        <translation>Болевая точка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Свидетельство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flow</source>
        <translation>Поток</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternative</source>
        <translation>Альтернатива</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handoff</source>
        <translation>Передача</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dependency</source>
        <translation>Зависимость</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current state</source>
        <translation>Текущее состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future state</source>
        <translation>Целевое состояние</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journey map</source>
        <translation>Карта пути клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service blueprint</source>
        <translation>Блупринт услуги</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Digital</source>
        <translation>Цифровой</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Physical</source>
        <translation>Физический</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human</source>
        <translation>Живое общение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom metric</source>
        <translation>Своя метрика</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NPS (% promoters − % detractors)</source>
        <translation>NPS (% сторонников − % критиков)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-2 box (%)</source>
        <translation>Top-2 box (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% agreeing</source>
        <translation>% согласных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (%)</source>
        <translation>Доля (%)</translation>
    </message>
</context>
<context>
    <name>EventImportDialog</name>
    <message>
        <location filename="../qml/internal/EventImportDialog.qml" line="+19"/>
        <source>ISO 8601 (2026-03-15 10:22)</source>
        <translation>ISO 8601 (2026-03-15 10:22)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (15.03.2026, 15/03/2026)</source>
        <translation>Сначала день (15.03.2026, 15/03/2026)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month first (03/15/2026 10:22 AM)</source>
        <translation>Сначала месяц (03/15/2026 10:22 AM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix seconds (1773570151)</source>
        <translation>Секунды Unix (1773570151)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import events</source>
        <translation>Импорт событий</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import events from</source>
        <translation>Импортировать события из</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event logs (*.csv *.tsv *.txt)</source>
        <translation>Журналы событий (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case id:</source>
        <translation>Идентификатор случая:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Activity:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Time format…</source>
        <translation>Формат времени…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Segment:</source>
        <translation>Сегмент:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1% of the first activities name a step of this journey (by key or title); timestamps read as %2.</source>
        <translation>%1 % первых действий называют шаг этого пути (по ключу или названию); метки времени прочитаны как %2.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the columns or the time format above (month first for US dates), then import.</source>
        <translation>Выберите выше столбцы или формат времени (для американских дат — «Сначала месяц»), затем импортируйте.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../core/events/eventimport.cpp" line="+36"/>
        <source>(no activity)</source>
        <translation>(без действия)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>двоичные данные (байт NUL): это не текстовый файл</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an event log needs at least three columns: case, activity and time</source>
        <translation>в журнале событий должно быть не меньше трёх столбцов: случай, действие и время</translation>
    </message>
    <message>
        <location filename="../core/events/observedjson.cpp" line="+100"/>
        <source>stored event data is damaged: %1</source>
        <translation>сохранённые данные событий повреждены: %1</translation>
    </message>
    <message>
        <location filename="../core/events/proposal.cpp" line="+215"/>
        <source>case id</source>
        <translation>идентификатор случая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <location filename="../core/events/pgsource.cpp" line="+205"/>
        <location filename="../core/events/proposal.cpp" line="+1"/>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/events/proposal.cpp" line="+1"/>
        <source>segment</source>
        <translation>сегмент</translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%n matched event(s) have no time</source>
        <translation>
            <numerusform>у %n сопоставленного события нет времени</numerusform>
            <numerusform>у %n сопоставленных событий нет времени</numerusform>
            <numerusform>у %n сопоставленных событий нет времени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/events/reader.cpp" line="+114"/>
        <source>%n field(s), but the case, activity and time columns need %1</source>
        <translation>
            <numerusform>%n поле, а для столбцов случая, действия и времени нужно %1</numerusform>
            <numerusform>%n поля, а для столбцов случая, действия и времени нужно %1</numerusform>
            <numerusform>%n полей, а для столбцов случая, действия и времени нужно %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../qml/internal/ExportDialog.qml" line="+34"/>
        <source>PDF blueprint (vector, tiled pages)</source>
        <translation>PDF-блупринт (вектор, разбивка на страницы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image</source>
        <translation>Изображение SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table of the steps</source>
        <translation>Таблица шагов CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV of the ranked votes</source>
        <translation>CSV с рейтингом голосов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (Waymark&apos;s open format)</source>
        <translation>JSON (открытый формат Waymark)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mermaid journey text</source>
        <translation>Текст пути для Mermaid</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Journeys</source>
        <translation>Пути</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This journey: %1</source>
        <translation>Этот путь: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This journey</source>
        <translation>Этот путь</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>All %n journey(s) of the file</source>
        <translation>
            <numerusform>Весь %n путь файла</numerusform>
            <numerusform>Все %n пути файла</numerusform>
            <numerusform>Все %n путей файла</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Metric on the cards</source>
        <translation>Метрика на карточках</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dots per inch</source>
        <translation>точек на дюйм</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Include workshop results (dots and comments)</source>
        <translation>Включить итоги воркшопа (точки и комментарии)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draw the observed overlay (what the event log shows)</source>
        <translation>Нарисовать наложение фактического поведения (что показывает журнал событий)</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../app/gui/qtstrings.cpp" line="+34"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../qml/internal/FileDialogs.qml" line="+36"/>
        <source>Open a Waymark file</source>
        <translation>Открыть файл Waymark</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Waymark files (*.cjm)</source>
        <translation>Файлы Waymark (*.cjm)</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+25"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Create a Waymark file</source>
        <translation>Создать файл Waymark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import journeys</source>
        <translation>Импорт путей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journey files (*.json *.mmd)</source>
        <translation>Файлы путей (*.json *.mmd)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waymark JSON (*.json)</source>
        <translation>Waymark JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mermaid journey (*.mmd *.mermaid)</source>
        <translation>Путь Mermaid (*.mmd *.mermaid)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../qml/internal/FindBar.qml" line="+76"/>
        <source>Find cards by title, description, owner, tag or key</source>
        <translation>Поиск карточек по названию, описанию, ответственному, тегу или ключу</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No cards found</source>
        <translation>Карточки не найдены</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n карточка</numerusform>
            <numerusform>%n карточки</numerusform>
            <numerusform>%n карточек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous (Shift+F3)</source>
        <translation>Назад (Shift+F3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next (F3)</source>
        <translation>Далее (F3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../qml/internal/GuideDialog.qml" line="+9"/>
        <source>Short guide</source>
        <translation>Краткое руководство</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start from an empty journey map or blueprint, from the sample, or from a typical journey (B2B onboarding, a support incident, a cancellation, a bank account, a tariff change). Everything is saved in the .cjm file as you work.</source>
        <translation>Начните с пустой карты пути клиента или блупринта, с примера или с типового пути (онбординг B2B-клиента, инцидент в поддержке, отказ от подписки, открытие банковского счёта, смена тарифа). Всё сохраняется в файл .cjm по ходу работы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click an empty spot of a cell to add a card, or drag a kind from the toolbar. Double-click a card to rename it. Drag cards to move them; drag the blue handle on a card onto another card to connect them.</source>
        <translation>Дважды щёлкните пустое место в ячейке, чтобы добавить карточку, или перетащите тип с панели инструментов. Дважды щёлкните карточку, чтобы переименовать её. Перетаскивайте карточки, чтобы перемещать их; чтобы связать две карточки, перетащите синий маркер одной карточки на другую.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The inspector on the right edits the selected cards: kind, channel, owner, emotion, moment of truth, tags, description and comments. With nothing selected it edits the journey.</source>
        <translation>Инспектор справа редактирует выбранные карточки: тип, канал, ответственного, эмоцию, момент истины, теги, описание и комментарии. Если ничего не выбрано, он редактирует путь.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F finds cards by title, description, owner, tag or key in every journey of the file; Enter goes to the card, F3 to the next.</source>
        <translation>Ctrl+F ищет карточки по названию, описанию, ответственному, тегу или ключу во всех путях файла; Enter переходит к карточке, F3 — к следующей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>Метрики</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File ▸ Import metrics reads survey or analytics data (CSV) and shows NPS, CSAT or any metric on the cards; the analysis panel (Ctrl+Shift+A) finds the critical path and the drop-offs.</source>
        <translation>Файл ▸ Импорт метрик читает данные опросов или аналитики (CSV) и показывает на карточках NPS, CSAT или любую другую метрику; панель анализа (Ctrl+Shift+A) находит критический путь и точки оттока.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Воркшоп</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F5 presents the map stage by stage; Workshop ▸ Dot voting lets each participant vote on pain points and opportunities. Comments stay on the cards.</source>
        <translation>F5 показывает карту по этапам; Воркшоп ▸ Голосование точками позволяет каждому участнику проголосовать за болевые точки и возможности. Комментарии остаются на карточках.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Поделиться</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File ▸ Export writes PDF, SVG, PNG, CSV, JSON or Mermaid; File ▸ Print prints with the same pages as the PDF; Save a copy as keeps a snapshot.</source>
        <translation>Файл ▸ Экспорт сохраняет в PDF, SVG, PNG, CSV, JSON или Mermaid; Файл ▸ Печать печатает те же страницы, что и в PDF; «Сохранить копию как» сохраняет снимок.</translation>
    </message>
</context>
<context>
    <name>JourneyInspector</name>
    <message>
        <location filename="../qml/internal/JourneyInspector.qml" line="+24"/>
        <source>Journey</source>
        <translation>Путь</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cards, %2 links</source>
        <translation>Карточек: %1, связей: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No persona</source>
        <translation>Без персоны</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Future</source>
        <translation>Целевое</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journey map</source>
        <translation>Карта пути клиента</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blueprint</source>
        <translation>Блупринт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who wants what, and why</source>
        <translation>Кто чего хочет и почему</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>JourneyPanel</name>
    <message>
        <location filename="../qml/internal/JourneyPanel.qml" line="+29"/>
        <source>Journeys</source>
        <translation>Пути</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%1 · %2 · %n card(s)</source>
        <extracomment>journey list: state, kind, number of cards</extracomment>
        <translation>
            <numerusform>%1 · %2 · %n карточка</numerusform>
            <numerusform>%1 · %2 · %n карточки</numerusform>
            <numerusform>%1 · %2 · %n карточек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Future state</source>
        <translation>Целевое состояние</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Current state</source>
        <translation>Текущее состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blueprint</source>
        <translation>Блупринт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journey map</source>
        <translation>Карта пути клиента</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate this journey as its future state</source>
        <translation>Дублировать этот путь как целевое состояние</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Personas…</source>
        <translation>Персоны…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Channels…</source>
        <translation>Каналы…</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../core/layout/maplayout.cpp" line="+463"/>
        <source>Line of interaction</source>
        <translation>Линия взаимодействия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line of visibility</source>
        <translation>Линия видимости</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line of internal interaction</source>
        <translation>Линия внутреннего взаимодействия</translation>
    </message>
</context>
<context>
    <name>LinkInspector</name>
    <message>
        <location filename="../qml/internal/LinkInspector.qml" line="+25"/>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From “%1” to “%2”</source>
        <translation>От «%1» к «%2»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Share of customers (%)</source>
        <translation>Доля клиентов (%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Typical path</source>
        <translation>Типичный путь</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+95"/>
        <source>%1 (read-only) — Waymark</source>
        <translation>%1 (только чтение) — Waymark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Waymark</source>
        <translation>%1 — Waymark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Drop the image on the picture area of the dialog.</source>
        <translation>Перетащите изображение на поле изображения в диалоговом окне.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open a map first, then drop the data file on it to import metrics or events.</source>
        <translation>Сначала откройте карту, затем перетащите на неё файл данных, чтобы импортировать метрики или события.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drop a .cjm file to open it, or a .csv file to import metrics or an event log.</source>
        <translation>Перетащите файл .cjm, чтобы открыть его, или файл .csv, чтобы импортировать метрики или журнал событий.</translation>
    </message>
</context>
<context>
    <name>MapContextMenu</name>
    <message>
        <location filename="../qml/internal/MapContextMenu.qml" line="+43"/>
        <source>Edit title</source>
        <translation>Изменить название</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add card here</source>
        <translation>Добавить карточку сюда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cut</source>
        <translation>Вырезать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste here</source>
        <translation>Вставить сюда</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename stage</source>
        <translation>Переименовать этап</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insert stage before</source>
        <translation>Вставить этап перед</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Insert stage after</source>
        <translation>Вставить этап после</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move stage left</source>
        <translation>Сдвинуть этап влево</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move stage right</source>
        <translation>Сдвинуть этап вправо</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename lane</source>
        <translation>Переименовать дорожку</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lane kind</source>
        <translation>Тип дорожки</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Insert lane above</source>
        <translation>Вставить дорожку выше</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>New lane</source>
        <translation>Новая дорожка</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Insert lane below</source>
        <translation>Вставить дорожку ниже</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move lane up</source>
        <translation>Сдвинуть дорожку вверх</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move lane down</source>
        <translation>Сдвинуть дорожку вниз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete lane</source>
        <translation>Удалить дорожку</translation>
    </message>
</context>
<context>
    <name>MapOverlays</name>
    <message>
        <location filename="../qml/internal/MapOverlays.qml" line="+81"/>
        <source>Drag to another card to connect</source>
        <translation>Перетащите на другую карточку, чтобы связать</translation>
    </message>
</context>
<context>
    <name>MapPainter</name>
    <message>
        <location filename="../core/render/mappainter.cpp" line="+182"/>
        <source>%1 %2 · n %3</source>
        <extracomment>metric badge on a card: metric name, value, number of answers</extracomment>
        <translation>%1 %2 · n %3</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Curve: %1</source>
        <extracomment>the emotion curve follows a metric&apos;s values</extracomment>
        <translation>Кривая: %1</translation>
    </message>
    <message>
        <location filename="../core/render/cardpainter.cpp" line="+189"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../qml/internal/MapToolbar.qml" line="+63"/>
        <source>Add:</source>
        <translation>Добавить:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a card of this kind to the selected cell; or drag it onto the map</source>
        <translation>Добавить карточку этого типа в выбранную ячейку или перетащить её на карту</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Add card ▾</source>
        <translation>Добавить карточку ▾</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Overlay: %1 ▾</source>
        <translation>Наложение: %1 ▾</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Metrics ▾</source>
        <translation>Метрики ▾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a metric on the cards; let the emotion curve follow a metric</source>
        <translation>Показать метрику на карточках; построить кривую эмоций по метрике</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On the cards</source>
        <translation>На карточках</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No metric</source>
        <translation>Без метрики</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Emotion curve</source>
        <translation>Кривая эмоций</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From the cards</source>
        <translation>По карточкам</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From %1</source>
        <translation>По %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cards without a value keep their own emotion.</source>
        <translation>Карточки без значения сохраняют свою эмоцию.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+58"/>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to 100 %</source>
        <translation>Вернуть 100 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+36"/>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+33"/>
        <source>Minimap</source>
        <translation>Мини-карта</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>More view controls</source>
        <translation>Другие настройки вида</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../qml/MapView.qml" line="+90"/>
        <source>New card</source>
        <translation>Новая карточка</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../qml/internal/MessageBar.qml" line="+41"/>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>MetricImportDialog</name>
    <message>
        <location filename="../qml/internal/MetricImportDialog.qml" line="+49"/>
        <source>Import metrics into “%1”</source>
        <translation>Импорт метрик в «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import metrics</source>
        <translation>Импорт метрик</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import metrics from</source>
        <translation>Импортировать метрики из</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey and analytics exports (*.csv *.tsv *.txt)</source>
        <translation>Выгрузки опросов и аналитики (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layout:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain CSV</source>
        <translation>Обычный CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualtrics</source>
        <translation>Qualtrics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SurveyMonkey</source>
        <translation>SurveyMonkey</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>How the answers become one number</source>
        <translation>Как ответы сводятся к одному числу</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Match steps by</source>
        <translation>Сопоставлять шаги по</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key, then title</source>
        <translation>Ключ, затем название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trends by</source>
        <translation>Тренды по</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Month</source>
        <translation>Месяцам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Неделям</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why these columns?</source>
        <translation>Почему эти столбцы?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+56"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Show on map</source>
        <translation>Показать на карте</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MetricImportSummary</name>
    <message>
        <location filename="../qml/internal/MetricImportSummary.qml" line="+22"/>
        <source>Imported: %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It replaces the earlier import of the same survey.</source>
        <translation>Заменяет предыдущий импорт того же опроса.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows whose step matches no step of the journey:</source>
        <translation>Строки, шаг которых не совпал ни с одним шагом пути:</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>“%1”: %n row(s)</source>
        <translation>
            <numerusform>«%1»: %n строка</numerusform>
            <numerusform>«%1»: %n строки</numerusform>
            <numerusform>«%1»: %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>other values: %n row(s)</source>
        <translation>
            <numerusform>другие значения: %n строка</numerusform>
            <numerusform>другие значения: %n строки</numerusform>
            <numerusform>другие значения: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answers not counted in “%1” (%2): %3, e.g. %4</source>
        <translation>Ответы, не учтённые в «%1» (%2): %3, например %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates that could not be read: %1 (those rows count in no period)</source>
        <translation>Нераспознанные даты: %1 (эти строки не попадают ни в один период)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo (Ctrl+Z) removes the whole import.</source>
        <translation>Отмена (Ctrl+Z) удаляет весь импорт.</translation>
    </message>
</context>
<context>
    <name>MetricLegend</name>
    <message>
        <location filename="../qml/internal/MetricLegend.qml" line="+90"/>
        <source>n &lt; %1: small sample</source>
        <translation>n &lt; %1: малая выборка</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>trend per period</source>
        <translation>тренд по периодам</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Targets…</source>
        <translation>Целевые значения…</translation>
    </message>
</context>
<context>
    <name>MetricTargetsDialog</name>
    <message>
        <location filename="../qml/internal/MetricTargetsDialog.qml" line="+25"/>
        <source>Targets for %1</source>
        <translation>Целевые значения для %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Better when</source>
        <translation>Лучше, когда</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>higher</source>
        <translation>выше</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lower</source>
        <translation>ниже</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Green from</source>
        <translation>Зелёный от</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>no target</source>
        <translation>без цели</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Amber from</source>
        <translation>Жёлтый от</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cards at or past green are green, at or past amber amber, the others red. Leave a field empty for no colours.</source>
        <translation>Карточки на уровне зелёного порога или лучше — зелёные, на уровне жёлтого или лучше — жёлтые, остальные — красные. Оставьте поле пустым, чтобы не раскрашивать.</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../core/metrics/csv.cpp" line="+120"/>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/metrics/datalayout.cpp" line="+214"/>
        <source>%n columns have the question &quot;%1&quot;; name one by its field name</source>
        <translation>
            <numerusform>вопрос &quot;%1&quot; есть в %n столбце; укажите один по имени поля</numerusform>
            <numerusform>вопрос &quot;%1&quot; есть в %n столбцах; укажите один по имени поля</numerusform>
            <numerusform>вопрос &quot;%1&quot; есть в %n столбцах; укажите один по имени поля</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Observed</name>
    <message numerus="yes">
        <location filename="../core/render/observedpainter.cpp" line="+279"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservedPanel</name>
    <message>
        <location filename="../qml/internal/ObservedPanel.qml" line="+29"/>
        <source>Observed behaviour</source>
        <translation>Фактическое поведение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No event data for this journey yet. Import an event log (case id, activity, time) to see what customers really did.</source>
        <translation>Для этого пути ещё нет данных о событиях. Импортируйте журнал событий (идентификатор случая, действие, время), чтобы увидеть, что клиенты делали на самом деле.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import events…</source>
        <translation>Импорт событий…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Observed</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 from %2: %3% reached a goal, %4% followed the map; %5.</source>
        <extracomment>%1 is &quot;12 cases&quot;, %2 the file or database, %5 &quot;3 variants&quot;.</extracomment>
        <translation>%1 из %2: %3% дошли до цели, %4% прошли по карте; %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+150"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-149"/>
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n вариант</numerusform>
            <numerusform>%n варианта</numerusform>
            <numerusform>%n вариантов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not on the map (events)</source>
        <translation>Нет на карте (события)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>and %n more event(s)</source>
        <translation>
            <numerusform>и ещё %n событие</numerusform>
            <numerusform>и ещё %n события</numerusform>
            <numerusform>и ещё %n событий</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deviations (cases)</source>
        <translation>Отклонения (случаи)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Segments (“%1”)</source>
        <translation>Сегменты («%1»)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On map</source>
        <translation>По карте</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>and %n more segment(s)</source>
        <translation>
            <numerusform>и ещё %n сегмент</numerusform>
            <numerusform>и ещё %n сегмента</numerusform>
            <numerusform>и ещё %n сегментов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variants (select one to highlight its path)</source>
        <translation>Варианты (выберите вариант, чтобы выделить его путь)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (deviates)</source>
        <translation> (отклоняется)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use observed shares</source>
        <translation>Применить наблюдаемые доли</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dashed links are transitions the map does not plan: click one to add it as a link.</source>
        <translation>Пунктиром показаны переходы, не предусмотренные картой: щёлкните по переходу, чтобы добавить его как связь.</translation>
    </message>
</context>
<context>
    <name>PersonasDialog</name>
    <message>
        <location filename="../qml/internal/PersonasDialog.qml" line="+16"/>
        <source>Personas</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New persona</source>
        <translation>Новая персона</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace photo…</source>
        <translation>Заменить фото…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove photo</source>
        <translation>Удалить фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste photo</source>
        <translation>Вставить фото</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a photo here, or click here and paste it (Ctrl+V)</source>
        <translation>Перетащите фото сюда или щёлкните здесь и вставьте его (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a photo or avatar</source>
        <translation>Выберите фото или аватар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>PictureField</name>
    <message>
        <location filename="../qml/internal/PictureField.qml" line="+21"/>
        <source>Add picture…</source>
        <translation>Добавить изображение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace picture…</source>
        <translation>Заменить изображение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove picture</source>
        <translation>Удалить изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste picture</source>
        <translation>Вставить изображение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop an image here, or click here and paste it (Ctrl+V)</source>
        <translation>Перетащите изображение сюда или щёлкните здесь и вставьте его (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a picture</source>
        <translation>Выберите изображение</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../qml/internal/PreferencesDialog.qml" line="+8"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signs your comments</source>
        <translation>Используется как подпись к вашим комментариям</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minimap</source>
        <translation>Мини-карта</translation>
    </message>
</context>
<context>
    <name>PresentationBar</name>
    <message>
        <location filename="../qml/internal/PresentationBar.qml" line="+50"/>
        <source>Stage %1 of %2</source>
        <translation>Этап %1 из %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes per stage</source>
        <translation>Минут на этап</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous stage</source>
        <translation>Предыдущий этап</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next stage</source>
        <translation>Следующий этап</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End</source>
        <translation>Завершить</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../qml/internal/PrintDialog.qml" line="+22"/>
        <location line="+117"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF file</source>
        <translation>Файл PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none chosen)</source>
        <translation>(не выбран)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journeys</source>
        <translation>Пути</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journey</source>
        <translation>Этот путь</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All journeys</source>
        <translation>Все пути</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies</source>
        <translation>Копии</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Large maps are printed on several pages, with the headers repeated, as in the PDF export.</source>
        <translation>Большие карты печатаются на нескольких страницах с повтором заголовков, как при экспорте в PDF.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print to a PDF file</source>
        <translation>Печать в файл PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../app/gui/qtstrings.cpp" line="-23"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../core/templates/sample.cpp" line="+52"/>
        <location line="+21"/>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Sees a sofa ad on Instagram</source>
        <translation>Видит рекламу дивана в Instagram</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A carousel ad with the Oslo sofa in a small flat.</source>
        <translation>Карусель с диваном Oslo в маленькой квартире.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hears about the brand from a friend</source>
        <translation>Узнаёт о бренде от подруги</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+25"/>
        <location line="+4"/>
        <location line="+1"/>
        <source>E-commerce</source>
        <translation>Интернет-магазин</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Browses sofas on the website</source>
        <translation>Смотрит диваны на сайте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters by size and fabric</source>
        <translation>Фильтрует по размеру и ткани</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs a sofa under 200 cm for a small living room.</source>
        <translation>Нужен диван короче 200 см для маленькой гостиной.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders free fabric swatches</source>
        <translation>Заказывает бесплатные образцы тканей</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+18"/>
        <source>Retail</source>
        <translation>Розница</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Visits the showroom</source>
        <translation>Приходит в салон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First moment of truth: she sits on it and decides.</source>
        <translation>Первый момент истины: она садится на диван и решает.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+21"/>
        <location line="+5"/>
        <source>Customer service</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Asks about delivery in the chat</source>
        <translation>Спрашивает о доставке в чате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks out online</source>
        <translation>Оформляет заказ онлайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buys in the showroom</source>
        <translation>Покупает в салоне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandons the checkout</source>
        <translation>Бросает оформление заказа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forced account creation and a surprise delivery fee.</source>
        <translation>Обязательная регистрация и неожиданная плата за доставку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+9"/>
        <location line="+16"/>
        <location line="+5"/>
        <source>Logistics</source>
        <translation>Логистика</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Picks a delivery slot</source>
        <translation>Выбирает окно доставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gets the order confirmation email</source>
        <translation>Получает письмо с подтверждением заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracks the order in the app</source>
        <translation>Отслеживает заказ в приложении</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+9"/>
        <source>Delivery partner</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Waits at home for the 8-hour window</source>
        <translation>Ждёт дома в восьмичасовом окне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives and inspects the sofa</source>
        <translation>Получает и осматривает диван</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second moment of truth: the product in her home.</source>
        <translation>Второй момент истины: товар у неё дома.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assembles the legs</source>
        <translation>Прикручивает ножки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds a flaw in the fabric</source>
        <translation>Находит брак на ткани</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enjoys the sofa at home</source>
        <translation>Наслаждается диваном дома</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls support about the flaw</source>
        <translation>Звонит в поддержку из-за брака</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls again: no callback</source>
        <translation>Звонит снова: не перезвонили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gets a replacement cover</source>
        <translation>Получает новый чехол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaves a review</source>
        <translation>Оставляет отзыв</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product page with 3D view</source>
        <translation>Карточка товара с 3D-просмотром</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live tracking map</source>
        <translation>Карта отслеживания в реальном времени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advisor shows fabrics and seat depths</source>
        <translation>Консультант показывает ткани и глубину сидений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat agent explains delivery options</source>
        <translation>Оператор чата объясняет варианты доставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery crew carries the sofa in</source>
        <translation>Бригада доставки заносит диван</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support agent logs a complaint</source>
        <translation>Оператор фиксирует жалобу</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Swatches are picked and posted</source>
        <translation>Образцы собирают и отправляют почтой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock is checked and the order confirmed</source>
        <translation>Проверяют наличие и подтверждают заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route is planned with the carrier</source>
        <translation>Маршрут планируют с перевозчиком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quality team reviews the photos</source>
        <translation>Отдел качества проверяет фото</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>IT</source>
        <translation>ИТ</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>ERP order system</source>
        <translation>ERP-система заказов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier booking portal</source>
        <translation>Портал бронирования перевозчика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM customer history</source>
        <translation>История клиента в CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <translation>Юристы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warranty and returns policy</source>
        <translation>Правила гарантии и возврата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instagram ad with a sofa photo</source>
        <translation>Реклама в Instagram с фото дивана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showroom floor and fabric wall</source>
        <translation>Торговый зал и стена с тканями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order confirmation email</source>
        <translation>Письмо с подтверждением заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery van and crew uniforms</source>
        <translation>Фургон доставки и форма бригады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sofa, care label and manual</source>
        <translation>Диван, ярлык по уходу и инструкция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swatches take 7 days to arrive</source>
        <translation>Образцы идут 7 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkout forces an account</source>
        <translation>Без регистрации не оформить заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery window is 8 hours long</source>
        <translation>Окно доставки — 8 часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No callback after the first call</source>
        <translation>После первого звонка не перезвонили</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview fabrics in AR at home</source>
        <translation>Просмотр тканей в AR дома</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest checkout, fees shown early</source>
        <translation>Заказ без регистрации, сборы видны сразу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2-hour slots with live tracking</source>
        <translation>Двухчасовые окна с отслеживанием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A named agent who calls back</source>
        <translation>Персональный агент, который перезванивает</translation>
    </message>
</context>
<context>
    <name>SaveCopyDialog</name>
    <message>
        <location filename="../qml/internal/SaveCopyDialog.qml" line="+13"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waymark files (*.cjm)</source>
        <translation>Файлы Waymark (*.cjm)</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../qml/internal/SaveFileDialog.qml" line="+56"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../qml/internal/ShortcutsDialog.qml" line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows</source>
        <translation>Стрелки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the nearest card in that direction</source>
        <translation>Перейти к ближайшей карточке в этом направлении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+arrows</source>
        <translation>Shift+стрелки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extend the selection</source>
        <translation>Расширить выделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+arrows</source>
        <translation>Ctrl+стрелки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the selected cards</source>
        <translation>Переместить выбранные карточки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, F2</source>
        <translation>Enter, F2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the card&apos;s title</source>
        <translation>Изменить название карточки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a card in the current card&apos;s cell</source>
        <translation>Добавить карточку в ячейку текущей карточки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete, Backspace</source>
        <translation>Delete, Backspace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected cards or links</source>
        <translation>Удалить выбранные карточки или связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Clear the selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select all cards</source>
        <translation>Выделить все карточки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+C, Ctrl+X, Ctrl+V</source>
        <translation>Ctrl+C, Ctrl+X, Ctrl+V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy, cut, paste cards</source>
        <translation>Копировать, вырезать, вставить карточки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+V over a picture area</source>
        <translation>Ctrl+V над областью картинки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste the clipboard&apos;s image into it</source>
        <translation>Вставить туда картинку из буфера обмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Z, Ctrl+Y</source>
        <translation>Ctrl+Shift+Z, Ctrl+Y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find cards</source>
        <translation>Найти карточки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F3, Shift+F3</source>
        <translation>F3, Shift+F3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next, previous card found</source>
        <translation>Следующая, предыдущая найденная карточка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+plus, Ctrl+minus</source>
        <translation>Ctrl+плюс, Ctrl+минус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in, out</source>
        <translation>Увеличить, уменьшить масштаб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual size (100 %)</source>
        <translation>Реальный размер (100 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the map to the window</source>
        <translation>Вписать карту в окно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+колесо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom around the pointer</source>
        <translation>Масштаб вокруг указателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The analysis panel</source>
        <translation>Панель анализа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N, Ctrl+O</source>
        <translation>Ctrl+N, Ctrl+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New file, open a file</source>
        <translation>Новый файл, открыть файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E, Ctrl+P</source>
        <translation>Ctrl+E, Ctrl+P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export, print</source>
        <translation>Экспорт, печать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+W, Ctrl+Q</source>
        <translation>Ctrl+W, Ctrl+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close, quit</source>
        <translation>Закрыть, выйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Воркшоп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present stage by stage</source>
        <translation>Показ по этапам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left, Right, Space</source>
        <translation>Влево, Вправо, Пробел</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous, next stage while presenting</source>
        <translation>Предыдущий, следующий этап во время показа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the presentation</source>
        <translation>Завершить показ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short guide</source>
        <translation>Краткое руководство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../qml/internal/StartPage.qml" line="+23"/>
        <location line="+54"/>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Customer journey maps and service blueprints, kept as a model: paths, numbers and owners, in one file that is saved as you work.</source>
        <translation>Карты пути клиента и блупринты услуг как модель: пути, цифры и ответственные — в одном файле, который сохраняется по ходу работы.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New journey map…</source>
        <translation>Новая карта пути клиента…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New service blueprint…</source>
        <translation>Новый блупринт услуги…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New from the sample…</source>
        <translation>Создать из примера…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open team workspace…</source>
        <translation>Открыть командное рабочее пространство…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Or start from a typical journey:</source>
        <translation>Или начните с типового пути:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recent files</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Tip: drop a .cjm file anywhere on this window to open it.</source>
        <translation>Совет: перетащите файл .cjm в любое место окна, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>StepInspector</name>
    <message>
        <location filename="../qml/internal/StepInspector.qml" line="+20"/>
        <source>Mixed</source>
        <translation>Разные</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n cards</source>
        <translation>
            <numerusform>%n карточка</numerusform>
            <numerusform>%n карточки</numerusform>
            <numerusform>%n карточек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a picture to the card</source>
        <translation>Добавить изображение на карточку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No channel</source>
        <translation>Без канала</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team or person responsible</source>
        <translation>Команда или человек, отвечающий за шаг</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emotion</source>
        <translation>Эмоция</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Moment of truth</source>
        <translation>Момент истины</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entry</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers start here. Without any entry flag, steps with no incoming link are entries.</source>
        <translation>Клиенты начинают здесь. Если отметок входа нет, входами считаются шаги без входящих связей.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s goal. Without any goal flag, steps with no outgoing link are goals.</source>
        <translation>Цель клиента. Если отметок цели нет, целями считаются шаги без исходящих связей.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>External key</source>
        <translation>Внешний ключ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id in the survey data</source>
        <translation>Идентификатор в данных опроса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma, separated</source>
        <translation>через, запятую</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happens here, in the customer&apos;s words</source>
        <translation>Что здесь происходит — словами клиента</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../core/storage/schema.cpp" line="+226"/>
        <source>cannot upgrade from version %1 to %2</source>
        <translation>невозможно обновить с версии %1 до %2</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlite.cpp" line="+345"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is read-only</source>
        <translation>файл доступен только для чтения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is damaged (%1)</source>
        <translation>файл повреждён (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is not a database</source>
        <translation>файл не является базой данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be opened</source>
        <translation>не удаётся открыть файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk could not be read or written (%1)</source>
        <translation>ошибка чтения или записи диска (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is busy in another program</source>
        <translation>файл занят другой программой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database error: %1</source>
        <translation>ошибка базы данных: %1</translation>
    </message>
</context>
<context>
    <name>TeamPasswordDialog</name>
    <message>
        <location filename="../qml/internal/TeamPasswordDialog.qml" line="+26"/>
        <source>Team server password</source>
        <translation>Пароль командного сервера</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server of %1 asks for a password.</source>
        <translation>Сервер %1 запрашивает пароль.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waymark keeps it in memory for this window only; to be asked no more, put it in ~/.pgpass.</source>
        <translation>Waymark хранит его в памяти только для этого окна; чтобы больше не спрашивать, запишите его в ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>TeamStatusBar</name>
    <message>
        <location filename="../qml/internal/TeamStatusBar.qml" line="+30"/>
        <source>Team workspace %1 — also here: %2</source>
        <translation>Командное рабочее пространство %1 — также здесь: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team workspace %1 — nobody else here</source>
        <translation>Командное рабочее пространство %1 — больше здесь никого нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline, reconnecting… Edits are held back until the server answers.</source>
        <translation>Нет связи, переподключение… Изменения не отправляются, пока сервер не ответит.</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <location filename="../core/teamstore/teamdocument.cpp" line="+43"/>
        <source>the team workspace &quot;%1&quot; is open read-only</source>
        <translation>командное рабочее пространство &quot;%1&quot; открыто только для чтения</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/teamstore/teamload.cpp" line="+546"/>
        <source>%n card(s) in a stage or lane that is not there</source>
        <translation>
            <numerusform>%n карточка в несуществующем этапе или дорожке</numerusform>
            <numerusform>%n карточки в несуществующем этапе или дорожке</numerusform>
            <numerusform>%n карточек в несуществующем этапе или дорожке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n link(s) to a card that is not there</source>
        <translation>
            <numerusform>%n связь с несуществующей карточкой</numerusform>
            <numerusform>%n связи с несуществующей карточкой</numerusform>
            <numerusform>%n связей с несуществующей карточкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) of a journey that is not there</source>
        <translation>
            <numerusform>%n строка несуществующего пути</numerusform>
            <numerusform>%n строки несуществующего пути</numerusform>
            <numerusform>%n строк несуществующего пути</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comment(s) on a card that is not there</source>
        <translation>
            <numerusform>%n комментарий к несуществующей карточке</numerusform>
            <numerusform>%n комментария к несуществующей карточке</numerusform>
            <numerusform>%n комментариев к несуществующей карточке</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/teamstore/teamrows.cpp" line="+316"/>
        <source>persona</source>
        <translation>персона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric</source>
        <translation>метрика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey</source>
        <translation>путь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lane</source>
        <translation>дорожка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link</source>
        <translation>связь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vote</source>
        <translation>голос</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>metric value</source>
        <translation>значение метрики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data import</source>
        <translation>импорт данных</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/teamstore/teamstore.cpp" line="+34"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamWorkspaceDialog</name>
    <message>
        <location filename="../qml/internal/TeamWorkspaceDialog.qml" line="+16"/>
        <source>Open team workspace</source>
        <translation>Открыть командное рабочее пространство</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>db.example.com or a socket folder</source>
        <translation>db.example.com или папка сокета</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workspace</source>
        <translation>Рабочее пространство</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLS mode</source>
        <translation>Режим TLS</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waymark never stores passwords: it asks for yours when the server wants one, or libpq reads it from ~/.pgpass.</source>
        <translation>Waymark никогда не сохраняет пароли: он спрашивает пароль, когда сервер его требует, или libpq читает его из ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent workspaces</source>
        <translation>Недавние рабочие пространства</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../core/templates/scenariodata.cpp" line="+18"/>
        <source>Contract signed</source>
        <translation>Договор подписан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kick-off</source>
        <translation>Стартовая встреча</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account setup</source>
        <translation>Настройка аккаунта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration</source>
        <translation>Интеграция</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+7"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Go-live</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Signs the contract</source>
        <translation>Подписывает договор</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Customer success</source>
        <translation>Customer Success</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Waits for someone to get in touch</source>
        <translation>Ждёт, пока кто-нибудь свяжется</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nobody says what happens next after the signature.</source>
        <translation>После подписания никто не говорит, что будет дальше.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins the kick-off call</source>
        <translation>Участвует в стартовой встрече</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills in the setup questionnaire</source>
        <translation>Заполняет анкету для настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+32"/>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+1"/>
        <source>IT</source>
        <translation>ИТ</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Invites the team&apos;s users</source>
        <translation>Приглашает пользователей своей команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>Solutions engineering</source>
        <translation>Инженеры по внедрению</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Connects the ERP</source>
        <translation>Подключает ERP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moment of truth: does the data flow?</source>
        <translation>Момент истины: идут ли данные?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team attends the training</source>
        <translation>Команда проходит обучение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First real order goes through</source>
        <translation>Проходит первый реальный заказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed contract and welcome email</source>
        <translation>Подписанный договор и приветственное письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin console</source>
        <translation>Консоль администратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training videos and certificate</source>
        <translation>Обучающие видео и сертификат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding manager runs the kick-off</source>
        <translation>Менеджер по онбордингу проводит стартовую встречу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineer pairs on the integration</source>
        <translation>Инженер вместе с клиентом настраивает интеграцию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer holds a live session</source>
        <translation>Тренер проводит живое занятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales hands the account to success</source>
        <translation>Продажи передают клиента в Customer Success</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <location line="+64"/>
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Tenant is provisioned</source>
        <translation>Для клиента разворачивается тенант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health score is watched</source>
        <translation>Отслеживается health score клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning scripts</source>
        <translation>Скрипты развёртывания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public API and sandbox</source>
        <translation>Открытый API и песочница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context is lost between sales and onboarding</source>
        <translation>Контекст теряется между продажами и онбордингом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same questions asked twice</source>
        <translation>Одни и те же вопросы задают дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integration takes weeks longer than promised</source>
        <translation>Интеграция занимает на недели дольше обещанного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome pack with a dated plan</source>
        <translation>Приветственный пакет с планом и датами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready-made connectors for common ERPs</source>
        <translation>Готовые коннекторы к популярным ERP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go-live check-in after 30 days</source>
        <translation>Контрольная встреча через 30 дней после запуска</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem noticed</source>
        <translation>Проблема замечена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>После решения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service stops working</source>
        <translation>Сервис перестаёт работать</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <location line="+18"/>
        <location line="+14"/>
        <location line="+3"/>
        <source>Self-service</source>
        <translation>Самообслуживание</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Searches the help centre</source>
        <translation>Ищет ответ в справочном центре</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Opens a chat</source>
        <translation>Открывает чат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls and waits in the queue</source>
        <translation>Звонит и ждёт в очереди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explains the problem again</source>
        <translation>Снова объясняет проблему</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chat history did not reach the phone agent.</source>
        <translation>История чата не дошла до оператора на телефоне.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gets the fix by email</source>
        <translation>Получает решение по почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Customer experience</source>
        <translation>Клиентский опыт</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Answers the satisfaction survey</source>
        <translation>Отвечает на опрос об удовлетворённости</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error message on screen</source>
        <translation>Сообщение об ошибке на экране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number by email</source>
        <translation>Номер обращения по почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-line agent takes the case</source>
        <translation>Оператор первой линии берёт обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent runs the troubleshooting script</source>
        <translation>Оператор проводит диагностику по скрипту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent confirms the fix with the customer</source>
        <translation>Оператор подтверждает с клиентом, что проблема решена</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+7"/>
        <source>Engineering</source>
        <translation>Разработка</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ticket escalated to second line</source>
        <translation>Обращение передано на вторую линию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineers deploy a fix</source>
        <translation>Инженеры выкатывают исправление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Root cause is reviewed</source>
        <translation>Разбор первопричины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticketing system</source>
        <translation>Тикет-система</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring and logs</source>
        <translation>Мониторинг и логи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help articles do not match the error</source>
        <translation>Статьи справки не подходят к ошибке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long waiting time on the phone</source>
        <translation>Долгое ожидание на линии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer repeats the story to every agent</source>
        <translation>Клиент пересказывает историю каждому оператору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status page and proactive alert</source>
        <translation>Страница статуса и проактивное оповещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One case history across channels</source>
        <translation>Единая история обращения во всех каналах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell customers what was fixed for good</source>
        <translation>Сообщать клиентам, что исправлено окончательно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Doubt</source>
        <translation>Сомнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for the way out</source>
        <translation>Поиск способа уйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation request</source>
        <translation>Заявка на отказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention offer</source>
        <translation>Удерживающее предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After leaving</source>
        <translation>После ухода</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+44"/>
        <location line="+5"/>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Billing</source>
        <translation>Биллинг</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Notices the price went up</source>
        <translation>Замечает, что цена выросла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks for the cancel button</source>
        <translation>Ищет кнопку отмены подписки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>It is hidden three menus deep.</source>
        <translation>Она спрятана на третьем уровне меню.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+32"/>
        <location line="+28"/>
        <location line="+5"/>
        <source>Customer service</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Has to call to cancel</source>
        <translation>Для отказа приходится звонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Hears a discount offer</source>
        <translation>Слышит предложение скидки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives the confirmation</source>
        <translation>Получает подтверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is charged once more</source>
        <translation>Получает ещё одно списание</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Gets a win-back offer months later</source>
        <translation>Через несколько месяцев получает предложение вернуться</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice with the new price</source>
        <translation>Счёт с новой ценой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation confirmation</source>
        <translation>Подтверждение отказа от подписки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent checks identity and contract</source>
        <translation>Оператор проверяет личность и договор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention agent makes an offer</source>
        <translation>Специалист по удержанию делает предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation is keyed in by hand</source>
        <translation>Отказ вводится в систему вручную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final invoice is calculated</source>
        <translation>Рассчитывается итоговый счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription management</source>
        <translation>Управление подписками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing system</source>
        <translation>Биллинговая система</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No way to cancel online</source>
        <translation>Нельзя отказаться онлайн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushy offers feel like a trap</source>
        <translation>Навязчивые предложения ощущаются как ловушка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing runs after the end date</source>
        <translation>Списание после даты окончания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel in two clicks, with a pause option</source>
        <translation>Отказ в два клика с возможностью паузы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain price changes before they happen</source>
        <translation>Объяснять изменение цены заранее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave on good terms: easy return later</source>
        <translation>Расставаться по-хорошему: легко вернуться позже</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choosing a bank</source>
        <translation>Выбор банка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity check</source>
        <translation>Проверка личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Одобрение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card and first use</source>
        <translation>Карта и первое использование</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compares account fees</source>
        <translation>Сравнивает стоимость обслуживания счетов</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+3"/>
        <source>Digital sales</source>
        <translation>Цифровые продажи</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Starts the application in the app</source>
        <translation>Начинает заполнять заявку в приложении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads proof of address</source>
        <translation>Загружает подтверждение адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Compliance</source>
        <translation>Комплаенс</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Video identification fails</source>
        <translation>Видеоидентификация не проходит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poor light; the customer has to book a branch visit.</source>
        <translation>Плохое освещение; клиенту приходится записываться в отделение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Branch</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Visits a branch with a passport</source>
        <translation>Приходит в отделение с паспортом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waits for approval</source>
        <translation>Ждёт одобрения</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Cards</source>
        <translation>Карточки</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Pays with the new card</source>
        <translation>Платит новой картой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application form</source>
        <translation>Форма заявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card letter and PIN</source>
        <translation>Письмо с картой и ПИН-кодом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch advisor checks the passport</source>
        <translation>Сотрудник отделения проверяет паспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent asks for a missing document</source>
        <translation>Сотрудник запрашивает недостающий документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Know-your-customer review</source>
        <translation>Проверка KYC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Риски</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit and fraud scoring</source>
        <translation>Кредитный и антифрод-скоринг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card is produced and posted</source>
        <translation>Карта выпускается и отправляется почтой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity verification service</source>
        <translation>Сервис проверки личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core banking system</source>
        <translation>Автоматизированная банковская система (АБС)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long form, progress lost on timeout</source>
        <translation>Длинная форма, прогресс теряется по таймауту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online identification drops a third of applicants</source>
        <translation>Онлайн-идентификацию не проходит треть заявителей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No status while waiting</source>
        <translation>Нет статуса во время ожидания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and resume the application</source>
        <translation>Сохранение заявки и продолжение позже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application tracker in the app</source>
        <translation>Трекер статуса заявки в приложении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital card in the wallet on day one</source>
        <translation>Цифровая карта в кошельке в первый же день</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trigger</source>
        <translation>Триггер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing tariffs</source>
        <translation>Сравнение тарифов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering the change</source>
        <translation>Заказ смены тарифа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch-over</source>
        <translation>Переключение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First bill</source>
        <translation>Первый счёт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Runs out of mobile data again</source>
        <translation>Снова заканчивается мобильный интернет</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+13"/>
        <source>E-commerce</source>
        <translation>Интернет-магазин</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Compares tariffs on the website</source>
        <translation>Сравнивает тарифы на сайте</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Retail</source>
        <translation>Розница</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Asks in the shop</source>
        <translation>Спрашивает в салоне связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders the new tariff in the app</source>
        <translation>Заказывает новый тариф в приложении</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Waits for the change to take effect</source>
        <translation>Ждёт, когда смена тарифа вступит в силу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds two tariffs on one bill</source>
        <translation>Видит два тарифа в одном счёте</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pro-rata charges nobody explained.</source>
        <translation>Пропорциональные начисления, которые никто не объяснил.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls to query the bill</source>
        <translation>Звонит, чтобы разобраться со счётом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff comparison table</source>
        <translation>Таблица сравнения тарифов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order confirmation SMS</source>
        <translation>SMS с подтверждением заказа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bill</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop staff recommend a tariff</source>
        <translation>Сотрудник салона рекомендует тариф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent explains the charges</source>
        <translation>Оператор объясняет начисления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligibility and contract term checked</source>
        <translation>Проверяются условия подключения и срок договора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariff switched at the next cycle</source>
        <translation>Тариф переключается со следующего расчётного периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product catalogue</source>
        <translation>Продуктовый каталог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning and rating</source>
        <translation>Активация услуг и тарификация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tariffs are hard to compare</source>
        <translation>Тарифы трудно сравнивать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change waits for the billing cycle</source>
        <translation>Смена ждёт начала расчётного периода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surprise pro-rata charges</source>
        <translation>Неожиданные пропорциональные начисления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest a better tariff from usage</source>
        <translation>Предлагать более выгодный тариф по потреблению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch at once, shown in the app</source>
        <translation>Переключать сразу и показывать в приложении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the first bill before it arrives</source>
        <translation>Объяснять первый счёт до того, как он придёт</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/templates/templates.cpp" line="+63"/>
        <source>B2B onboarding</source>
        <translation>Онбординг B2B-клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priya, operations lead at a new client</source>
        <translation>Прия, руководитель операционного отдела у нового клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Her team working in the new system within a month</source>
        <translation>Команда работает в новой системе уже через месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We signed in March; when do we actually start?</source>
        <translation>Мы подписали договор в марте; когда мы на самом деле начнём?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mid-sized company has bought the software. From the signature to the first real order, the client&apos;s team is set up, integrated and trained.</source>
        <translation>Компания среднего размера купила программное обеспечение. От подписания договора до первого реального заказа команду клиента подключают, интегрируют и обучают.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="+2"/>
        <source>Support incident</source>
        <translation>Инцидент в поддержке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tom, a customer with a broken service</source>
        <translation>Том, клиент, у которого не работает сервис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get it working again without explaining it three times</source>
        <translation>Снова всё наладить, не объясняя проблему трижды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I already told the chat all of this.</source>
        <translation>Я уже всё это рассказал в чате.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service stops working. The customer looks for help, contacts support, and waits for the diagnosis and the fix.</source>
        <translation>Сервис перестаёт работать. Клиент ищет помощь, обращается в поддержку и ждёт диагностики и решения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="+2"/>
        <source>Subscription cancellation</source>
        <translation>Отказ от подписки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lena, leaving after a price rise</source>
        <translation>Лена, уходит после повышения цены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel quickly and pay nothing more</source>
        <translation>Быстро отменить подписку и больше ничего не платить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing up took a minute; leaving takes a week.</source>
        <translation>Подписаться — минута, отписаться — неделя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a price rise a subscriber decides to cancel, looks for the way to do it, hears an offer and leaves.</source>
        <translation>После повышения цены подписчица решает отказаться от подписки, ищет, как это сделать, выслушивает предложение и уходит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="+2"/>
        <source>Bank account opening</source>
        <translation>Открытие банковского счёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daniel, new in the country</source>
        <translation>Даниэль, недавно в стране</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account and a card before the first salary</source>
        <translation>Счёт и карта до первой зарплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why can&apos;t the app read my passport?</source>
        <translation>Почему приложение не может прочитать мой паспорт?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new customer opens a current account: application, identity check, approval and the first payment with the card.</source>
        <translation>Новый клиент открывает текущий счёт: заявка, проверка личности, одобрение и первая оплата картой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="+2"/>
        <source>Telecom tariff change</source>
        <translation>Смена тарифа у оператора связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sara, a mobile customer for six years</source>
        <translation>Сара, абонент мобильной связи шесть лет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More data for the same money, no surprises on the bill</source>
        <translation>Больше интернета за те же деньги и никаких сюрпризов в счёте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal customers get the worst deals.</source>
        <translation>Лояльным клиентам достаются худшие условия.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mobile customer runs out of data, compares tariffs, changes hers and checks the first bill.</source>
        <translation>У абонентки заканчивается мобильный интернет, она сравнивает тарифы, меняет свой и проверяет первый счёт.</translation>
    </message>
    <message>
        <location filename="../core/templates/templates.cpp" line="-14"/>
        <source>Empty journey map</source>
        <translation>Пустая карта пути клиента</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty service blueprint</source>
        <translation>Пустой блупринт услуги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-commerce purchase (the sample)</source>
        <translation>Покупка в интернет-магазине (пример)</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <location filename="../core/commands/undostack.cpp" line="+11"/>
        <source>Could not %1: %2</source>
        <translation>Не удалось выполнить «%1»: %2</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../qml/internal/UserNameDialog.qml" line="+15"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Comments are signed with your name. You can change it later in the preferences.</source>
        <translation>Комментарии подписываются вашим именем. Его можно изменить позже в настройках.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <location filename="../qml/internal/WhatIfBox.qml" line="+25"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share of customers taking the selected link:</source>
        <translation>Доля клиентов, выбирающих выбранную связь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of customers lost at the selected card:</source>
        <translation>Доля клиентов, теряемых на выбранной карточке:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a link or a card to try another share.</source>
        <translation>Выберите связь или карточку, чтобы попробовать другую долю.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 % → goal share %2 (now %3)</source>
        <translation>%1 % → доля дошедших до цели %2 (сейчас %3)</translation>
    </message>
</context>
<context>
    <name>WorkshopAppendix</name>
    <message numerus="yes">
        <location filename="../core/render/workshopappendix.cpp" line="+107"/>
        <source>%n people</source>
        <extracomment>how many workshop participants voted on a card</extracomment>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location filename="../qml/internal/WorkshopPanel.qml" line="+38"/>
        <source>Dot voting</source>
        <translation>Голосование точками</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close dot voting</source>
        <translation>Закрыть голосование</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click a card to give it a dot; Shift+click takes one back.</source>
        <translation>Щёлкните карточку, чтобы поставить точку; Shift+щелчок снимает её.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dots per participant</source>
        <translation>Точек на участника</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type a participant&apos;s name to vote</source>
        <translation>Введите имя участника, чтобы голосовать</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 has %n dot(s) left</source>
        <translation>
            <numerusform>У %1 осталась %n точка</numerusform>
            <numerusform>У %1 осталось %n точки</numerusform>
            <numerusform>У %1 осталось %n точек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only pain points and opportunities</source>
        <translation>Только болевые точки и возможности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1. %2 — %n dot(s)</source>
        <translation>
            <numerusform>%1. %2 — %n точка</numerusform>
            <numerusform>%1. %2 — %n точки</numerusform>
            <numerusform>%1. %2 — %n точек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No votes yet</source>
        <translation>Голосов пока нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export results…</source>
        <translation>Экспорт итогов…</translation>
    </message>
</context>
<context>
    <name>waymark</name>
    <message>
        <location filename="../app/gui/analysiscontroller.cpp" line="+51"/>
        <source>No entry leads to “%1”</source>
        <translation>Ни один вход не ведёт к «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers stop at “%1”: a dead end</source>
        <translation>Клиенты застревают на «%1»: тупик</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loop: %1</source>
        <translation>Цикл: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every path passes “%1”</source>
        <translation>Каждый путь проходит через «%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 % of customers are lost at “%2”</source>
        <translation>%1 % клиентов теряется на «%2»</translation>
    </message>
    <message>
        <location filename="../core/commands/fieldcommands.cpp" line="-344"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>неизвестное поле &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+75"/>
        <source>&quot;%1&quot; is not a valid %2; use one of: %3</source>
        <translation>&quot;%1&quot; — недопустимое значение (%2); используйте одно из: %3</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&quot;%1&quot; is not a colour; use #rrggbb</source>
        <translation>&quot;%1&quot; — не цвет; используйте #rrggbb</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 должно быть целым числом от %2 до %3</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>no step is selected</source>
        <translation>шаг не выбран</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>there is no channel &quot;%1&quot;</source>
        <translation>канала &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD</source>
        <translation>&quot;%1&quot; — не дата; используйте ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no link is selected</source>
        <translation>связь не выбрана</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>share must be a number from 0 to 1</source>
        <translation>доля должна быть числом от 0 до 1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>there is no persona &quot;%1&quot;</source>
        <translation>персоны &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>votes per participant must be from 1 to 100</source>
        <translation>голосов на участника должно быть от 1 до 100</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; — не число</translation>
    </message>
    <message>
        <location filename="../core/commands/stepcommands.cpp" line="-95"/>
        <source>Add card</source>
        <translation>Добавить карточку</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connect cards</source>
        <translation>Связать карточки</translation>
    </message>
    <message>
        <location filename="../core/commands/workshopcommands.cpp" line="-11"/>
        <location line="+24"/>
        <source>the card no longer exists</source>
        <translation>карточки больше не существует</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>say who is voting</source>
        <translation>укажите, кто голосует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a card cannot have fewer than no votes</source>
        <translation>у карточки не может быть меньше нуля голосов</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a comment needs some text</source>
        <translation>в комментарии нужен текст</translation>
    </message>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="+38"/>
        <source>it no longer exists</source>
        <translation>этого больше не существует</translation>
    </message>
    <message>
        <location filename="../core/formats/exporter.cpp" line="+139"/>
        <source>the file has no journeys to export</source>
        <translation>в файле нет путей для экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no journey &quot;%1&quot;</source>
        <translation>пути &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+10"/>
        <location filename="../core/storage/savecopy.cpp" line="+49"/>
        <location line="+4"/>
        <source>%1 could not be written: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 was not written: %2</source>
        <translation>%1 не записан: %2</translation>
    </message>
    <message>
        <location filename="../core/formats/imageexport.cpp" line="+43"/>
        <source>the image would be %1 × %2 pixels, too large; use --dpi %3 or less</source>
        <translation>изображение получилось бы %1 × %2 пикселей — слишком большое; укажите --dpi %3 или меньше</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not enough memory for a %1 × %2 image</source>
        <translation>недостаточно памяти для изображения %1 × %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Journey map exported by Waymark</source>
        <translation>Карта пути клиента, экспортированная из Waymark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the SVG could not be started</source>
        <translation>не удалось начать запись SVG</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonimport.cpp" line="+40"/>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 id &quot;%2&quot; is used twice</source>
        <translation>идентификатор %1 &quot;%2&quot; использован дважды</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&quot;%1&quot; is not a colour</source>
        <translation>&quot;%1&quot; — не цвет</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no stage &quot;%1&quot; in journey &quot;%2&quot;</source>
        <translation>в пути &quot;%2&quot; нет этапа &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no lane &quot;%1&quot; in journey &quot;%2&quot;</source>
        <translation>в пути &quot;%2&quot; нет дорожки &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no persona &quot;%1&quot;</source>
        <translation>нет персоны &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>no channel &quot;%1&quot;</source>
        <translation>нет канала &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«%1» — не одно из: %2</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>must be from 0 to 1</source>
        <translation>должно быть от 0 до 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+34"/>
        <location line="+16"/>
        <source>no step &quot;%1&quot; in journey &quot;%2&quot;</source>
        <translation>в пути &quot;%2&quot; нет шага &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is not base64</source>
        <translation>не в формате base64</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate picture id &quot;%1&quot;</source>
        <translation>повторяющийся идентификатор изображения &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no picture &quot;%1&quot;</source>
        <translation>нет изображения &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid JSON at %1: %2</source>
        <translation>некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is &quot;%1&quot;; a Waymark journey file says &quot;waymark&quot;</source>
        <translation>указано &quot;%1&quot;; в файле пути Waymark должно быть &quot;waymark&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is %1; this Waymark reads version %2</source>
        <translation>версия %1; эта версия Waymark читает версию %2</translation>
    </message>
    <message>
        <location filename="../core/formats/mermaidexport.cpp" line="+41"/>
        <source>%1: Mermaid cannot hold %2</source>
        <extracomment>%1 names an item (&quot;step &quot;c07&quot;&quot;), %2 lists replacements (&quot;&apos;:&apos; → &apos;∶&apos;&quot;)</extracomment>
        <translation>%1: Mermaid не поддерживает %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line breaks → spaces</source>
        <translation>переносы строк → пробелы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a leading keyword (zero-width space added)</source>
        <translation>ключевое слово в начале (добавлен пробел нулевой ширины)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>journey title</source>
        <translation>название пути</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>persona &quot;%1&quot;</source>
        <translation>персона &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>stage &quot;%1&quot;</source>
        <translation>этап &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage %1</source>
        <translation>Этап %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty title (written as &quot;%1&quot;)</source>
        <translation>пустое название (записано как &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>step &quot;%1&quot;</source>
        <translation>шаг &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/mermaidimport.cpp" line="+26"/>
        <source>line %1: %2</source>
        <extracomment>a message about one line of an imported file</extracomment>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в UTF-8</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../core/templates/sample.cpp" line="+58"/>
        <location filename="../core/templates/templates.cpp" line="+73"/>
        <location line="+13"/>
        <source>Customer actions</source>
        <translation>Действия клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/sample.cpp" line="+2"/>
        <location filename="../core/templates/templates.cpp" line="-11"/>
        <source>Emotions</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <location filename="../core/formats/pdfexport.cpp" line="+109"/>
        <source>there is no journey to export</source>
        <translation>нет пути для экспорта</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>the pages %1 are not in the export, which has %n page(s)</source>
        <translation>
            <numerusform>страниц %1 нет в экспорте: в нём %n страница</numerusform>
            <numerusform>страниц %1 нет в экспорте: в нём %n страницы</numerusform>
            <numerusform>страниц %1 нет в экспорте: в нём %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the pages could not be started</source>
        <translation>не удалось начать вывод страниц</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a new page could not be started</source>
        <translation>не удалось начать новую страницу</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the pages could not be finished</source>
        <translation>не удалось завершить вывод страниц</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+11"/>
        <source>the PDF could not be written: %1</source>
        <translation>не удалось записать PDF: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/metricimporttext.cpp" line="+26"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1251 (not UTF-8)</source>
        <translation>Windows-1251 (не UTF-8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1252 (not UTF-8)</source>
        <translation>Windows-1252 (не UTF-8)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plain CSV</source>
        <translation>Обычный CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualtrics export</source>
        <translation>выгрузка Qualtrics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SurveyMonkey export</source>
        <translation>выгрузка SurveyMonkey</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>semicolons</source>
        <translation>точкой с запятой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>табуляцией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>запятой</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 · fields separated by %2 · %3 · %n column(s)</source>
        <translation>
            <numerusform>%1 · поля разделены %2 · %3 · %n столбец</numerusform>
            <numerusform>%1 · поля разделены %2 · %3 · %n столбца</numerusform>
            <numerusform>%1 · поля разделены %2 · %3 · %n столбцов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/render/workshopappendix.cpp" line="-81"/>
        <source>%1 · %2</source>
        <extracomment>where a card sits: stage · lane</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n comment line(s) skipped</source>
        <translation>
            <numerusform>пропущена %n строка комментария</numerusform>
            <numerusform>пропущены %n строки комментариев</numerusform>
            <numerusform>пропущено %n строк комментариев</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>“%1”: %n row(s) without an answer</source>
        <translation>
            <numerusform>“%1”: %n строка без ответа</numerusform>
            <numerusform>“%1”: %n строки без ответа</numerusform>
            <numerusform>“%1”: %n строк без ответа</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: “%2”</source>
        <translation>строка %1: «%2»</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 rows read, %2 matched, %3 unmatched, %4 rejected; values on %n step(s).</source>
        <translation>
            <numerusform>Прочитано строк: %1, сопоставлено: %2, не сопоставлено: %3, отклонено: %4; значения у %n шага.</numerusform>
            <numerusform>Прочитано строк: %1, сопоставлено: %2, не сопоставлено: %3, отклонено: %4; значения у %n шагов.</numerusform>
            <numerusform>Прочитано строк: %1, сопоставлено: %2, не сопоставлено: %3, отклонено: %4; значения у %n шагов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/formats/analysisreport.cpp" line="-234"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+169"/>
        <location line="+64"/>
        <location line="+1"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+193"/>
        <location line="+16"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>%1 and %2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1  %2  (handoffs: %3, channel switches: %4)</source>
        <translation>%1  %2  (передачи: %3, смены канала: %4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  The analysis was stopped.</source>
        <translation>  Анализ остановлен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Steps customers move through: %1; cards outside the flow (notes, evidence, pain points, ideas, systems): %2</source>
        <translation>  Шаги, через которые проходят клиенты: %1; карточки вне потока (заметки, свидетельства, болевые точки, идеи, системы): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Entries (no step is flagged; steps nothing leads to): %1</source>
        <translation>  Входы (отметок нет; шаги, к которым ничего не ведёт): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Entries: %1</source>
        <translation>  Входы: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Goals (no step is flagged; steps that lead nowhere): %1</source>
        <translation>  Цели (отметок нет; шаги, из которых никуда не ведёт): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Goals: %1</source>
        <translation>  Цели: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Goal share: %1 of the customers who start at an entry reach a goal</source>
        <translation>  Доля дошедших до цели: %1 клиентов, начавших со входа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Unreachable (no entry leads there): %1</source>
        <translation>  Недостижимы (ни один вход не ведёт): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Dead ends (customers get stuck): %1</source>
        <translation>  Тупики (клиенты застревают): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Loops: none</source>
        <translation>  Циклы: нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Loops:</source>
        <translation>  Циклы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1 → %2</source>
        <translation>    %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Must pass (on every path to a goal): %1</source>
        <translation>  Обязательные (на каждом пути к цели): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Seams customers can meet: handoffs: %1, channel switches: %2</source>
        <translation>  Разрывы, с которыми сталкиваются клиенты: передачи: %1, смены канала: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least %1</source>
        <translation>не менее %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Paths from an entry to a goal: none</source>
        <translation>  Пути от входа к цели: нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Paths from an entry to a goal: %1; the most likely:</source>
        <translation>  Пути от входа к цели: %1; самые вероятные:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1. %2</source>
        <translation>    %1. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  Where customers are lost: nowhere</source>
        <translation>  Где теряются клиенты: нигде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Where customers are lost (share of all customers):</source>
        <translation>  Где теряются клиенты (доля от всех клиентов):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    %1  %2 (caught in a loop nobody leaves)</source>
        <translation>    %1  %2 (застревают в цикле, из которого никто не выходит)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    %1  %2 (%3 of the customers there leave)</source>
        <translation>    %1  %2 (уходят %3 клиентов, дошедших сюда)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Most important steps (lost customers, centrality, bad scores):</source>
        <translation>  Самые важные шаги (потерянные клиенты, центральность, плохие оценки):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    %1. %2  score %3</source>
        <translation>    %1. %2  балл %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Current: %1 (%2)</source>
        <translation>Текущее: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future:  %1 (%2)</source>
        <translation>Целевое: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  The comparison was stopped.</source>
        <translation>  Сравнение остановлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>                      current     future</source>
        <translation>                       сейчас      после</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal share</source>
        <translation>Доля дошедших до цели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handoffs</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel switches</source>
        <translation>Смены канала</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  Added: %1</source>
        <translation>  Добавлены: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Removed: %1</source>
        <translation>  Удалены: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Changed: none</source>
        <translation>  Изменены: нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Changed:</source>
        <translation>  Изменены:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    %1: %2</source>
        <translation>    %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Unchanged: %1</source>
        <translation>  Без изменений: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  Observed (%1, imported %2): %3, %4, %5</source>
        <translation>  Фактическое поведение (%1, импортировано %2): %3, %4, %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>    Reached a goal: %1 (%2); conformant: %3 (%4); %5</source>
        <translation>    Дошли до цели: %1 (%2); соответствуют карте: %3 (%4); %5</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>    %1: %2, %3, %4 dropped off, median %5 min, p90 %6 min</source>
        <translation>    %1: %2, %3, отток: %4, медиана %5 мин, p90 %6 мин</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; channels: %1</source>
        <translation>; каналы: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>    Deviations (cases): skipped %1, backtrack %2, ad hoc %3, repeated %4, incomplete %5</source>
        <translation>    Отклонения (случаи): пропуски %1, возвраты %2, вне плана %3, повторы %4, незавершённые %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 (reached a goal %3, conformant %4)</source>
        <translation>%1: %2 (дошли до цели: %3, соответствуют карте: %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    Segments (&quot;%1&quot;): %2</source>
        <translation>    Сегменты («%1»): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    Top variants:</source>
        <translation>    Основные варианты:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>      %1  %2%3</source>
        <translation>      %1  %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (deviates)</source>
        <translation>  (отклоняется)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    Unplanned transitions: %1</source>
        <translation>    Незапланированные переходы: %1</translation>
    </message>
    <message>
        <location filename="../core/metrics/aggregate.cpp" line="+172"/>
        <source>the segment column has more than %1 different values; choose a column with fewer</source>
        <translation>в столбце сегмента больше %1 различных значений; выберите столбец с меньшим числом значений</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>at most %1 metric columns can be imported at once</source>
        <translation>за один раз можно импортировать не более %1 столбцов метрик</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <source>the import was cancelled</source>
        <translation>импорт отменён</translation>
    </message>
    <message>
        <location filename="../core/metrics/csv.cpp" line="-96"/>
        <source>a quoted field is not closed</source>
        <translation>поле в кавычках не закрыто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>кавычка внутри поля без кавычек (заключите всё поле в кавычки и удвойте кавычку)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text after the closing quote of a field</source>
        <translation>текст после закрывающей кавычки поля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>двоичные данные (байт NUL): это не текстовый файл</translation>
    </message>
    <message>
        <location filename="../core/metrics/datalayout.cpp" line="+59"/>
        <source>the data is empty: there is no header row</source>
        <translation>данные пусты: нет строки заголовков</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the data ends inside its header: a %1 export has %2 header rows</source>
        <translation>данные обрываются внутри заголовка: у выгрузки %1 строк заголовка — %2</translation>
    </message>
    <message>
        <location filename="../core/metrics/mapping.cpp" line="+27"/>
        <source>mapping: &quot;%1&quot; must be a column name (a string)</source>
        <translation>сопоставление: &quot;%1&quot; должно быть именем столбца (строкой)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>mapping: metric &quot;%1&quot; has an unknown formula &quot;%2&quot;; use one of: %3</source>
        <translation>сопоставление: у метрики &quot;%1&quot; неизвестная формула &quot;%2&quot;; используйте одну из: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mapping: metric &quot;%1&quot; must name a column</source>
        <translation>сопоставление: метрика &quot;%1&quot; должна указывать столбец</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mapping: metric &quot;%1&quot; names no column</source>
        <translation>сопоставление: метрика &quot;%1&quot; не указывает столбец</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>mapping: not valid JSON at offset %1: %2</source>
        <translation>сопоставление: некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mapping: the JSON must be an object</source>
        <translation>сопоставление: JSON должен быть объектом</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mapping: unknown key &quot;%1&quot; ignored</source>
        <translation>сопоставление: неизвестный ключ &quot;%1&quot; пропущен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mapping: &quot;step&quot; (the column that names the step) is missing</source>
        <translation>сопоставление: нет &quot;step&quot; (столбца, который называет шаг)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mapping: &quot;match&quot; must be key, title or auto, not &quot;%1&quot;</source>
        <translation>сопоставление: &quot;match&quot; должно быть key, title или auto, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mapping: &quot;period&quot; must be month or week, not &quot;%1&quot;</source>
        <translation>сопоставление: &quot;period&quot; должно быть month или week, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mapping: &quot;metrics&quot; must map at least one metric to a column</source>
        <translation>сопоставление: &quot;metrics&quot; должно связывать хотя бы одну метрику со столбцом</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>mapping: a metric id is empty</source>
        <translation>сопоставление: пустой идентификатор метрики</translation>
    </message>
    <message>
        <location filename="../core/metrics/metricimport.cpp" line="+34"/>
        <source>metric id &quot;%1&quot; may only hold letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>идентификатор метрики &quot;%1&quot; может содержать только буквы, цифры, &apos;_&apos;, &apos;.&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/formats/journeyfile.cpp" line="+36"/>
        <source>%1 is too large for a journey file</source>
        <translation>%1 слишком велик для файла с путями</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+4"/>
        <location filename="../core/metrics/metricimport.cpp" line="+28"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/metrics/metricimport.cpp" line="+4"/>
        <source>%1: column &quot;%2&quot; is already used for something else</source>
        <translation>%1: столбец &quot;%2&quot; уже используется для другого</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is no journey &quot;%1&quot;</source>
        <translation>пути &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the mapping names no metric column</source>
        <translation>в сопоставлении нет ни одного столбца метрик</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>metric &quot;%1&quot; is mapped twice</source>
        <translation>метрика &quot;%1&quot; сопоставлена дважды</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date: column &quot;%1&quot; does not hold dates that Waymark can read (2026-03-15, 20260315, 15.03.2026 or 03/15/2026)</source>
        <translation>дата: в столбце &quot;%1&quot; нет дат, которые Waymark может прочитать (2026-03-15, 20260315, 15.03.2026 или 03/15/2026)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>segment</source>
        <translation>сегмент</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the data has no rows</source>
        <translation>в данных нет строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the %1 rows names a step of the journey in column &quot;%2&quot;</source>
        <translation>ни одна из %1 строк не называет шаг пути в столбце &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot;: %2 not counted, %3 blank</source>
        <translation>&quot;%1&quot;: не учтено: %2, пусто: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none of the %1 matched rows has an answer that can be counted (%2)</source>
        <translation>ни в одной из %1 сопоставленных строк нет ответа, который можно учесть (%2)</translation>
    </message>
    <message>
        <location filename="../core/metrics/proposal.cpp" line="+176"/>
        <source>nps: &quot;%1&quot; (a rating with answers 0-10 reads like NPS)</source>
        <translation>nps: &quot;%1&quot; (оценка с ответами 0–10 похожа на NPS)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: &quot;%2&quot; reads like %3, but its answers are not on the %4-%5 scale; not used</source>
        <translation>%1: &quot;%2&quot; похоже на %3, но ответы не на шкале %4–%5; не используется</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; (its header reads like %3; answers %4-%5)</source>
        <translation>%1: &quot;%2&quot; (заголовок похож на %3; ответы %4–%5)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>date: &quot;%1&quot; (trends by month)</source>
        <translation>дата: &quot;%1&quot; (тренды по месяцам)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>segment: &quot;%1&quot; (%2 different values in the first rows)</source>
        <translation>сегмент: &quot;%1&quot; (%2 различных значений в первых строках)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the file has no journeys to import into</source>
        <translation>в файле нет путей, в которые можно импортировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the data names the steps of none of the %1 journeys</source>
        <translation>данные не называют шаги ни одного из %1 путей</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; (%2 % of the rows)</source>
        <translation>&quot;%1&quot; (%2 % строк)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data fits several journeys equally well: %1</source>
        <translation>данные одинаково хорошо подходят к нескольким путям: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>step: &quot;%1&quot; (%2 % of its values name a step, by %3)</source>
        <translation>шаг: &quot;%1&quot; (%2 % значений называют шаг, по %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step: no column names the steps of the journey by key or title</source>
        <translation>шаг: ни один столбец не называет шаги пути по ключу или названию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>metrics: no column reads like NPS, CSAT or CES</source>
        <translation>метрики: ни один столбец не похож на NPS, CSAT или CES</translation>
    </message>
    <message>
        <location filename="../core/model/validate.cpp" line="+36"/>
        <source>a step has no id</source>
        <translation>у шага нет идентификатора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step &quot;%1&quot; names a stage that does not exist: &quot;%2&quot;</source>
        <translation>шаг &quot;%1&quot; ссылается на несуществующий этап: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step &quot;%1&quot; names a lane that does not exist: &quot;%2&quot;</source>
        <translation>шаг &quot;%1&quot; ссылается на несуществующую дорожку: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step &quot;%1&quot; names a channel that does not exist: &quot;%2&quot;</source>
        <translation>шаг &quot;%1&quot; ссылается на несуществующий канал: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step &quot;%1&quot; has emotion %2; it must be between -2 and 2</source>
        <translation>у шага &quot;%1&quot; эмоция %2; она должна быть от -2 до 2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a link has no id</source>
        <translation>у связи нет идентификатора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link &quot;%1&quot; starts at a step that does not exist: &quot;%2&quot;</source>
        <translation>связь &quot;%1&quot; начинается с несуществующего шага: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link &quot;%1&quot; ends at a step that does not exist: &quot;%2&quot;</source>
        <translation>связь &quot;%1&quot; заканчивается на несуществующем шаге: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link &quot;%1&quot; has share %2; it must be between 0 and 1</source>
        <translation>у связи &quot;%1&quot; доля %2; она должна быть от 0 до 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a journey has no id</source>
        <translation>у пути нет идентификатора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey &quot;%1&quot; names a persona that does not exist: &quot;%2&quot;</source>
        <translation>путь &quot;%1&quot; ссылается на несуществующую персону: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>journey &quot;%1&quot;: stage id %2 is used twice or is empty</source>
        <translation>путь &quot;%1&quot;: идентификатор этапа %2 использован дважды или пуст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey &quot;%1&quot;: lane id %2 is used twice or is empty</source>
        <translation>путь &quot;%1&quot;: идентификатор дорожки %2 использован дважды или пуст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey &quot;%1&quot;: step id %2 is used twice or is empty</source>
        <translation>путь &quot;%1&quot;: идентификатор шага %2 использован дважды или пуст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey &quot;%1&quot;: link id %2 is used twice or is empty</source>
        <translation>путь &quot;%1&quot;: идентификатор связи %2 использован дважды или пуст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>journey &quot;%1&quot;: comment id %2 is used twice or is empty</source>
        <translation>путь &quot;%1&quot;: идентификатор комментария %2 использован дважды или пуст</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a vote names a step that does not exist: &quot;%1&quot;</source>
        <translation>голос ссылается на несуществующий шаг: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a vote count on step &quot;%1&quot; is negative</source>
        <translation>число голосов за шаг &quot;%1&quot; отрицательно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>participant &quot;%1&quot; has two vote rows on step &quot;%2&quot;</source>
        <translation>у участника &quot;%1&quot; две строки голосов за шаг &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comment &quot;%1&quot; names a step that does not exist: &quot;%2&quot;</source>
        <translation>комментарий &quot;%1&quot; ссылается на несуществующий шаг: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a metric value names a step that does not exist: &quot;%1&quot;</source>
        <translation>значение метрики ссылается на несуществующий шаг: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a metric value names a metric that does not exist: &quot;%1&quot;</source>
        <translation>значение метрики ссылается на несуществующую метрику: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/storage/documentfile.cpp" line="+43"/>
        <source>%1: no such file</source>
        <translation>%1: файл не найден</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a Waymark document</source>
        <translation>%1 — папка, а не документ Waymark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: permission denied</source>
        <translation>не удаётся прочитать %1: доступ запрещён</translation>
    </message>
    <message>
        <location filename="../core/formats/journeyfile.cpp" line="-28"/>
        <location filename="../core/storage/documentfile.cpp" line="+3"/>
        <location line="+159"/>
        <source>%1 cannot be read: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/documentfile.cpp" line="-156"/>
        <source>%1 is empty: not a Waymark document</source>
        <translation>%1 пуст: это не документ Waymark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Waymark document (it is not an SQLite database)</source>
        <translation>%1 — не документ Waymark (это не база данных SQLite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged: the file is truncated</source>
        <translation>%1 повреждён: файл обрезан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an SQLite database of another application, not a Waymark document</source>
        <translation>%1 — база данных SQLite другого приложения, а не документ Waymark</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 is open read-only</source>
        <translation>%1 открыт только для чтения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is read-only on disk; changes cannot be saved</source>
        <translation>%1 на диске доступен только для чтения; изменения нельзя сохранить</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is open in another Waymark window (process %2); opened read-only</source>
        <translation>%1 открыт в другом окне Waymark (процесс %2); открыт только для чтения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in a folder that cannot be written; opened read-only</source>
        <translation>%1 находится в папке без права записи; открыт только для чтения</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+26"/>
        <source>%1 cannot be opened: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 повреждён: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was saved by a newer Waymark (file version %2, this version reads %3); opened read-only</source>
        <translation>%1 сохранён более новой версией Waymark (версия файла %2, эта версия читает %3); открыт только для чтения</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a Waymark document (no schema version)</source>
        <translation>%1 — не документ Waymark (нет версии схемы)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not upgraded: the backup copy could not be written (%2)</source>
        <translation>%1 не обновлён: не удалось записать резервную копию (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be upgraded: %2</source>
        <translation>не удалось обновить %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was upgraded from file version %2 to %3; the old file is kept as %4</source>
        <translation>%1 обновлён с версии файла %2 до %3; старый файл сохранён как %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/storage/savecopy.cpp" line="-11"/>
        <source>%1 could not be read: %2</source>
        <translation>не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be opened for editing: %2</source>
        <translation>не удаётся открыть %1 для редактирования: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../core/storage/savecopy.cpp" line="+22"/>
        <source>%1 could not be written</source>
        <translation>не удалось записать %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already exists</source>
        <translation>%1 уже существует</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: папка не существует</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be created: %2</source>
        <translation>не удалось создать %1: %2</translation>
    </message>
    <message>
        <location filename="../core/templates/sample.cpp" line="-18"/>
        <source>Buy a sofa online or in the showroom</source>
        <translation>Купить диван: сайт или салон</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anna has moved into her first flat and needs a sofa within a month. She looks online, visits the showroom, orders and waits for the delivery.</source>
        <translation>Анна переехала в свою первую квартиру, и ей нужен диван в течение месяца. Она ищет онлайн, заходит в салон, заказывает и ждёт доставку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/templates/templates.cpp" line="-113"/>
        <source>Awareness</source>
        <translation>Осведомлённость</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Consideration</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Use</source>
        <translation>Использование</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Support and loyalty</source>
        <translation>Поддержка и лояльность</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/templates/templates.cpp" line="+118"/>
        <source>Physical evidence</source>
        <translation>Материальная среда</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="-11"/>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/templates/templates.cpp" line="+3"/>
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+9"/>
        <source>Frontstage actions</source>
        <translation>Действия фронтстейджа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Backstage actions</source>
        <translation>Действия бэкстейджа</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/templates/templates.cpp" line="+1"/>
        <source>Support processes</source>
        <translation>Процессы поддержки</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Buy a sofa (future state)</source>
        <translation>Купить диван (целевое состояние)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same purchase with AR swatches, guest checkout, 2-hour delivery slots and a named support agent.</source>
        <translation>Та же покупка с образцами тканей в AR, оформлением без регистрации, двухчасовыми окнами доставки и персональным агентом поддержки.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Previews fabrics in AR at home</source>
        <translation>Смотрит ткани в AR дома</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checks out as a guest</source>
        <translation>Оформляет заказ без регистрации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picks a 2-hour slot, booked with the carrier</source>
        <translation>Выбирает двухчасовое окно, забронированное у перевозчика</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waits for the 2-hour window</source>
        <translation>Ждёт в двухчасовом окне</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A named agent owns the case and calls back</source>
        <translation>Персональный агент ведёт обращение и перезванивает</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Anna, first-time buyer</source>
        <translation>Анна, покупает впервые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sofa that fits a small flat and arrives on a day she is at home</source>
        <translation>Диван, который поместится в маленькой квартире и приедет в день, когда она дома</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t take a whole day off just to wait for a van.</source>
        <translation>Я не могу взять целый выходной, только чтобы ждать фургон.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>29, moved into her first flat, shops on her phone.</source>
        <translation>29 лет, переехала в первую квартиру, покупает со смартфона.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marek, showroom browser</source>
        <translation>Марек, ходит по салонам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit on it before paying 1,500 euros</source>
        <translation>Посидеть на диване, прежде чем платить 1500 евро</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Photos never show how deep a seat is.</source>
        <translation>По фото никогда не понять, насколько глубокое сиденье.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>41, two children, buys furniture once in ten years.</source>
        <translation>41 год, двое детей, покупает мебель раз в десять лет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showroom</source>
        <translation>Салон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call centre</source>
        <translation>Колл-центр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live chat</source>
        <translation>Онлайн-чат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery partner</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <location filename="../core/model/standardmetrics.cpp" line="+21"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location filename="../core/templates/templates.cpp" line="-19"/>
        <source>New journey map</source>
        <translation>Новая карта пути клиента</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thoughts</source>
        <translation>Мысли</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New service blueprint</source>
        <translation>Новый блупринт услуги</translation>
    </message>
    <message>
        <location filename="../core/storage/savecopy.cpp" line="-31"/>
        <source>No file name for the copy.</source>
        <translation>Не указано имя файла для копии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy must go to another file than the open one.</source>
        <translation>Копию нужно сохранить в другой файл, а не в открытый.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 could not be replaced</source>
        <translation>не удалось заменить %1</translation>
    </message>
    <message>
        <location filename="../core/teamstore/teamstore.cpp" line="-13"/>
        <source>a moment ago</source>
        <translation>только что</translation>
    </message>
    <message>
        <location filename="../core/render/observedpainter.cpp" line="-253"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
</context>
<context>
    <name>waymark::AddChannelCommand</name>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="+63"/>
        <source>Add channel</source>
        <translation>Добавить канал</translation>
    </message>
</context>
<context>
    <name>waymark::AddCommentCommand</name>
    <message>
        <location filename="../core/commands/workshopcommands.cpp" line="-130"/>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
</context>
<context>
    <name>waymark::AddItemsCommand</name>
    <message>
        <location filename="../core/commands/stepcommands.cpp" line="-222"/>
        <source>the journey no longer exists</source>
        <translation>пути больше не существует</translation>
    </message>
</context>
<context>
    <name>waymark::AddLaneCommand</name>
    <message>
        <location filename="../core/commands/structurecommands.cpp" line="+97"/>
        <source>Add lane</source>
        <translation>Добавить дорожку</translation>
    </message>
</context>
<context>
    <name>waymark::AddMetricDefCommand</name>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="+51"/>
        <source>Add metric</source>
        <translation>Добавить метрику</translation>
    </message>
</context>
<context>
    <name>waymark::AddPersonaCommand</name>
    <message>
        <location line="-97"/>
        <source>Add persona</source>
        <translation>Добавить персону</translation>
    </message>
</context>
<context>
    <name>waymark::AddStageCommand</name>
    <message>
        <location filename="../core/commands/structurecommands.cpp" line="-64"/>
        <source>Add stage</source>
        <translation>Добавить этап</translation>
    </message>
</context>
<context>
    <name>waymark::CardTips</name>
    <message>
        <location filename="../app/gui/cardtips.cpp" line="+39"/>
        <source>Owner: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 (n %3)</source>
        <translation>%1: %2 (n %3)</translation>
    </message>
</context>
<context>
    <name>waymark::ChangeMetricDefCommand</name>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="+114"/>
        <source>Change metric targets</source>
        <translation>Изменить целевые значения метрики</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the metric &quot;%1&quot; no longer exists</source>
        <translation>метрики &quot;%1&quot; больше не существует</translation>
    </message>
</context>
<context>
    <name>waymark::ChannelIconItem</name>
    <message>
        <location filename="../app/gui/channeliconitem.cpp" line="+43"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiosk</source>
        <translation>Киоск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Лично</translation>
    </message>
</context>
<context>
    <name>waymark::DataFile</name>
    <message>
        <location filename="../core/metrics/datafile.cpp" line="+45"/>
        <location line="+13"/>
        <source>%1 cannot be read: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 is not a text file (it holds NUL bytes); UTF-16 files need their byte order mark</source>
        <translation>%1 — не текстовый файл (в нём есть байты NUL); файлам UTF-16 нужна метка порядка байтов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data</source>
        <translation>данные</translation>
    </message>
</context>
<context>
    <name>waymark::DataHeader</name>
    <message>
        <location filename="../core/metrics/datalayout.cpp" line="-52"/>
        <source>the data has no column &quot;%1&quot;; it has %2</source>
        <translation>в данных нет столбца &quot;%1&quot;; есть: %2</translation>
    </message>
</context>
<context>
    <name>waymark::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="+23"/>
        <source>The file could not be read completely: %1</source>
        <translation>Не удалось полностью прочитать файл: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../core/document/documentworkspace.cpp" line="+270"/>
        <source>there is no journey &quot;%1&quot;</source>
        <translation>пути &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>could not start a transaction</source>
        <translation>не удалось начать транзакцию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a part of the change failed</source>
        <translation>часть изменения не выполнена</translation>
    </message>
    <message>
        <location filename="../core/document/documentworkspace.cpp" line="-250"/>
        <source>persona id &quot;%1&quot; is empty or already used</source>
        <translation>идентификатор персоны &quot;%1&quot; пуст или уже занят</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <location line="+252"/>
        <source>there is no persona &quot;%1&quot;</source>
        <translation>персоны &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>persona &quot;%1&quot; is used by journey &quot;%2&quot;</source>
        <translation>персона &quot;%1&quot; используется в пути &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no persona at that position</source>
        <translation>в этой позиции нет персоны</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>channel id &quot;%1&quot; is empty or already used</source>
        <translation>идентификатор канала &quot;%1&quot; пуст или уже занят</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <source>there is no channel &quot;%1&quot;</source>
        <translation>канала &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>channel &quot;%1&quot; is used by step &quot;%2&quot;</source>
        <translation>канал &quot;%1&quot; используется шагом &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no channel at that position</source>
        <translation>в этой позиции нет канала</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>metric id &quot;%1&quot; is empty or already used</source>
        <translation>идентификатор метрики &quot;%1&quot; пуст или уже занят</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <source>there is no metric &quot;%1&quot;</source>
        <translation>метрики &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>metric &quot;%1&quot; has values in journey &quot;%2&quot;</source>
        <translation>у метрики &quot;%1&quot; есть значения в пути &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>journey id &quot;%1&quot; is already used</source>
        <translation>идентификатор пути &quot;%1&quot; уже занят</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>journey &quot;%1&quot; still has imported data</source>
        <translation>в пути &quot;%1&quot; ещё есть импортированные данные</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>journey &quot;%1&quot; still has event data</source>
        <translation>в пути &quot;%1&quot; ещё есть данные событий</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no journey at that position</source>
        <translation>в этой позиции нет пути</translation>
    </message>
    <message>
        <location filename="../core/document/documentjourney.cpp" line="+23"/>
        <source>stage id &quot;%1&quot; is empty or already used</source>
        <translation>идентификатор этапа &quot;%1&quot; пуст или уже занят</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>there is no stage &quot;%1&quot;</source>
        <translation>этапа &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stage &quot;%1&quot; still holds steps</source>
        <translation>в этапе &quot;%1&quot; ещё есть шаги</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no stage at that position</source>
        <translation>в этой позиции нет этапа</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>lane id &quot;%1&quot; is empty or already used</source>
        <translation>идентификатор дорожки &quot;%1&quot; пуст или уже занят</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>there is no lane &quot;%1&quot;</source>
        <translation>дорожки &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lane &quot;%1&quot; still holds steps</source>
        <translation>на дорожке &quot;%1&quot; ещё есть шаги</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no lane at that position</source>
        <translation>в этой позиции нет дорожки</translation>
    </message>
    <message>
        <location filename="../core/document/documentitems.cpp" line="+127"/>
        <location filename="../core/document/documentjourney.cpp" line="+20"/>
        <source>step id &quot;%1&quot; is already used</source>
        <translation>идентификатор шага &quot;%1&quot; уже занят</translation>
    </message>
    <message>
        <location line="-102"/>
        <location filename="../core/document/documentjourney.cpp" line="+37"/>
        <location filename="../core/document/documentworkshop.cpp" line="+27"/>
        <location line="+58"/>
        <source>there is no step &quot;%1&quot;</source>
        <translation>шага &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+113"/>
        <location filename="../core/document/documentjourney.cpp" line="+46"/>
        <source>link id &quot;%1&quot; is already used</source>
        <translation>идентификатор связи &quot;%1&quot; уже занят</translation>
    </message>
    <message>
        <location line="-107"/>
        <location filename="../core/document/documentjourney.cpp" line="+28"/>
        <source>there is no link &quot;%1&quot;</source>
        <translation>связи &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>link &quot;%1&quot; names a step that does not exist: &quot;%2&quot;</source>
        <translation>связь &quot;%1&quot; ссылается на несуществующий шаг: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>link &quot;%1&quot; has a share outside 0..1</source>
        <translation>доля связи &quot;%1&quot; вне диапазона 0..1</translation>
    </message>
    <message>
        <location filename="../core/document/documentworkshop.cpp" line="-62"/>
        <source>comment id &quot;%1&quot; is empty or already used</source>
        <translation>идентификатор комментария &quot;%1&quot; пуст или уже занят</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+18"/>
        <source>there is no comment &quot;%1&quot;</source>
        <translation>комментария &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a vote count cannot be negative</source>
        <translation>число голосов не может быть отрицательным</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>import id &quot;%1&quot; is empty or already used</source>
        <translation>идентификатор импорта &quot;%1&quot; пуст или уже занят</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a metric value does not fit the journey: step &quot;%1&quot;, metric &quot;%2&quot;</source>
        <translation>значение метрики не подходит к пути: шаг &quot;%1&quot;, метрика &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>there is no import &quot;%1&quot;</source>
        <translation>импорта &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location filename="../core/document/documentpictures.cpp" line="+13"/>
        <source>picture id &quot;%1&quot; is empty or already used</source>
        <translation>идентификатор изображения &quot;%1&quot; пуст или уже занят</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picture &quot;%1&quot; has no data</source>
        <translation>у изображения &quot;%1&quot; нет данных</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no picture &quot;%1&quot;</source>
        <translation>изображения &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>picture &quot;%1&quot; is still shown</source>
        <translation>изображение &quot;%1&quot; ещё используется</translation>
    </message>
</context>
<context>
    <name>waymark::DocumentController</name>
    <message>
        <location filename="../app/gui/documentcontroller.cpp" line="+115"/>
        <source>A password is only asked for a team workspace.</source>
        <translation>Пароль запрашивается только для командного пространства.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No file is open.</source>
        <translation>Нет открытого файла.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved a copy as %1</source>
        <translation>Копия сохранена как %1</translation>
    </message>
</context>
<context>
    <name>waymark::EventImportController</name>
    <message>
        <location filename="../app/gui/eventimportcontroller.cpp" line="+108"/>
        <source>Choose a journey first.</source>
        <translation>Сначала выберите путь.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>No event matches a step of this journey.</source>
        <translation>Ни одно событие не соответствует шагу этого пути.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The event data could not be stored.</source>
        <translation>Не удалось сохранить данные событий.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 matched, %3 unmatched; %4 conformant, %5 reached a goal.</source>
        <translation>%1, сопоставлено: %2, не сопоставлено: %3; соответствуют карте: %4, дошли до цели: %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ExportController</name>
    <message>
        <location filename="../app/gui/exportcontroller.cpp" line="+106"/>
        <source>An export is still being written.</source>
        <translation>Экспорт ещё записывается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a map to export it.</source>
        <translation>Откройте карту, чтобы экспортировать её.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file to export to.</source>
        <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waymark cannot export to &quot;%1&quot;: choose PDF, PNG, SVG, CSV, JSON or Mermaid.</source>
        <translation>Waymark не может экспортировать в &quot;%1&quot;: выберите PDF, PNG, SVG, CSV, JSON или Mermaid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown page size &quot;%1&quot;.</source>
        <translation>Неизвестный размер страницы &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journey to export is gone.</source>
        <translation>Путь для экспорта больше не существует.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Exported %1: %n page(s).</source>
        <translation>
            <numerusform>Экспортировано в %1: %n страница.</numerusform>
            <numerusform>Экспортировано в %1: %n страницы.</numerusform>
            <numerusform>Экспортировано в %1: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
</context>
<context>
    <name>waymark::FindController</name>
    <message>
        <location filename="../app/gui/findcontroller.cpp" line="+15"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external key</source>
        <translation>внешний ключ</translation>
    </message>
</context>
<context>
    <name>waymark::MapEditor</name>
    <message>
        <location filename="../app/gui/cardeditor.cpp" line="+28"/>
        <location filename="../app/gui/pictureeditor.cpp" line="+105"/>
        <source>The Emotions lane shows the curve of the cards&apos; emotions; cards go in the other lanes.</source>
        <translation>Дорожка «Эмоции» показывает кривую эмоций карточек; карточки размещаются в других дорожках.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The clipboard does not hold cards Waymark can read: %1</source>
        <translation>В буфере обмена нет карточек, которые Waymark может прочитать: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/journeyeditor.cpp" line="+42"/>
        <source>New journey</source>
        <translation>Новый путь</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 holds no journeys.</source>
        <translation>В %1 нет путей.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Imported %n journey(s) from %1.</source>
        <translation>
            <numerusform>Импортирован %n путь из %1.</numerusform>
            <numerusform>Импортировано %n пути из %1.</numerusform>
            <numerusform>Импортировано %n путей из %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicate as future state</source>
        <translation>Дублировать как целевое состояние</translation>
    </message>
</context>
<context>
    <name>waymark::MapSheet</name>
    <message>
        <location filename="../core/render/mapsheet.cpp" line="+137"/>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moment of truth</source>
        <translation>Момент истины</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Emotion</source>
        <translation>Эмоция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−2 … +2</source>
        <translation>−2 … +2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+272"/>
        <source>Overlay: %1</source>
        <extracomment>legend heading: the metric shown on the cards</extracomment>
        <translation>Наложение: %1</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>good %1</source>
        <translation>хорошо %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>watch %1</source>
        <translation>внимание %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad %1</source>
        <translation>плохо %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no thresholds set</source>
        <translation>пороги не заданы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fewer than %1 answers</source>
        <translation>меньше %1 ответов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop</source>
        <translation>Воркшоп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dot votes</source>
        <translation>голоса точками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments</source>
        <translation>комментарии</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>%1 / %2</source>
        <extracomment>page number on a printed sheet: &quot;2 / 6&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1 of %2 · column %3 of %4</source>
        <extracomment>where a printed tile sits: row and column in the grid of pages</extracomment>
        <translation>ряд %1 из %2 · столбец %3 из %4</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Persona: %1</source>
        <translation>Персона: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scenario: %1</source>
        <translation>Сценарий: %1</translation>
    </message>
</context>
<context>
    <name>waymark::MetricImportController</name>
    <message>
        <location filename="../app/gui/metricimportcontroller.cpp" line="+140"/>
        <location line="+52"/>
        <source>Choose the column that names the steps.</source>
        <translation>Выберите столбец, который называет шаги.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The step column is empty in the first rows.</source>
        <translation>В первых строках столбец шагов пуст.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 rows name a step of this journey.</source>
        <translation>%1 из %2 строк называют шаг этого пути.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the first %2 rows name a step of this journey.</source>
        <translation>%1 из первых %2 строк называют шаг этого пути.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Not found: %2.</source>
        <translation>%1 Не найдено: %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a data file.</source>
        <translation>Выберите файл данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a journey to import into.</source>
        <translation>Откройте путь, в который нужно импортировать.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose at least one metric column.</source>
        <translation>Выберите хотя бы один столбец метрик.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+70"/>
        <source>%1: %2</source>
        <extracomment>one column of the import mapping: its use, then the column&apos;s name</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not imported</source>
        <translation>Не импортировать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New metric</source>
        <translation>Новая метрика</translation>
    </message>
    <message>
        <location filename="../app/gui/metricimportjob.cpp" line="+98"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Отменено: ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Nothing was imported: the document was closed meanwhile.</source>
        <translation>Ничего не импортировано: документ тем временем закрыли.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import metrics from %1</source>
        <translation>Импорт метрик из %1</translation>
    </message>
</context>
<context>
    <name>waymark::MetricOverlay</name>
    <message>
        <location filename="../app/gui/metricoverlay.cpp" line="+168"/>
        <source>no targets set</source>
        <translation>целевые значения не заданы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>≥ %1 good</source>
        <translation>≥ %1 хорошо</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>%1 to %2 watch</source>
        <translation>от %1 до %2 внимание</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&lt; %1 act</source>
        <translation>&lt; %1 действовать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≤ %1 good</source>
        <translation>≤ %1 хорошо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&gt; %1 act</source>
        <translation>&gt; %1 действовать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The green target “%1” is not a number.</source>
        <translation>Зелёный порог «%1» — не число.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amber target “%1” is not a number.</source>
        <translation>Жёлтый порог «%1» — не число.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The green target must not be below the amber one.</source>
        <translation>Зелёный порог не должен быть ниже жёлтого.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The green target must not be above the amber one.</source>
        <translation>Зелёный порог не должен быть выше жёлтого.</translation>
    </message>
</context>
<context>
    <name>waymark::MoveJourneyCommand</name>
    <message>
        <location filename="../core/commands/journeycommands.cpp" line="-27"/>
        <source>Move journey</source>
        <translation>Переместить путь</translation>
    </message>
</context>
<context>
    <name>waymark::MoveLaneCommand</name>
    <message>
        <location filename="../core/commands/structurecommands.cpp" line="+110"/>
        <source>Move lane</source>
        <translation>Переместить дорожку</translation>
    </message>
</context>
<context>
    <name>waymark::MoveStageCommand</name>
    <message>
        <location line="-63"/>
        <source>Move stage</source>
        <translation>Переместить этап</translation>
    </message>
</context>
<context>
    <name>waymark::MoveStepsCommand</name>
    <message>
        <location filename="../core/commands/stepcommands.cpp" line="+70"/>
        <source>the target cell no longer exists</source>
        <translation>целевой ячейки больше не существует</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a card to move no longer exists</source>
        <translation>перемещаемой карточки больше не существует</translation>
    </message>
</context>
<context>
    <name>waymark::ObservedOverlay</name>
    <message>
        <location filename="../app/gui/observedoverlay.cpp" line="+122"/>
        <source>Skipped steps</source>
        <translation>Пропуск шагов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jumped ahead of the plan</source>
        <translation>перескочили вперёд относительно плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Went back</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>returned to an earlier step</source>
        <translation>вернулись к более раннему шагу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad hoc</source>
        <translation>Вне плана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moved where the plan never leads</source>
        <translation>перешли туда, куда план не ведёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same step twice in a row</source>
        <translation>один и тот же шаг дважды подряд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation>Незавершённые</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ended away from a goal</source>
        <translation>завершились не на цели</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>“%1”: %2 by %3.</source>
        <extracomment>A step badge&apos;s tooltip: %1 is the step&apos;s title, then &quot;12 visits&quot;, &quot;10 cases&quot;.</extracomment>
        <translation>«%1»: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n посещение</numerusform>
            <numerusform>%n посещения</numerusform>
            <numerusform>%n посещений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n случай</numerusform>
            <numerusform>%n случая</numerusform>
            <numerusform>%n случаев</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 (%3%)</source>
        <extracomment>One channel of a step&apos;s channel mix: name, visits, share of the step&apos;s visits.</extracomment>
        <translation>%1 %2 (%3%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no channel %1</source>
        <translation>без канала %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels (“%1”): %2</source>
        <extracomment>%1 is the channel column&apos;s name, %2 the list of channels with their visits.</extracomment>
        <translation>Каналы («%1»): %2</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>Not on the map: %n customer(s) went from “%2” to “%3”. Click to add this link.</source>
        <extracomment>A ghost link&apos;s tooltip; %2 and %3 are step titles.</extracomment>
        <translation>
            <numerusform>Нет на карте: %n клиент перешёл с «%2» на «%3». Щёлкните, чтобы добавить эту связь.</numerusform>
            <numerusform>Нет на карте: %n клиента перешли с «%2» на «%3». Щёлкните, чтобы добавить эту связь.</numerusform>
            <numerusform>Нет на карте: %n клиентов перешли с «%2» на «%3». Щёлкните, чтобы добавить эту связь.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The links already have the observed shares.</source>
        <translation>У связей уже наблюдаемые доли.</translation>
    </message>
</context>
<context>
    <name>waymark::ObservedPainter</name>
    <message>
        <location filename="../core/render/observedpainter.cpp" line="+217"/>
        <source>%1 left</source>
        <translation>ушли: %1</translation>
    </message>
</context>
<context>
    <name>waymark::Parser</name>
    <message>
        <location filename="../core/formats/mermaidimport.cpp" line="-278"/>
        <source>the score &quot;%1&quot; is not a number</source>
        <translation>оценка &quot;%1&quot; — не число</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the score %1 is rounded to %2</source>
        <translation>оценка %1 округлена до %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the task has no score; write &quot;Task: 0..5: actors&quot;</source>
        <translation>у задачи нет оценки; пишите &quot;Task: 0..5: actors&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the score %1 is outside 0..5; taken as %2</source>
        <translation>оценка %1 вне диапазона 0..5; принята как %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a task; write &quot;Task name: score: actor, actor&quot;</source>
        <translation>&quot;%1&quot; — не задача; пишите &quot;Task name: score: actor, actor&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a task needs a name before its &apos;:&apos;</source>
        <translation>у задачи должно быть имя перед &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>text after the actors is ignored</source>
        <translation>текст после участников пропущен</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;;&apos; is not allowed in a Mermaid journey</source>
        <translation>&apos;;&apos; недопустима в пути Mermaid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;journey&quot; may appear only once, on the first line</source>
        <translation>&quot;journey&quot; может быть только один раз, в первой строке</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a section needs a name</source>
        <translation>у раздела должно быть имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a section name cannot hold &apos;:&apos;</source>
        <translation>имя раздела не может содержать &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>front matter (&quot;---&quot;) must come first in the file, before any directive or comment, and end with a &quot;---&quot; line</source>
        <translation>блок метаданных (&quot;---&quot;) должен идти в файле первым, до любой директивы или комментария, и заканчиваться строкой &quot;---&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this is a Mermaid &quot;%1&quot; diagram, not a journey</source>
        <translation>это диаграмма Mermaid &quot;%1&quot;, а не journey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Mermaid journey: the diagram must start with &quot;journey&quot;</source>
        <translation>не путь Mermaid: диаграмма должна начинаться с &quot;journey&quot;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the front matter that starts with &quot;---&quot; is not closed with a &quot;---&quot; line</source>
        <translation>блок метаданных, начинающийся с &quot;---&quot;, не закрыт строкой &quot;---&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;accDescr {&quot; is not closed with &quot;}&quot;</source>
        <translation>&quot;accDescr {&quot; не закрыт &quot;}&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Mermaid journey: there is no &quot;journey&quot; line</source>
        <translation>не путь Mermaid: нет строки &quot;journey&quot;</translation>
    </message>
</context>
<context>
    <name>waymark::PictureEditor</name>
    <message>
        <location filename="../app/gui/pictureeditor.cpp" line="-54"/>
        <location line="+25"/>
        <source>The picture was not added: %1</source>
        <translation>Изображение не добавлено: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no picture on the clipboard.</source>
        <translation>В буфере обмена нет изображения.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 × %2 · %3</source>
        <extracomment>size and type of a picture: &quot;1280 × 720 · PNG&quot;</extracomment>
        <translation>%1 × %2 · %3</translation>
    </message>
</context>
<context>
    <name>waymark::PrintController</name>
    <message>
        <location filename="../app/gui/printcontroller.cpp" line="+94"/>
        <source>Printing failed: %1</source>
        <translation>Ошибка печати: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the map is laid out for A4, A3, A2 or Letter paper, not %1</source>
        <translation>карта раскладывается на бумагу A4, A3, A2 или Letter, а не %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no file to print into was given</source>
        <translation>не указан файл для печати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be written</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the system print dialog needs Qt Widgets</source>
        <translation>системному диалогу печати нужен Qt Widgets</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Journeys</source>
        <translation>Пути</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This journey: %1</source>
        <translation>Этот путь: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>All %n journey(s) of the file</source>
        <translation>
            <numerusform>Все %n путь файла</numerusform>
            <numerusform>Все %n пути файла</numerusform>
            <numerusform>Все %n путей файла</numerusform>
        </translation>
    </message>
    <message>
        <location line="-104"/>
        <source>there is no printer &quot;%1&quot;</source>
        <translation>принтера &quot;%1&quot; нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the printer &quot;%1&quot; cannot be used</source>
        <translation>принтер &quot;%1&quot; нельзя использовать</translation>
    </message>
</context>
<context>
    <name>waymark::RemoveChannelCommand</name>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="-62"/>
        <source>Delete channel</source>
        <translation>Удалить канал</translation>
    </message>
</context>
<context>
    <name>waymark::RemoveCommentCommand</name>
    <message>
        <location filename="../core/commands/workshopcommands.cpp" line="+18"/>
        <source>Delete comment</source>
        <translation>Удалить комментарий</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the comment no longer exists</source>
        <translation>комментария больше не существует</translation>
    </message>
</context>
<context>
    <name>waymark::RemoveJourneyCommand</name>
    <message>
        <location filename="../core/commands/journeycommands.cpp" line="-44"/>
        <source>Delete journey</source>
        <translation>Удалить путь</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the journey no longer exists</source>
        <translation>пути больше не существует</translation>
    </message>
</context>
<context>
    <name>waymark::RemoveLaneCommand</name>
    <message>
        <location filename="../core/commands/structurecommands.cpp" line="+34"/>
        <source>Delete lane</source>
        <translation>Удалить дорожку</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the lane no longer exists</source>
        <translation>дорожки больше не существует</translation>
    </message>
</context>
<context>
    <name>waymark::RemovePersonaCommand</name>
    <message>
        <location filename="../core/commands/workspacecommands.cpp" line="-46"/>
        <source>Delete persona</source>
        <translation>Удалить персону</translation>
    </message>
</context>
<context>
    <name>waymark::RemoveStageCommand</name>
    <message>
        <location filename="../core/commands/structurecommands.cpp" line="-74"/>
        <source>Delete stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the stage no longer exists</source>
        <translation>этапа больше не существует</translation>
    </message>
</context>
<context>
    <name>waymark::SetVoteCommand</name>
    <message>
        <location filename="../core/commands/workshopcommands.cpp" line="+13"/>
        <source>Vote</source>
        <translation>Голос</translation>
    </message>
</context>
<context>
    <name>waymark::TeamStore</name>
    <message>
        <location filename="../core/teamstore/teamstore.cpp" line="+40"/>
        <source>no workspace named: add ?workspace=NAME to the URI or --workspace NAME</source>
        <translation>не указано рабочее пространство: добавьте ?workspace=NAME к URI или --workspace NAME</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>your role &quot;%1&quot; may only read the team workspace &quot;%2&quot;</source>
        <translation>ваша роль &quot;%1&quot; может только читать командное рабочее пространство &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>offline, reconnecting: the edit was not saved</source>
        <translation>нет связи, переподключение: изменение не сохранено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an id or a participant name is too long for the server (%1)</source>
        <translation>идентификатор или имя участника слишком длинные для сервера (%1)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1, after your edit; undoing it would overwrite that</source>
        <translation>%1, после вашего изменения; его отмена перезаписала бы эти правки</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>this %1 was changed by %2 %3</source>
        <translation>объект (%1) изменён участником %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this %1 was removed by %2 %3</source>
        <translation>объект (%1) удалён участником %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this %1 was changed by someone else</source>
        <translation>объект (%1) изменён другим участником</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>this %1 is no longer in the workspace</source>
        <translation>объекта (%1) больше нет в рабочем пространстве</translation>
    </message>
</context>
<context>
    <name>waymark::WorkshopAppendix</name>
    <message>
        <location filename="../core/render/workshopappendix.cpp" line="+73"/>
        <source>Dot votes, ranked</source>
        <translation>Голоса точками по рейтингу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>waymark::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="-57"/>
        <source>Usage: waymark [FILE.cjm]            open the editor
       waymark COMMAND [OPTIONS]     work on a file without a window

Commands:
</source>
        <translation>Запуск: waymark [FILE.cjm]              открыть редактор
        waymark КОМАНДА [ПАРАМЕТРЫ]     работа с файлом без окна

Команды:
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
Options:
  --help, -h        show this help (or &apos;waymark COMMAND --help&apos;)
  --version, -v     show the version

Editor options: waymark FILE.cjm --screenshot OUT.png [--size 1600x1000]
</source>
        <translation>
Параметры:
  --help, -h        показать эту справку (или &apos;waymark КОМАНДА --help&apos;)
  --version, -v     показать версию

Параметры редактора: waymark FILE.cjm --screenshot OUT.png [--size 1600x1000]
</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>unknown command &quot;%1&quot;; see &apos;waymark --help&apos;</source>
        <translation>неизвестная команда &quot;%1&quot;; см. &apos;waymark --help&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waymark: error: %1</source>
        <translation>waymark: ошибка: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waymark: warning: %1</source>
        <translation>waymark: предупреждение: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>waymark %1: %2 (see &apos;waymark %1 --help&apos;)</source>
        <translation>waymark %1: %2 (см. &apos;waymark %1 --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_analyze.cpp" line="+44"/>
        <source>Analyses the journey graph: entries and goals, unreachable steps, dead ends, loops, must-pass steps, the most likely paths with their handoffs and channel switches, the goal share, where customers are lost and the most important steps. With --compare, puts two journeys side by side (current and future state): waymark analyze FILE.cjm --compare CURRENT FUTURE</source>
        <translation>Анализирует граф пути: входы и цели, недостижимые шаги, тупики, циклы, обязательные шаги, самые вероятные пути с их передачами и сменами канала, долю дошедших до цели, места потери клиентов и самые важные шаги. С --compare сопоставляет два пути (текущее и целевое состояние): waymark analyze FILE.cjm --compare CURRENT FUTURE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the workspace to analyse</source>
        <translation>анализируемое рабочее пространство</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_metrics.cpp" line="-32"/>
        <source>one journey, by name or id (default: all)</source>
        <translation>один путь, по имени или идентификатору (по умолчанию: все)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the analysis as JSON (see the README)</source>
        <translation>записать анализ в JSON (см. README)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compare two journeys, each by name or id: --compare CURRENT FUTURE</source>
        <translation>сравнить два пути, каждый по имени или идентификатору: --compare CURRENT FUTURE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--compare needs two journeys: CURRENT FUTURE</source>
        <translation>--compare нужны два пути: CURRENT FUTURE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--journey and --compare cannot be used together</source>
        <translation>--journey и --compare нельзя использовать вместе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>неожиданный аргумент &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_export.cpp" line="-143"/>
        <source>no metric &quot;%1&quot;: the file defines no metrics</source>
        <translation>метрики &quot;%1&quot; нет: в файле не определено ни одной метрики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no metric &quot;%1&quot;; the file has: %2</source>
        <translation>метрики &quot;%1&quot; нет; в файле есть: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writes journeys to a file. The format comes from the extension of -o (.pdf, .png, .svg, .csv, .json, .mmd) unless --format is given; &apos;-o -&apos; writes to standard output. pdf, csv, votes-csv and json cover every journey, png, svg and mermaid the first one, unless --journey names one.</source>
        <translation>Записывает пути в файл. Формат определяется расширением -o (.pdf, .png, .svg, .csv, .json, .mmd), если не указан --format; &apos;-o -&apos; пишет в стандартный вывод. pdf, csv, votes-csv и json охватывают все пути, png, svg и mermaid — первый, если --journey не указывает другой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workspace to export from</source>
        <translation>рабочее пространство для экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write</source>
        <translation>записываемый файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>output format: %1</source>
        <translation>формат вывода: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one journey, by name or id</source>
        <translation>один путь, по имени или идентификатору</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf paper: %1 (default A4; landscape, tiled when the map is larger; fit: one page cut to the map)</source>
        <translation>бумага pdf: %1 (по умолчанию A4; альбомная, разбивка на страницы, если карта больше; fit: одна страница по размеру карты)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pdf: portrait paper instead of landscape</source>
        <translation>pdf: книжная ориентация вместо альбомной</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, png, svg: show this metric (id or name) on the cards</source>
        <translation>pdf, png, svg: показать эту метрику (идентификатор или имя) на карточках</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, png, svg: draw what event logs say over the map (traffic, unplanned transitions, cases and times per step; see import-events)</source>
        <translation>pdf, png, svg: нанести на карту данные журналов событий (трафик, незапланированные переходы, случаи и время на шагах; см. import-events)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>png, svg: pixels per inch (default 96: one pixel per map unit)</source>
        <translation>png, svg: пикселей на дюйм (по умолчанию 96: один пиксель на единицу карты)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, png, svg: show workshop results: dot votes and comment counts on the cards, and in the pdf an appendix of ranked votes and comments</source>
        <translation>pdf, png, svg: показать итоги воркшопа: голоса точками и число комментариев на карточках, а в pdf — приложение с рейтингом голосов и комментариями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leave workshop results out (the default)</source>
        <translation>не включать итоги воркшопа (по умолчанию)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say where to write: -o OUT</source>
        <translation>укажите, куда писать: -o OUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown format &quot;%1&quot;; use one of: %2</source>
        <translation>неизвестный формат &quot;%1&quot;; используйте один из: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give --format when writing to standard output</source>
        <translation>при записи в стандартный вывод укажите --format</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give --format: the extension of &quot;%1&quot; names no format</source>
        <translation>укажите --format: расширение &quot;%1&quot; не соответствует ни одному формату</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--comments and --no-comments contradict each other</source>
        <translation>--comments и --no-comments противоречат друг другу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown page size &quot;%1&quot;; use one of: %2</source>
        <translation>неизвестный размер страницы &quot;%1&quot;; используйте один из: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--dpi takes a number from 10 to 2400</source>
        <translation>--dpi принимает число от 10 до 2400</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 does not apply to %2 and is ignored</source>
        <translation>--%1 не применяется к %2 и пропущен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 applies to pdf only and is ignored</source>
        <translation>--%1 применяется только к pdf и пропущен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dpi applies to png and svg only and is ignored</source>
        <translation>--dpi применяется только к png и svg и пропущен</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no journeys to export</source>
        <translation>в %1 нет путей для экспорта</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cut to the map</source>
        <translation>по размеру карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 portrait</source>
        <translation>%1, книжная</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 landscape</source>
        <translation>%1, альбомная</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="-71"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+7"/>
        <source>%1 cannot be read: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="-62"/>
        <source>Adds the journeys of a JSON file (DESIGN.md §7) or a Mermaid journey diagram to a workspace file, creating the file if it does not exist. All or nothing.</source>
        <translation>Добавляет пути из файла JSON (DESIGN.md §7) или диаграммы Mermaid journey в файл рабочего пространства и создаёт файл, если его нет. Всё или ничего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workspace to add to</source>
        <translation>рабочее пространство, в которое добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Waymark journey JSON file</source>
        <translation>файл JSON с путями Waymark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Mermaid &quot;journey&quot; diagram: sections become stages, tasks steps</source>
        <translation>диаграмма Mermaid &quot;journey&quot;: разделы становятся этапами, задачи — шагами</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give --json or --mermaid, not both</source>
        <translation>укажите --json или --mermaid, но не оба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what to import: --json IN.json or --mermaid IN.mmd</source>
        <translation>укажите, что импортировать: --json IN.json или --mermaid IN.mmd</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="+6"/>
        <location line="+4"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+6"/>
        <location line="+4"/>
        <location line="+150"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_import.cpp" line="+39"/>
        <location filename="../app/cli/cmd_importevents.cpp" line="+181"/>
        <location line="+41"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+17"/>
        <location line="+39"/>
        <location line="+11"/>
        <source>nothing was imported: %1</source>
        <translation>ничего не импортировано: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="-240"/>
        <source> (%1 characters)</source>
        <translation> (символов: %1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>step: %1</source>
        <translation>шаг: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %1 into &quot;%2&quot; (%3 layout): %4 rows read, %5 matched, %6 unmatched, %7 rejected; %8 values on %9 steps.
</source>
        <translation>Импортировано %1 в &quot;%2&quot; (формат %3): прочитано строк: %4, сопоставлено: %5, не сопоставлено: %6, отклонено: %7; значений: %8 у %9 шагов.
</translation>
    </message>
    <message>
        <location filename="../app/cli/encodingoption.cpp" line="+45"/>
        <source>Read as %1 (--encoding).
</source>
        <translation>Прочитано как %1 (--encoding).
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as %1: the file is not UTF-8 text (--encoding overrides).
</source>
        <translation>Прочитано как %1: файл не в кодировке UTF-8 (можно задать через --encoding).
</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+9"/>
        <source>Mapping (proposed; to change it, save it to a file, edit it and pass --mapping): %1
</source>
        <translation>Сопоставление (предложенное; чтобы изменить, сохраните его в файл, отредактируйте и передайте через --mapping): %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced the earlier import of the same survey (%1, %2).
</source>
        <translation>Заменён предыдущий импорт того же опроса (%1, %2).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added the metric &quot;%1&quot; (%2).
</source>
        <translation>Добавлена метрика &quot;%1&quot; (%2).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows whose step matches no step of the journey:
</source>
        <translation>Строки, шаг которых не совпал ни с одним шагом пути:
</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="-135"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+3"/>
        <source>  &quot;%1&quot;: %2
</source>
        <translation>  &quot;%1&quot;: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+1"/>
        <location filename="../app/cli/cmd_metrics.cpp" line="+31"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  other values: %1
</source>
        <translation>  другие значения: %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: &quot;%2&quot;</source>
        <translation>строка %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers not counted in &quot;%1&quot; (%2): %3, e.g. %4
</source>
        <translation>Ответы, не учтённые в &quot;%1&quot; (%2): %3, например %4
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows with no answer in &quot;%1&quot; (%2): %3
</source>
        <translation>Строки без ответа в &quot;%1&quot; (%2): %3
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates that could not be read: %1 (those rows count in no period)
</source>
        <translation>Нераспознанные даты: %1 (эти строки не попадают ни в один период)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imports survey or analytics data (CSV) into a workspace: the answers are aggregated per step (and per month and segment where mapped). Without --mapping, the columns are proposed from the header and question texts; without --journey, the journey whose steps the data names is chosen. A newer export of the same survey replaces the older one. All or nothing.</source>
        <translation>Импортирует данные опросов или аналитики (CSV) в рабочее пространство: ответы агрегируются по шагам (а также по месяцам и сегментам, если они сопоставлены). Без --mapping столбцы предлагаются по заголовкам и текстам вопросов; без --journey выбирается путь, шаги которого названы в данных. Более новая выгрузка того же опроса заменяет старую. Всё или ничего.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="+32"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+5"/>
        <source>the workspace to import into</source>
        <translation>рабочее пространство, в которое импортировать</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+2"/>
        <source>the export: CSV, UTF-8, UTF-16, Windows-1251 or Windows-1252</source>
        <translation>выгрузка: CSV, UTF-8, UTF-16, Windows-1251 или Windows-1252</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="-87"/>
        <source>could not tell which journey the activities belong to</source>
        <translation>не удалось определить, к какому пути относятся действия</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note: %1
</source>
        <translation>Примечание: %1
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported %1 into &quot;%2&quot;: %3, %4 (%5 matched, %6 unmatched), %7, conformant %8, reached a goal %9.
</source>
        <translation>Импортировано %1 в «%2»: %3, %4 (сопоставлено: %5, не сопоставлено: %6), %7, соответствуют карте: %8, дошли до цели: %9.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns: %1
</source>
        <translation>Столбцы: %1
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segments (&quot;%1&quot;): %2.
</source>
        <translation>Сегменты («%1»): %2.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no values</source>
        <translation>нет значений</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced the earlier event data (%1, %2).
</source>
        <translation>Прежние данные событий (%1, %2) заменены.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities that match no step (dropped), with their events:
</source>
        <translation>Действия, не соответствующие ни одному шагу (отброшены), и их события:
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  other activities: %1
</source>
        <translation>  другие действия: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deviations (cases): %1 skipped, %2 backtrack, %3 ad hoc, %4 repeated, %5 incomplete.
</source>
        <translation>Отклонения (случаи): пропуски %1, возвраты %2, вне плана %3, повторы %4, незавершённые %5.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Imports an event log (CSV: case id, activity, timestamp; optional channel and segment) and stores what customers really did on a journey: paths, transitions, variants, time per step, conformance and deviations. Activities are matched to steps by external key, then by title. With --source and --query, the events stay in PostgreSQL and the server does the counting. Replaces the journey&apos;s earlier event data; all or nothing.</source>
        <translation>Импортирует журнал событий (CSV: идентификатор случая, действие, метка времени; по желанию канал и сегмент) и сохраняет, что клиенты на самом деле делали на пути: маршруты, переходы, варианты, время на шагах, соответствие карте и отклонения. Действия сопоставляются с шагами по внешнему ключу, затем по названию. С --source и --query события остаются в PostgreSQL, а подсчёт выполняет сервер. Заменяет прежние данные событий пути; импортируется всё или ничего.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the event log: CSV, UTF-8, UTF-16, Windows-1251 or Windows-1252</source>
        <translation>журнал событий: CSV в кодировке UTF-8, UTF-16, Windows-1251 или Windows-1252</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+1"/>
        <source>the journey, by name or id</source>
        <translation>путь, по имени или идентификатору</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+2"/>
        <source>which column is which (see README)</source>
        <translation>какой столбец чем является (см. README)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PostgreSQL database (postgresql://...) instead of a CSV file</source>
        <translation>база данных PostgreSQL (postgresql://...) вместо файла CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --source: the SELECT that returns the events</source>
        <translation>с --source: запрос SELECT, возвращающий события</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--encoding is for CSV files, not --source</source>
        <translation>--encoding относится к файлам CSV, а не к --source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--source and --query go together</source>
        <translation>--source и --query указываются вместе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either EVENTS.csv or --source and --query</source>
        <translation>укажите либо EVENTS.csv, либо --source и --query</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing EVENTS.csv</source>
        <translation>не указан EVENTS.csv</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the workspace has no journey to import events into</source>
        <translation>в рабочем пространстве нет пути, в который можно импортировать события</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>name the journey with --journey</source>
        <translation>укажите путь с помощью --journey</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2; name the journey with --journey</source>
        <translation>%1: %2; укажите путь с помощью --journey</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: ничего не импортировано: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no event matches a step of &quot;%1&quot;; nothing was imported</source>
        <translation>ни одно событие не соответствует шагам пути «%1»; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+2"/>
        <source>auto, plain, qualtrics or surveymonkey (default: auto)</source>
        <translation>auto, plain, qualtrics или surveymonkey (по умолчанию: auto)</translation>
    </message>
    <message>
        <location filename="../app/cli/encodingoption.cpp" line="-24"/>
        <source>auto, utf-8, utf-16le, utf-16be, windows-1251 or windows-1252 (default: auto: the byte order mark, else UTF-8, else the likelier Windows code page)</source>
        <translation>auto, utf-8, utf-16le, utf-16be, windows-1251 или windows-1252 (по умолчанию auto: метка порядка байтов, иначе UTF-8, иначе более вероятная кодовая страница Windows)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown encoding &quot;%1&quot;; use auto, utf-8, utf-16le, utf-16be, windows-1251 or windows-1252</source>
        <translation>неизвестная кодировка &quot;%1&quot;; используйте auto, utf-8, utf-16le, utf-16be, windows-1251 или windows-1252</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importmetrics.cpp" line="+15"/>
        <source>unknown layout &quot;%1&quot;; use auto, plain, qualtrics or surveymonkey</source>
        <translation>неизвестный формат выгрузки &quot;%1&quot;; используйте auto, plain, qualtrics или surveymonkey</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 has no data rows below its header; nothing was imported</source>
        <translation>в %1 нет строк данных под заголовком; ничего не импортировано</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>%1; name the journey with --journey</source>
        <translation>%1; укажите путь с помощью --journey</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not tell which columns hold the steps and the metrics (%1); say it with --mapping M.json</source>
        <translation>не удалось определить, в каких столбцах шаги и метрики (%1); укажите это с помощью --mapping M.json</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading %1: %2 %</source>
        <translation>Чтение %1: %2 %</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_metrics.cpp" line="-115"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_importevents.cpp" line="-145"/>
        <location filename="../app/cli/cmd_metrics.cpp" line="+9"/>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_metrics.cpp" line="+4"/>
        <source>%1 (n=%2)%3</source>
        <translation>%1 (n=%2)%3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)
</source>
        <translation>%1 (%2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  no metric values; import some with &apos;waymark import-metrics&apos;
</source>
        <translation>  значений метрик нет; импортируйте их командой &apos;waymark import-metrics&apos;
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Shows each step&apos;s metrics (over all periods and segments) as a table, or as the JSON documented in the README.</source>
        <translation>Показывает метрики каждого шага (по всем периодам и сегментам) таблицей или в формате JSON, описанном в README.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_observed.cpp" line="-24"/>
        <location line="+41"/>
        <location filename="../app/cli/cmd_pull.cpp" line="-41"/>
        <location filename="../app/cli/cmd_push.cpp" line="-44"/>
        <location filename="../app/cli/cmd_server.cpp" line="+51"/>
        <source>the workspace</source>
        <translation>рабочее пространство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write JSON to standard output</source>
        <translation>вывести JSON в стандартный вывод</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>
* small sample: fewer than %1 answers
</source>
        <translation>
* малая выборка: меньше %1 ответов
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Unmatched step values: %1
</source>
        <translation>
Несопоставленные значения шагов: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows with rejected answers: %1
</source>
        <translation>Строки с отклонёнными ответами: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no journeys.
</source>
        <translation>В файле нет путей.
</translation>
    </message>
    <message>
        <location filename="../app/cli/options.cpp" line="+115"/>
        <source>no journey &quot;%1&quot;: the file has no journeys</source>
        <translation>пути &quot;%1&quot; нет: в файле нет путей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no journey &quot;%1&quot;; the file has: %2</source>
        <translation>пути &quot;%1&quot; нет; в файле есть: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_pull.cpp" line="-3"/>
        <source>Downloads a team workspace into a new workspace file.</source>
        <translation>Загружает командное рабочее пространство в новый файл рабочего пространства.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_push.cpp" line="-1"/>
        <location filename="../app/cli/cmd_server.cpp" line="-1"/>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://user@host/database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to create</source>
        <translation>создаваемый файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the file if it exists</source>
        <translation>заменить файл, если он существует</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 уже существует; чтобы заменить его, укажите --force</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 could not be written: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be replaced</source>
        <translation>не удалось заменить %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_push.cpp" line="-3"/>
        <source>Uploads a workspace file as a new team workspace (created when it is not there; it must be empty).</source>
        <translation>Выгружает файл рабочего пространства как новое командное рабочее пространство (оно создаётся, если его нет; оно должно быть пустым).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file to upload</source>
        <translation>выгружаемый файл</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>workspace %1 already holds journeys; push makes a new workspace (open it to edit, or push under another name)</source>
        <translation>в рабочем пространстве %1 уже есть пути; push создаёт новое рабочее пространство (откройте его для редактирования или выгрузите под другим именем)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_server.cpp" line="-24"/>
        <source>&quot;%1&quot; is not a workspace URI (postgresql://user@host/database)</source>
        <translation>&quot;%1&quot; — не URI рабочего пространства (postgresql://user@host/database)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name the workspace: --workspace NAME</source>
        <translation>укажите рабочее пространство: --workspace NAME</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sets up team workspaces on a PostgreSQL server.
  waymark server init URI --workspace NAME
  waymark server grant URI --workspace NAME --role ROLE --read-only|--edit
The password comes from ~/.pgpass or PGPASSFILE, never from Waymark.</source>
        <translation>Настраивает командные рабочие пространства на сервере PostgreSQL.
  waymark server init URI --workspace NAME
  waymark server grant URI --workspace NAME --role ROLE --read-only|--edit
Пароль берётся из ~/.pgpass или PGPASSFILE, а не из Waymark.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create a workspace, or set a role&apos;s rights</source>
        <translation>создать рабочее пространство или задать права роли</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grant: the PostgreSQL role</source>
        <translation>grant: роль PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant: the role may read the workspace</source>
        <translation>grant: роль может читать рабочее пространство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grant: the role may read and edit the workspace</source>
        <translation>grant: роль может читать и редактировать рабочее пространство</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown action &quot;%1&quot;; use init or grant</source>
        <translation>неизвестное действие &quot;%1&quot;; используйте init или grant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grant needs --role ROLE and one of --read-only, --edit</source>
        <translation>для grant нужны --role ROLE и один из ключей --read-only, --edit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created workspace %1 (schema %2, version %3) on %4
</source>
        <translation>Создано рабочее пространство %1 (схема %2, версия %3) на %4
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 may now read and edit workspace %2
</source>
        <translation>%1 теперь может читать и редактировать рабочее пространство %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may now read workspace %2
</source>
        <translation>%1 теперь может читать рабочее пространство %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_observed.cpp" line="-68"/>
        <source>nothing was changed: %1</source>
        <translation>ничего не изменено: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sets each link&apos;s share to the share of customers who took it in the imported event log (links out of a visited step that nobody took get 0), so that the goal share and what-if analysis run on measured behaviour. One undo step per journey.</source>
        <translation>Задаёт каждой связи долю клиентов, которые прошли по ней в импортированном журнале событий (связи из посещённого шага, по которым никто не прошёл, получают 0), чтобы доля дошедших до цели и анализ «Что, если» опирались на измеренное поведение. Для каждого пути — один шаг отмены.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the journey, by name or id (default: every journey with event data)</source>
        <translation>путь, по имени или идентификатору (по умолчанию: все пути с данными о событиях)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; has no event data; import an event log first</source>
        <translation>у пути «%1» нет данных о событиях; сначала импортируйте журнал событий</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no journey has event data; import an event log first</source>
        <translation>ни у одного пути нет данных о событиях; сначала импортируйте журнал событий</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adds a flow link between two steps, named by id (as analyze lists them): for example to plan a transition the event log shows but the map lacks.</source>
        <translation>Добавляет связь типа «Поток» между двумя шагами, заданными идентификаторами (как их выводит analyze): например, чтобы запланировать переход, который есть в журнале событий, но отсутствует на карте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the step the link starts at</source>
        <translation>шаг, с которого начинается связь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step it leads to</source>
        <translation>шаг, к которому она ведёт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journey, by name or id (needed when there are several)</source>
        <translation>путь, по имени или идентификатору (нужен, если путей несколько)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the workspace has several journeys; name one with --journey</source>
        <translation>в рабочем пространстве несколько путей; укажите один с помощью --journey</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no step with id &quot;%2&quot;</source>
        <translation>в пути «%1» нет шага с идентификатором «%2»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; already has a link from &quot;%2&quot; to &quot;%3&quot; (%4)</source>
        <translation>в пути «%1» уже есть связь от «%2» к «%3» (%4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added link %1 from &quot;%2&quot; to &quot;%3&quot;.
</source>
        <translation>Добавлена связь %1 от «%2» к «%3».
</translation>
    </message>
</context>
<context>
    <name>waymark::cli::Options</name>
    <message>
        <location filename="../app/cli/options.cpp" line="-55"/>
        <source>Usage: waymark %1</source>
        <translation>Запуск: waymark %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing arguments</source>
        <translation>не хватает аргументов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>неожиданный аргумент &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>waymark::detail::Worker</name>
    <message>
        <location filename="../core/metrics/aggregateworker.cpp" line="+177"/>
        <source>the text is not UTF-8 here, though the start of the file is; say the file&apos;s encoding (--encoding windows-1252 or windows-1251)</source>
        <translation>здесь текст не в UTF-8, хотя начало файла в UTF-8; укажите кодировку файла (--encoding windows-1252 или windows-1251)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 полей, а в заголовке %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the segment column has more than %1 different values; choose a column with fewer</source>
        <translation>в столбце сегмента больше %1 различных значений; выберите столбец с меньшим числом значений</translation>
    </message>
</context>
<context>
    <name>waymark::events</name>
    <message>
        <location filename="../core/events/pgsource.cpp" line="-166"/>
        <source>the database says: %1</source>
        <translation>ответ базы данных: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the query must return the case id, activity and time columns (%1, %2, %3); it returns: %4</source>
        <translation>запрос должен возвращать столбцы идентификатора случая, действия и времени (%1, %2, %3); он возвращает: %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the query returns no column &quot;%1&quot; for the %2; it returns: %3</source>
        <translation>запрос не возвращает столбец «%1» для %2; он возвращает: %3</translation>
    </message>
    <message>
        <location line="+81"/>
        <location filename="../core/events/reader.cpp" line="+372"/>
        <source>(no case id)</source>
        <translation>(без идентификатора случая)</translation>
    </message>
    <message>
        <location filename="../core/events/proposal.cpp" line="-138"/>
        <source>no column &quot;%1&quot; for the %2 in the header</source>
        <translation>в заголовке нет столбца «%1» (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the mapping is not a JSON object: %1</source>
        <translation>сопоставление не является объектом JSON: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; in the mapping must be a string</source>
        <translation>«%1» в сопоставлении должно быть строкой</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;timeFormat&quot; must be iso, dmy, mdy or unix, not &quot;%1&quot;</source>
        <translation>&quot;timeFormat&quot; должен быть iso, dmy, mdy или unix, а не «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;match&quot; must be auto, key or title, not &quot;%1&quot;</source>
        <translation>&quot;match&quot; должен быть auto, key или title, а не «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &quot;%1&quot; in the mapping is ignored</source>
        <translation>неизвестный ключ «%1» в сопоставлении пропущен</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no date in &quot;%1&quot; tells the day from the month; read day first (give --mapping with &quot;timeFormat&quot;: &quot;mdy&quot; if the month comes first)</source>
        <translation>ни по одной дате в «%1» нельзя отличить день от месяца; прочитано как «сначала день» (если сначала идёт месяц, передайте --mapping с &quot;timeFormat&quot;: &quot;mdy&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date in &quot;%1&quot; tells the day from the month; read month first (give --mapping with &quot;timeFormat&quot;: &quot;dmy&quot; if the day comes first)</source>
        <translation>ни по одной дате в «%1» нельзя отличить день от месяца; прочитано как «сначала месяц» (если сначала идёт день, передайте --mapping с &quot;timeFormat&quot;: &quot;dmy&quot;)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no time column: no column holds timestamps (ISO 8601, day.month.year, month/day/year or Unix seconds) in its first rows</source>
        <translation>нет столбца времени: ни в одном столбце нет меток времени (ISO 8601, день.месяц.год, месяц/день/год или секунды Unix) в первых строках</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time: &quot;%1&quot; holds timestamps</source>
        <translation>время: в «%1» метки времени</translation>
    </message>
    <message>
        <location filename="../core/events/pgsource.cpp" line="-170"/>
        <location filename="../core/events/proposal.cpp" line="+9"/>
        <source>unreadable timestamps in column &quot;%1&quot;, such as &quot;%2&quot;</source>
        <translation>нечитаемые метки времени в столбце «%1», например «%2»</translation>
    </message>
    <message>
        <location filename="../core/events/proposal.cpp" line="+28"/>
        <source>no activity column: no column names the steps of &quot;%1&quot; by key or title and none is called activity or event</source>
        <translation>нет столбца действий: ни один столбец не называет шаги пути «%1» по ключу или названию, и ни один не называется activity или event</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activity: &quot;%1&quot; names the steps</source>
        <translation>действие: «%1» называет шаги</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no case column: no column holds ids that repeat across events</source>
        <translation>нет столбца случаев: ни в одном столбце нет идентификаторов, повторяющихся в разных событиях</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>case: &quot;%1&quot; identifies the cases</source>
        <translation>случай: «%1» определяет случаи</translation>
    </message>
    <message>
        <location filename="../core/events/reader.cpp" line="-435"/>
        <source>; if the month comes first, give --mapping with &quot;timeFormat&quot;: &quot;mdy&quot;</source>
        <translation>; если сначала идёт месяц, передайте --mapping с &quot;timeFormat&quot;: &quot;mdy&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; if the day comes first, give --mapping with &quot;timeFormat&quot;: &quot;dmy&quot;</source>
        <translation>; если сначала идёт день, передайте --mapping с &quot;timeFormat&quot;: &quot;dmy&quot;</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>двоичные данные (байт NUL): это не текстовый файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the case, activity and time columns must all be given</source>
        <translation>столбцы случая, действия и времени должны быть указаны все</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the import was cancelled</source>
        <translation>импорт отменён</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(other activities)</source>
        <translation>(другие действия)</translation>
    </message>
</context>
<context>
    <name>waymark::events::Reader</name>
    <message>
        <location line="-349"/>
        <source>no timestamp in column &quot;%1&quot;</source>
        <translation>нет метки времени в столбце «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable timestamp &quot;%1&quot; in column &quot;%2&quot; (read as %3)%4</source>
        <translation>нечитаемая метка времени «%1» в столбце «%2» (прочитано как %3)%4</translation>
    </message>
</context>
<context>
    <name>waymark::jsonread::Fields</name>
    <message>
        <location filename="../core/formats/jsonfields.h" line="+41"/>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: unknown field &quot;%2&quot; ignored</source>
        <translation>%1: неизвестное поле «%2» пропущено</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+29"/>
        <location line="+43"/>
        <source>missing required field &quot;%1&quot;</source>
        <translation>нет обязательного поля «%1»</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+84"/>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>должно быть целым числом от %1 до %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«%1» — не одно из: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be an array</source>
        <translation>должно быть массивом</translation>
    </message>
</context>
<context>
    <name>waymark::pg::Connection</name>
    <message>
        <location filename="../core/pg/pgconnection.cpp" line="+222"/>
        <source>the server asks for a password for &quot;%1&quot;: put it in ~/.pgpass (or in the file PGPASSFILE names), or type it when Waymark asks on a terminal</source>
        <translation>сервер запрашивает пароль для «%1»: запишите его в ~/.pgpass (или в файл, указанный в PGPASSFILE) или введите, когда Waymark спросит в терминале</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the password for &quot;%1&quot; found in ~/.pgpass (or PGPASSFILE, PGPASSWORD)</source>
        <translation>сервер отклонил пароль для «%1» из ~/.pgpass (или PGPASSFILE, PGPASSWORD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the password for &quot;%1&quot;</source>
        <translation>сервер отклонил пароль для «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect: %1</source>
        <translation>не удаётся подключиться: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>TLS %1 (sslmode=%2)</source>
        <translation>TLS %1 (sslmode=%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no TLS (sslmode=%1)</source>
        <translation>без TLS (sslmode=%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a text contains a NUL character (U+0000), which a team workspace cannot store; remove it and try again</source>
        <translation>текст содержит символ NUL (U+0000), который нельзя сохранить в командном рабочем пространстве; удалите его и повторите попытку</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+92"/>
        <source>connection lost: %1</source>
        <translation>соединение потеряно: %1</translation>
    </message>
</context>
<context>
    <name>waymark::scenario</name>
    <message>
        <location filename="../core/templates/scenario.cpp" line="+34"/>
        <source>Physical evidence</source>
        <translation>Материальная среда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer actions</source>
        <translation>Действия клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotions</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>Болевые точки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frontstage actions</source>
        <translation>Действия фронтстейджа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backstage actions</source>
        <translation>Действия бэкстейджа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support processes</source>
        <translation>Процессы поддержки</translation>
    </message>
    <message>
        <location filename="../core/templates/templates.cpp" line="-105"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile app</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call centre</source>
        <translation>Колл-центр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
</context>
<context>
    <name>waymark::team</name>
    <message>
        <location filename="../core/teamstore/teamschema.cpp" line="+147"/>
        <source>&quot;%1&quot; is not a workspace name: use 1 to 40 of a-z, 0-9 and _, starting with a letter</source>
        <translation>&quot;%1&quot; — недопустимое имя рабочего пространства: используйте от 1 до 40 символов a-z, 0-9 и _, начиная с буквы</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>workspace &quot;%1&quot; already exists on this server</source>
        <translation>рабочее пространство &quot;%1&quot; уже существует на этом сервере</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the role may not create a workspace here: %1</source>
        <translation>роль не может создать здесь рабочее пространство: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no workspace &quot;%1&quot; on this server (create it with &apos;waymark server init&apos;)</source>
        <translation>на этом сервере нет рабочего пространства &quot;%1&quot; (создайте его командой &apos;waymark server init&apos;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>workspace &quot;%1&quot; was made by a newer Waymark (version %2)</source>
        <translation>рабочее пространство &quot;%1&quot; создано более новой версией Waymark (версия %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>there is no workspace &quot;%1&quot; on this server</source>
        <translation>на этом сервере нет рабочего пространства &quot;%1&quot;</translation>
    </message>
</context>
</TS>
