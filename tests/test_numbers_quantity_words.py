"""Quantities in words (issue 11): multipliers, fractions, approximate counts, ordinals and
frequencies, compared between English and fr, de, es, ru, ja. Each row runs as a singular entry,
a plural entry and silenced with the check's flag; wrong translations give a number-changed
finding naming the source's words, right ones (in words or in digits) and the words that only
look like quantities ("half-open", "a second", "double-click", "tiers", "Viertel") give none."""

from __future__ import annotations

import re

import pytest

from i18n.numbers import compare_numbers
from i18n.numbers.quantity_words import _rules, quantity_word_test, read_quantity_words
from i18n.po.model import Entry
from tests.checks_support import MODES, assert_check_table, catalogue, run

CHANGED = [
    # (source, translation, locale, source words reported)
    # "at least one" is one ("al menos dos números" is not); "more than one" may be two.
    ("Your password must contain at least one number.", "La contraseña debe contener al menos dos números.", "es",
     ["one"]),
    ("Your password must contain at least one number.", "La contraseña debe contener al menos un número.", "es", []),
    ("Use more than one source.", "Utilice dos fuentes o más.", "es", []),
    ("Fewer than 1 in 10 users will see it.", "Это увидят менее 20 % пользователей.", "ru", ["1"]),
    ("Fewer than a quarter of the stations comply.", "Menos de las tres cuartas partes de las estaciones cumplen.",
     "es", ["a quarter"]),
    ("Three quarters of the stations comply.", "Las tres cuartas partes de las estaciones cumplen.", "es", []),
    ("This is the third volume of a trilogy.", "Это тринадцатый том трилогии.", "ru", ["third"]),
    ("This is the third volume of a trilogy.", "Это третий том трилогии.", "ru", []),
    # "Dozens" are some tens ("des dizaines", "Dutzende", "decenas", "десятки", "数十"), not a dozen
    # ("une douzaine", "十数", "двенадцать"), nor a few ("数枚"); a dozen is not dozens.
    ("Dozens of flights were cancelled.", "Une douzaine de vols ont été annulés.", "fr", ["Dozens"]),
    ("Dozens of flights were cancelled.", "Des dizaines de vols ont été annulés.", "fr", []),
    ("Dozens of flights were cancelled.", "Двенадцать рейсов были отменены.", "ru", ["Dozens"]),
    ("Dozens of flights were cancelled.", "Десятки рейсов были отменены.", "ru", []),
    ("Dozens of flights were cancelled.", "十数便が欠航しました。", "ja", ["Dozens"]),
    ("Dozens of flights were cancelled.", "数十便が欠航しました。", "ja", []),
    ("Dozens of coins were found.", "硬貨が数枚見つかった。", "ja", ["Dozens"]),
    ("Several coins were found.", "硬貨が数枚見つかった。", "ja", []),
    ("Dozens of flights were cancelled.", "Se cancelaron decenas de vuelos.", "es", []),
    ("Dozens of flights were cancelled.", "Se canceló una docena de vuelos.", "es", ["Dozens"]),
    ("A dozen towns raised the tax.", "Dutzende Gemeinden haben die Steuer erhöht.", "de", ["dozen"]),
    ("A dozen towns raised the tax.", "Ein Dutzend Gemeinden haben die Steuer erhöht.", "de", []),
    ("This release includes dozens of fixes and a dozen new shortcuts.",
     "このリリースには数件の修正と12種類の新しいショートカットが含まれています。", "ja", ["dozens"]),
    ("About a dozen flights were cancelled.", "Было отменено около полудюжины рейсов.", "ru", ["dozen"]),
    # A fraction after "au", "du", "eines" ("au quart du prix", "eines Zehntels des Kaufpreises").
    ("Pay a deposit of one third of the price.", "Versez un acompte correspondant au quart du prix.", "fr",
     ["one third"]),
    ("Pay a deposit of one third of the price.", "Versez un acompte correspondant au tiers du prix.", "fr", []),
    ("Pay a deposit of one third of the price.", "Leisten Sie eine Anzahlung in Höhe eines Zehntels des Preises.", "de",
     ["one third"]),
    ("Pay a deposit of one third of the price.", "Leisten Sie eine Anzahlung in Höhe eines Drittels des Preises.", "de", []),
    # A word of another kind that found its partner excuses nothing ("tercera" is the "third").
    ("The third claim has a double deductible.", "A la tercera se le aplica el triple de la franquicia.", "es",
     ["double"]),
    ("The third claim has a double deductible.", "A la tercera se le aplica el doble de la franquicia.", "es", []),
    # "multiplié par", "multiplicados por", "в полтора раза".
    ("Passengers have grown more than fivefold.", "Le nombre de passagers a été multiplié par plus de quatre.", "fr",
     ["fivefold"]),
    ("Passengers have grown more than fivefold.", "Le nombre de passagers a été multiplié par plus de cinq.", "fr", []),
    ("Traffic doubled in the 2010s.", "В 2010-е годы перевозки выросли в полтора раза.", "ru", ["doubled"]),
    ("Traffic doubled in the 2010s.", "В 2010-е годы перевозки выросли в два раза.", "ru", []),
    ("Prices tripled.", "Los precios quedaron multiplicados por cuatro.", "es", ["tripled"]),
    # Multipliers.
    # "The second day" ranks the day; "a second" is a moment.
    ("Change the dressing on the second day.", "Changez le pansement le troisième jour.", "fr", ["second"]),
    ("Change the dressing on the second day.", "Changez le pansement le deuxième jour.", "fr", []),
    ("Change the dressing on the second day.", "Cambie el apósito el primer día.", "es", ["second"]),
    ("Wait a second.", "Attendez une seconde.", "fr", []),
    ("Give it a second chance.", "Donnez-lui une troisième chance.", "fr", ["second"]),
    ("Give it a second chance.", "Donnez-lui une deuxième chance.", "fr", []),
    ("It stopped a second later.", "Es hielt eine Sekunde später an.", "de", []),
    # Half of a unit said as one word with it ("medio litro", "un demi-litre", "пол-литра").
    ("Add 0.5 litres of water.", "Añada medio litro de agua.", "es", []),
    ("Add 0.5 litres of water.", "Ajoutez un demi-litre d’eau.", "fr", []),
    ("Add 0.5 litres of water.", "Добавьте пол-литра воды.", "ru", []),
    ("The average value is 5.", "El valor medio es 5.", "es", []),
    # Half a dozen is six.
    ("A dozen mirrors are available.", "Hay media docena de réplicas disponibles.", "es", ["dozen"]),
    ("A dozen mirrors are available.", "Hay una docena de réplicas disponibles.", "es", []),
    ("Half a dozen mirrors are available.", "Une douzaine de miroirs sont disponibles.", "fr", ["Half a dozen"]),
    ("Half a dozen mirrors are available.", "Une demi-douzaine de miroirs sont disponibles.", "fr", []),
    ("Half a dozen mirrors are available.", "Es gibt ein halbes Dutzend Spiegel.", "de", []),
    ("Half a dozen mirrors are available.", "Доступно полдюжины зеркал.", "ru", []),
    ("The figure had risen almost sevenfold.", "Die Zahl war fast auf das Achtfache gestiegen.", "de", ["sevenfold"]),
    ("The figure had risen almost sevenfold.", "数値はほぼ7倍に増えた。", "ja", []),
    ("Sales doubled last spring.", "Les ventes ont triplé au printemps dernier.", "fr", ["doubled"]),
    ("Sales doubled last spring.", "Les ventes ont doublé au printemps dernier.", "fr", []),
    ("The herd has doubled.", "Стадо утроилось.", "ru", ["doubled"]),
    ("The herd has doubled.", "Стадо удвоилось.", "ru", []),
    ("Sales doubled last spring.", "Die Verkäufe haben sich im Frühjahr verdreifacht.", "de", ["doubled"]),
    ("Sales doubled last spring.", "Die Verkäufe haben sich im Frühjahr verdoppelt.", "de", []),
    ("The bell rang twice.", "La campana sonó tres veces.", "es", ["twice"]),
    ("The bell rang twice.", "La campana sonó dos veces.", "es", []),
    ("The bell rang twice.", "La campana sonó 2 veces.", "es", []),
    ("The bell rang twice.", "Колокол прозвонил трижды.", "ru", ["twice"]),
    ("The bell rang twice.", "Колокол прозвонил дважды.", "ru", []),
    ("The bell rang twice.", "Колокол прозвонил 2 раза.", "ru", []),
    ("The bell rang twice.", "ベルが3回鳴った。", "ja", ["twice"]),
    ("The bell rang twice.", "ベルが2回鳴った。", "ja", []),
    ("The new disk is three times faster.", "Новый диск в два раза быстрее.", "ru", ["three times"]),
    ("The new disk is three times faster.", "Новый диск в три раза быстрее.", "ru", []),
    ("The new disk is three times faster.", "新しいディスクは3倍速い。", "ja", []),
    ("This option doubles the cache.", "Cette option triple le cache.", "fr", ["doubles"]),
    ("This option doubles the cache.", "Esta opción duplica la caché.", "es", []),
    ("Translation contains a double space.", "La traduction contient un triple espace.", "fr", ["double"]),
    ("Translation contains a double space.", "La traducción contiene un espacio doble.", "es", []),
    # A multiplier of a type or an idiom, replaced by another: dropping it is allowed, naming
    # another value is not.
    ("Store the value as a double.", "Stocker la valeur comme un triple.", "fr", ["double"]),
    ("Store the value as a double.", "Stocker la valeur comme un double.", "fr", []),
    ("Use double precision for the sums.", "Utiliser la triple précision pour les sommes.", "fr", ["double"]),
    ("Use double precision for the sums.", "Utiliser la double précision pour les sommes.", "fr", []),
    ("The compiler uses a 128-bit long double.", "Le compilateur utilise un triple long de 128 bits.", "fr",
     ["double"]),
    ("The compiler uses a 128-bit long double.", "Le compilateur utilise un double long de 128 bits.", "fr", []),
    ("Double-click the map to zoom.", "Haga triple clic en el mapa para ampliar.", "es", ["Double"]),
    ("Double-click the map to zoom.", "Haga doble clic en el mapa para ampliar.", "es", []),
    # A fortnight said in days ("tous les quinze jours", "cada 15 días"), a week as 7 days.
    ("Data is updated every two weeks.", "Les données sont mises à jour tous les quinze jours.", "fr", []),
    ("Data is updated every 2 weeks.", "Los datos se actualizan cada 15 días.", "es", []),
    ("Data is updated every 7 days.", "Die Daten werden jede Woche aktualisiert.", "de", []),
    ("Data is updated every two weeks.", "Les données sont mises à jour tous les seize jours.", "fr", ["every two weeks"]),
    ("Data is updated every 7 days.", "Die Daten werden alle 8 Tage aktualisiert.", "de", ["7"]),
    # "a second or third attempt" is a rank, "a second or two" a unit of time.
    ("It often works on a second or third attempt.", "Cela marche souvent à la troisième ou quatrième tentative.",
     "fr", ["second"]),
    ("It often works on a second or third attempt.", "Cela marche souvent à la deuxième ou troisième tentative.",
     "fr", []),
    ("Wait a second or two, then retry.", "Warten Sie ein, zwei Sekunden und versuchen Sie es erneut.", "de", []),
    # "third parties" may be dropped ("des tiers") but not given another rank.
    ("We never sell data to third parties.", "Wir verkaufen niemals Daten an Vierte.", "de", ["third"]),
    ("We never sell data to third parties.", "Wir verkaufen niemals Daten an Dritte.", "de", []),
    ("We never sell data to third parties.", "Nunca vendemos datos a cuartos.", "es", []),
    # In code quotes, or joined to another word by a hyphen or a slash.
    ("use of %<double%> in vector types is invalid", "l'utilisation de %<triple%> dans les types vecteurs est invalide",
     "fr", ["double"]),
    ("use of %<double%> in vector types is invalid", "l'utilisation de %<double%> dans les types vecteurs est invalide",
     "fr", []),
    ('Warn about conversions from "float" to "double".', "Warnen bei Umwandlungen von „float“ nach „dreifach“.", "de",
     ["double"]),
    ("do not daemonize using double-fork", "no demonizar usando un triple fork", "es", ["double"]),
    ("do not daemonize using double-fork", "no demonizar usando un doble fork", "es", []),
    ("First/next chain broken", "Цепочка вторая/следующая нарушена", "ru", ["First"]),
    ("First/next chain broken", "Цепочка первая/следующая нарушена", "ru", []),
    ("Enclose the path in double quotes.", "Encierre la ruta entre comillas triples.", "es", ["double"]),
    ("Enclose the path in double quotes.", "Encierre la ruta entre comillas dobles.", "es", []),
    ("Line style: Double", "Estilo de línea: Triple", "es", ["Double"]),
    ("Line style: Double", "Estilo de línea: Doble", "es", []),
    ("Values are stored in double precision.", "Werte werden mit dreifacher Genauigkeit gespeichert.", "de",
     ["double"]),
    ("Values are stored in double precision.", "Werte werden mit doppelter Genauigkeit gespeichert.", "de", []),
    ("Double-click the map to zoom.", "Щёлкните по карте трижды, чтобы увеличить.", "ru", ["Double"]),
    ("Double-click the map to zoom.", "Щёлкните по карте дважды, чтобы увеличить.", "ru", []),
    ("Values are stored in double precision.", "値は4倍精度で保存されます。", "ja", ["double"]),
    ("Values are stored in double precision.", "値は倍精度で保存されます。", "ja", []),
    # Fractions.
    ("A third of the herd is sick.", "Un quart du troupeau est malade.", "fr", ["A third"]),
    ("A third of the herd is sick.", "Un tiers du troupeau est malade.", "fr", []),
    ("A third of the herd is sick.", "Ein Viertel der Herde ist krank.", "de", ["A third"]),
    ("A third of the herd is sick.", "Ein Drittel der Herde ist krank.", "de", []),
    # Spanish ordinals above the tenth ("undécima", "duodécima", "vigésimo").
    ("Their 12th consecutive home win.", "Su undécima victoria consecutiva en casa.", "es", ["12th"]),
    # A multiplier in digits said in words ("1,000 times" / "tausendmal").
    ("The pressure is more than 1,000 times higher.", "Der Druck ist mehr als tausendmal so hoch.", "de", []),
    # A fraction before a possessive ("ein Drittel deiner Leben"); Spanish "tercio" alone.
    ("You lost half your lives.", "Du hast die Hälfte deiner Leben verloren.", "de", []),
    ("You lost half your lives.", "Du hast ein Drittel deiner Leben verloren.", "de", ["half"]),
    ("Fewer than half of them know it.", "Menos de un tercio lo sabe.", "es", ["half"]),
    ("A third of them know it.", "Un tercio lo sabe.", "es", []),
    ("One in four users reads the manual.", "Каждый пятый пользователь читает руководство.", "ru", ["four"]),
    ("One in four users reads the manual.", "Каждый четвёртый пользователь читает руководство.", "ru", []),
    ("One in four users reads the manual.", "Uno de cada cinco usuarios lee el manual.", "es", ["One in four"]),
    ("One in four users reads the manual.", "Uno de cada cuatro usuarios lee el manual.", "es", []),
    ("Half of the space is free.", "La moitié de l'espace est libre.", "fr", []),
    ("Half of the space is free.", "50 % de l'espace est libre.", "fr", []),
    ("Half of the space is free.", "Un tiers de l'espace est libre.", "fr", ["Half"]),
    ("A quarter of the files changed.", "ファイルの3分の1が変更された。", "ja", ["A quarter"]),
    ("A quarter of the files changed.", "ファイルの4分の1が変更された。", "ja", []),
    # A part named by its side ("top-half", "le quart supérieur", "das obere Drittel").
    ("Dock the panel to the top-half of the screen.", "Ancrer le panneau dans le quart supérieur de l'écran.", "fr",
     ["top-half"]),
    ("Dock the panel to the top-half of the screen.", "Ancrer le panneau dans la moitié supérieure de l'écran.", "fr",
     []),
    ("The chart fills the upper third of the page.", "Das Diagramm füllt das obere Viertel der Seite.", "de",
     ["upper third"]),
    ("The chart fills the upper third of the page.", "Das Diagramm füllt das obere Drittel der Seite.", "de", []),
    ("Show the map in the left-half of the window.", "Mostrar el mapa en el tercio izquierdo de la ventana.", "es",
     ["left-half"]),
    ("Show the map in the left-half of the window.", "Mostrar el mapa en la mitad izquierda de la ventana.", "es", []),
    ("Show the map in the left-half of the window.", "Показать карту в левой трети окна.", "ru", ["left-half"]),
    ("Show the map in the left-half of the window.", "Показать карту в левой половине окна.", "ru", []),
    # Parts of an hour are minutes: "half an hour" is "30分", not a half of something.
    ("The link expires in half an hour.", "Le lien expire dans un quart d'heure.", "fr", ["half an hour"]),
    ("The link expires in half an hour.", "Le lien expire dans une demi-heure.", "fr", []),
    ("The link expires in half an hour.", "Le lien expire dans 30 minutes.", "fr", []),
    ("The link expires in half an hour.", "Der Link läuft in einer Viertelstunde ab.", "de", ["half an hour"]),
    ("The link expires in half an hour.", "Der Link läuft in einer halben Stunde ab.", "de", []),
    ("The link expires in half an hour.", "El enlace caduca en un cuarto de hora.", "es", ["half an hour"]),
    ("The link expires in half an hour.", "El enlace caduca en media hora.", "es", []),
    ("The link expires in half an hour.", "Ссылка истечёт через четверть часа.", "ru", ["half an hour"]),
    ("The link expires in half an hour.", "Ссылка истечёт через полчаса.", "ru", []),
    ("The link expires in half an hour.", "リンクは30分で期限切れになります。", "ja", []),
    # Approximate counts.
    ("A dozen wolves were seen.", "Une vingtaine de loups ont été vus.", "fr", ["dozen"]),
    ("A dozen wolves were seen.", "Une douzaine de loups ont été vus.", "fr", []),
    # Multipliers in -fold and in verbs of every tense; counts up to fifty in words.
    ("Measles cases rose thirtyfold in 2023.", "В 2023 г. число случаев кори выросло в 30 раз.", "ru", []),
    ("Measles cases rose thirtyfold in 2023.", "欧州の麻疹症例数は2023年に30倍に増えた。", "ja", []),
    ("Measles cases rose thirtyfold in 2023.", "Le nombre de cas a été multiplié par treize en 2023.", "fr",
     ["thirtyfold"]),
    ("Measles cases rose thirtyfold in 2023.", "Le nombre de cas a été multiplié par trente en 2023.", "fr", []),
    ("Prevalence among men was three times that among women.",
     "La prevalencia entre los hombres triplicaba la de las mujeres.", "es", []),
    ("Prevalence among men was three times that among women.",
     "La prevalencia entre los hombres duplicaba la de las mujeres.", "es", ["three times"]),
    # A part against a multiplier that divides: "half the size" is "вдвое меньше"; "a third less" (two
    # thirds) is not "втрое меньше" nor "trois fois moins" (a third), nor is "reduced by a third".
    ("Mars is about half the size of Earth.", "Марс примерно вдвое меньше Земли.", "ru", []),
    ("Mars is about half the size of Earth.", "Марс примерно втрое меньше Земли.", "ru", ["half"]),
    ("Mars is about a third the size of Earth.", "Марс примерно втрое меньше Земли.", "ru", []),
    ("It uses a third less memory.", "Он потребляет втрое меньше памяти.", "ru", ["a third"]),
    ("It uses a third less memory.", "Он потребляет на треть меньше памяти.", "ru", []),
    ("It uses a third less memory.", "Il utilise trois fois moins de mémoire.", "fr", ["a third"]),
    ("It uses half as much memory.", "Il utilise deux fois moins de mémoire.", "fr", []),
    ("Costs were reduced by a third.", "Расходы сократились втрое.", "ru", ["a third"]),
    ("Emissions must be roughly halved by 2030.", "Выбросы необходимо примерно вдвое сократить к 2030 году.", "ru", []),
    ("Emissions must be roughly halved by 2030.", "Выбросы необходимо примерно втрое сократить к 2030 году.", "ru",
     ["halved"]),
    ("It is half as big.", "Es ist zweimal kleiner.", "de", []),
    ("It is half as big.", "Es ist dreimal kleiner.", "de", ["half"]),
    # A multiplier in one word turned the other way ("twice as many" / "вдвое меньше"); "Kamerafallen"
    # is no verb of falling.
    ("Electric cars now make up 18% of sales, twice as many as in 2021.",
     "На электромобили приходится 18 % продаж — вдвое меньше, чем в 2021 году.", "ru", ["twice"]),
    ("Electric cars now make up 18% of sales, twice as many as in 2021.",
     "На электромобили приходится 18 % продаж — вдвое больше, чем в 2021 году.", "ru", []),
    ("Costs were reduced threefold.", "Расходы сократились втрое.", "ru", []),
    ("Costs fell threefold.", "Расходы выросли втрое.", "ru", ["threefold"]),
    # "ein Viertel weniger", "un cuarto menos": a part before a word of less.
    ("It uses a third less memory.", "Er benötigt ein Viertel weniger Arbeitsspeicher.", "de", ["a third"]),
    ("It uses a third less memory.", "Er benötigt ein Drittel weniger Arbeitsspeicher.", "de", []),
    ("It uses a quarter less memory.", "Usa un cuarto menos de memoria.", "es", []),
    # Russian multipliers as adjectives ("в полуторном размере", "в двойном").
    ("Overtime is paid at 1.5 times the basic rate, and at double time on Sundays.",
     "Сверхурочная работа оплачивается в полуторном размере базовой ставки, а по воскресеньям — в двойном.", "ru", []),
    # A half of a unit as a compound ("a half-acre lot") is 0.5 of it.
    ("It sits on a half-acre lot.", "0.5エーカーの敷地に建っています。", "ja", []),
    ("It sits on a half-acre lot.", "Elle est bâtie sur un terrain d’un demi-acre.", "fr", []),
    ("a half-day workshop", "un atelier de 0,5 jour", "fr", []),
    ("Hundreds of new listings are added every day.", "Каждый день добавляется сотня новых объявлений.", "ru",
     ["Hundreds"]),
    ("Hundreds of new listings are added every day.", "Каждый день добавляются сотни новых объявлений.", "ru", []),
    # A dozen is twelve, about a dozen about twelve: not about ten ("une dizaine", "десяток") nor fifteen.
    ("A dozen wolves were seen.", "Une dizaine de loups ont été vus.", "fr", ["dozen"]),
    ("About a dozen wolves were seen.", "Une dizaine de loups ont été vus.", "fr", ["dozen"]),
    ("About a dozen offers came in.", "Le vendeur a reçu une quinzaine d’offres.", "fr", ["dozen"]),
    ("The crew will carry out a dozen spacewalks.", "Экипаж выполнит около десятка выходов.", "ru", ["dozen"]),
    ("The crew will carry out a dozen spacewalks.", "Экипаж выполнит дюжину выходов.", "ru", []),
    ("The tour includes a dozen stops.", "La visita incluye una decena de paradas.", "es", ["dozen"]),
    ("The tour includes a dozen stops.", "La visita incluye una docena de paradas.", "es", []),
    ("A dozen wolves were seen.", "Se vieron una veintena de lobos.", "es", ["dozen"]),
    # A change by a part.
    ("Logging cut the forest by half.", "L'exploitation a réduit la forêt d'un tiers.", "fr", ["half"]),
    ("Logging cut the forest by half.", "L'exploitation a réduit la forêt de moitié.", "fr", []),
    ("Logging cut the forest by half.", "Der Holzeinschlag hat den Wald um ein Viertel verkleinert.", "de", ["half"]),
    ("Logging cut the forest by half.", "Der Holzeinschlag hat den Wald um die Hälfte verkleinert.", "de", []),
    ("Logging cut the forest by half.", "La tala redujo el bosque en una tercera parte.", "es", ["half"]),
    ("Logging cut the forest by half.", "La tala redujo el bosque a la mitad.", "es", []),
    ("Logging cut the forest by half.", "Вырубка сократила лес на четверть.", "ru", ["half"]),
    ("Logging cut the forest by half.", "Вырубка сократила лес наполовину.", "ru", []),
    ("Keep a third party's data.", "Conserver les données d'un tiers.", "fr", []),
    # An approximate count said as a number in words of another value.
    ("About a dozen rangers patrol the park.", "Etwa zwanzig Ranger bewachen den Park.", "de", ["dozen"]),
    ("About a dozen rangers patrol the park.", "Etwa zwölf Ranger bewachen den Park.", "de", []),
    ("About a dozen rangers patrol the park.", "Unos veinte guardas patrullan el parque.", "es", ["dozen"]),
    ("About a dozen rangers patrol the park.", "Unos doce guardas patrullan el parque.", "es", []),
    ("About a dozen rangers patrol the park.", "Парк охраняют около тридцати егерей.", "ru", ["dozen"]),
    ("About a dozen rangers patrol the park.", "Парк охраняют около двенадцати егерей.", "ru", []),
    ("About a dozen rangers patrol the park.", "Парк охраняют около десятка егерей.", "ru", ["dozen"]),
    ("Dozens of cameras watch two valleys.", "Des dizaines de caméras surveillent deux vallées.", "fr", []),
    # A number said as an approximate count of the same size, or as a fraction.
    ("Some 40 volunteers took part.", "Une quarantaine de bénévoles y ont participé.", "fr", []),
    ("Some 40 volunteers took part.", "Participó una cuarentena de voluntarios.", "es", []),
    ("About 10 traps were set.", "Было установлено около десятка ловушек.", "ru", []),
    ("The population has doubled since 2010.", "個体数は2010年以降2倍になった。", "ja", []),
    ("The population has doubled since 2010.", "個体数は2010年以降3倍になった。", "ja", ["doubled"]),
    ("Back up every 7 days.", "7日ごとにバックアップする。", "ja", []),
    ("Back up every 7 days.", "5日ごとにバックアップする。", "ja", ["7"]),
    ("Hundreds of packages were updated.", "Des milliers de paquets ont été mis à jour.", "fr", ["Hundreds"]),
    ("Hundreds of packages were updated.", "Des centaines de paquets ont été mis à jour.", "fr", []),
    ("Hundreds of packages were updated.", "Tausende Pakete wurden aktualisiert.", "de", ["Hundreds"]),
    ("Hundreds of packages were updated.", "数千のパッケージが更新された。", "ja", ["Hundreds"]),
    ("Hundreds of packages were updated.", "数百のパッケージが更新された。", "ja", []),
    # Ordinals.
    ("Select the third row.", "Seleccione la segunda fila.", "es", ["third"]),
    ("Select the third row.", "Seleccione la tercera fila.", "es", []),
    ("Select the third row.", "Seleccione la fila 3.", "es", []),
    ("Select the 1st row.", "Выберите вторую строку.", "ru", ["1st"]),
    ("Select the 1st row.", "Выберите первую строку.", "ru", []),
    ("Select the first row.", "Wählen Sie die zweite Zeile.", "de", ["first"]),
    ("Select the first row.", "Wählen Sie die erste Zeile.", "de", []),
    ("Select the second row.", "Sélectionnez la troisième ligne.", "fr", ["second"]),
    ("Select the second row.", "Sélectionnez la deuxième ligne.", "fr", []),
    ("Select the second row.", "2番目の行を選択します。", "ja", []),
    ("Select the second row.", "第3行を選択します。", "ja", ["second"]),
    # Ordinals counted as a multiset: a value already paired does not excuse a second one, and a
    # number both texts state ("range 1-4") translates that number, not the ordinal.
    ("Copy the first file, then the second file.", "Copiez le deuxième fichier, puis le second fichier.", "fr",
     ["first"]),
    ("Copy the first file, then the second file.", "Copiez le premier fichier, puis le second fichier.", "fr", []),
    ("The first tap wakes the screen, the second tap unlocks it.",
     "Der zweite Tipp weckt den Bildschirm, ein zweiter Tipp entsperrt ihn.", "de", ["first"]),
    ("The first tap wakes the screen, the second tap unlocks it.",
     "Der erste Tipp weckt den Bildschirm, der zweite Tipp entsperrt ihn.", "de", []),
    ("The first weight must lie between 1 and 9.", "El tercer peso debe estar entre 1 y 9.", "es", ["first"]),
    ("The first weight must lie between 1 and 9.", "El primer peso debe estar entre 1 y 9.", "es", []),
    ("Expected the first operand in the range 1-8.", "Ожидался второй операнд в диапазоне 1-8.", "ru", ["first"]),
    ("Expected the first operand in the range 1-8.", "Ожидался первый операнд в диапазоне 1-8.", "ru", []),
    ("Press the second pedal, then the third pedal.", "3番目のペダルを押し、次に3番目のペダルを押します。", "ja",
     ["second"]),
    ("Press the second pedal, then the third pedal.", "2番目のペダルを押し、次に3番目のペダルを押します。", "ja", []),
    ("Press the second pedal, then the third pedal.", "ペダル 2 を押し、次に3番目のペダルを押します。", "ja", []),
    # Counts of times: an ordinal with its noun of times ("the third time", "zum dritten Mal") is
    # compared with ordinals, and with multipliers when the other side has no ordinal left.
    ("Enter the passphrase twice.", "Saisissez la phrase secrète une troisième fois.", "fr", ["twice"]),
    ("Enter the passphrase twice.", "Saisissez la phrase secrète une deuxième fois.", "fr", []),
    ("Enter the passphrase twice.", "Saisissez la phrase secrète deux fois.", "fr", []),
    ("The value was first set here.", "La valeur a été définie ici pour la deuxième fois.", "fr", ["first"]),
    ("The value was first set here.", "La valeur a été définie ici pour la première fois.", "fr", []),
    ("The lock was released twice.", "Die Sperre wurde zum dritten Mal freigegeben.", "de", ["twice"]),
    ("The lock was released twice.", "Die Sperre wurde zum zweiten Mal freigegeben.", "de", []),
    ("The job failed a second time.", "El trabajo falló por tercera vez.", "es", ["second time"]),
    ("The job failed a second time.", "El trabajo falló por segunda vez.", "es", []),
    ("The mirror was synced a second time.", "Зеркало синхронизировано трижды.", "ru", ["second time"]),
    ("The mirror was synced a second time.", "Зеркало синхронизировано дважды.", "ru", []),
    ("The mirror was synced a second time.", "Зеркало синхронизировано во второй раз.", "ru", []),
    # An ordinal is translated by a number in digits, not by a cardinal word ("both", "a pair").
    ("Skip the first field of both files.", "Überspringen Sie das zweite Feld beider Dateien.", "de", ["first"]),
    ("Skip the first field of both files.", "Überspringen Sie das erste Feld beider Dateien.", "de", []),
    ("Join on the first of a pair of keys.", "Joindre sur la deuxième d'une paire de clés.", "fr", ["first"]),
    ("Join on the first of a pair of keys.", "Joindre sur la première d'une paire de clés.", "fr", []),
    ("Use the first column of the two.", "Use la segunda columna de las dos.", "es", ["first"]),
    ("Use the first column of the two.", "Use la primera columna de las dos.", "es", []),
    # Frequencies.
    ("The audit runs every two to three years.", "L'audit a lieu tous les ans.", "fr", ["every two to three years"]),
    ("The audit runs every two to three years.", "L'audit a lieu tous les deux à trois ans.", "fr", []),
    # A range that loses an end is another frequency.
    ("The audit runs every two to three years.", "L'audit a lieu tous les deux ans.", "fr",
     ["every two to three years"]),
    ("The audit runs every two to three years.", "Das Audit findet alle 2-3 Jahre statt.", "de", []),
    ("The audit runs every two to three years.", "Das Audit findet alle drei Jahre statt.", "de",
     ["every two to three years"]),
    ("The audit runs every two to three years.", "La auditoría se hace cada dos o tres años.", "es", []),
    ("The audit runs every two to three years.", "Аудит проводится каждые два года.", "ru",
     ["every two to three years"]),
    ("The audit runs every two years.", "L'audit a lieu tous les deux à trois ans.", "fr", ["every two years"]),
    ("The backup runs every other day.", "Die Sicherung läuft täglich.", "de", ["every other day"]),
    ("The backup runs every other day.", "Die Sicherung läuft jeden zweiten Tag.", "de", []),
    ("The backup runs every day.", "La copia se ejecuta cada dos días.", "es", ["every day"]),
    ("The backup runs every day.", "La copia se ejecuta todos los días.", "es", []),
    ("The backup runs every day.", "Резервное копирование выполняется ежедневно.", "ru", []),
    # Once a unit as an adjective ("hebdomadaire", "tägliche", "diarias").
    ("The report is sent every other day.", "Le rapport est une publication quotidienne.", "fr", ["every other day"]),
    ("The report is sent every other day.", "Le rapport est envoyé tous les deux jours.", "fr", []),
    ("The report is sent every other day.", "Der Bericht ist eine tägliche Mail.", "de", ["every other day"]),
    ("The report is sent every other day.", "El informe es una publicación diaria.", "es", ["every other day"]),
    ("The report is sent every other day.", "El informe se envía cada dos días.", "es", []),
    ("The backup runs every day.", "バックアップは毎日実行されます。", "ja", []),
    ("The backup runs every day.", "バックアップは2日ごとに実行されます。", "ja", ["every day"]),
    # "Hundreds of thousands" is one approximate count: "数十万", "сотни тысяч", "des centaines de
    # milliers", "Hunderttausende", "cientos de miles"; "сотни" alone is hundreds.
    ("Hundreds of thousands of small businesses will be exempt.", "中小企業数十万社が対象外となる。", "ja", []),
    ("Hundreds of thousands of small businesses will be exempt.", "Сотни малых предприятий будут освобождены.", "ru",
     ["Hundreds of thousands"]),
    ("Hundreds of thousands of small businesses will be exempt.", "Сотни тысяч малых предприятий будут освобождены.",
     "ru", []),
    ("Hundreds of thousands of small businesses will be exempt.", "Des centaines de PME seront exemptées.", "fr",
     ["Hundreds of thousands"]),
    ("Hundreds of thousands of small businesses will be exempt.", "Hunderttausende kleine Firmen werden befreit.", "de", []),
    ("Hundreds of thousands of small businesses will be exempt.", "Cientos de miles de pymes quedarán exentas.", "es", []),
    # A count of dozens is their product; a frequency's period of one says no "first"; an ordinal
    # begins a compound ("third-year").
    ("A dozen students were selected.", "Zwei Dutzend Studierende wurden ausgewählt.", "de", ["dozen"]),
    ("A dozen students were selected.", "Ein Dutzend Studierende wurden ausgewählt.", "de", []),
    ("Two dozen students were selected.", "Deux douzaines d'étudiants ont été sélectionnés.", "fr", []),
    ("Two dozen students were selected.", "Une vingtaine d'étudiants ont été sélectionnés.", "fr", ["Two dozen"]),
    ("About two dozen students were selected.", "Une vingtaine d'étudiants ont été sélectionnés.", "fr",
     ["two dozen"]),
    # (The weekday's rank in its month is the finding: "first Sunday" / "deuxième dimanche".)
    ("Entry is free on the first Sunday of every month.", "L’entrée est gratuite le deuxième dimanche de chaque mois.",
     "fr", ["first Sunday"]),
    ("Entry is free on the first Sunday of every month.", "L’entrée est gratuite le premier dimanche de chaque mois.",
     "fr", []),
    ("A dozen third-year students were selected.", "Une douzaine d’étudiants de deuxième année ont été sélectionnés.",
     "fr", ["third"]),
    ("A dozen third-year students were selected.", "Une douzaine d’étudiants de troisième année ont été sélectionnés.",
     "fr", []),
    ("A dozen third-year students were selected.", "Дюжина студентов четвёртого курса отобрана.", "ru", ["third"]),
    ("A dozen third-year students were selected.", "Дюжина студентов третьего курса отобрана.", "ru", []),
    ("Block third-party cookies.", "Cookies von Drittanbietern blockieren.", "de", []),
    ("It is the second-largest city.", "C'est la deuxième plus grande ville.", "fr", []),
    # "one" that counts a noun, said as another count; not "more than one", "one or more", "one of".
    ("Take one capsule 30 minutes before breakfast.", "Prendre deux gélules 30 minutes avant le petit-déjeuner.", "fr",
     ["one"]),
    ("Take one capsule 30 minutes before breakfast.", "Prendre une gélule 30 minutes avant le petit-déjeuner.", "fr", []),
    ("Take one capsule before breakfast.", "Nehmen Sie zwei Kapseln vor dem Frühstück ein.", "de", ["one"]),
    ("Take one capsule before breakfast.", "Tome dos cápsulas antes del desayuno.", "es", ["one"]),
    ("Take one capsule before breakfast.", "Примите две капсулы перед завтраком.", "ru", ["one"]),
    ("Take one capsule before breakfast.", "Примите одну капсулу перед завтраком.", "ru", []),
    ("Cannot specify times from more than one source.", "No se puede especificar la fecha de dos formas distintas.", "es",
     []),
    ("Select one or more files.", "Sélectionnez un ou plusieurs fichiers.", "fr", []),
    ("Copy one file to both disks.", "Copiez un fichier sur les deux disques.", "fr", []),
    # One in a number and a part by its rank ("одна из десяти", "eine von zehn", "une bouteille sur dix",
    # "una quinta parte"); the article before a part is still its numerator ("le quart de la dose").
    ("Only one in five plastic bottles is recycled.", "Лишь одна из десяти пластиковых бутылок идёт на переработку.",
     "ru", ["one in five"]),
    ("Only one in five plastic bottles is recycled.", "Лишь одна из пяти пластиковых бутылок идёт на переработку.",
     "ru", []),
    ("Only one in five plastic bottles is recycled.", "Nur eine von zehn Plastikflaschen wird recycelt.", "de",
     ["one in five"]),
    ("Only one in five plastic bottles is recycled.", "Seule une bouteille sur dix est recyclée.", "fr", ["one in five"]),
    ("Only one in five plastic bottles is recycled.", "Seule une bouteille sur cinq est recyclée.", "fr", []),
    ("Agriculture accounts for roughly a quarter of emissions.",
     "La agricultura representa aproximadamente una quinta parte de las emisiones.", "es", ["a quarter"]),
    ("Agriculture accounts for roughly a quarter of emissions.",
     "La agricultura representa aproximadamente una cuarta parte de las emisiones.", "es", []),
    ("Patients under 40 kg should take half the adult dose.",
     "Les patients de moins de 40 kg doivent prendre le quart de la dose adulte.", "fr", ["half"]),
    ("The count fell by almost three quarters.", "Численность сократилась почти на три четверти.", "ru", []),
    # "a single" counts a noun as "one" does.
    ("Most of them live in a single reserve.", "Большинство из них живёт в двух заповедниках.", "ru", ["a single"]),
    ("Most of them live in a single reserve.", "Большинство из них живёт в одном заповеднике.", "ru", []),
    ("A single click is enough.", "Un seul clic suffit.", "fr", []),
    # A part after a comparator or an approximation is a fraction ("d'environ un tiers.", "à plus du
    # tiers", "zu einem Viertel"); alone it may be a third party or a district.
    ("Cut the stems back by about half.", "Rabattez les tiges d'environ un tiers.", "fr", ["half"]),
    ("Cut the stems back by about half.", "Rabattez les tiges d'environ la moitié.", "fr", []),
    ("Fewer than a third scored above 70%.", "Moins d’un quart ont obtenu plus de 70 %.", "fr", ["a third"]),
    ("Fewer than a third scored above 70%.", "Moins d’un tiers ont obtenu plus de 70 %.", "fr", []),
    ("Never fill a test tube more than half full.", "Ne remplissez jamais un tube à essai à plus du tiers.", "fr",
     ["half"]),
    ("Never fill a test tube more than half full.", "Reagenzgläser nie mehr als zu einem Viertel füllen.", "de",
     ["half"]),
    ("Never fill a test tube more than half full.", "Reagenzgläser nie mehr als zur Hälfte füllen.", "de", []),
    ("More than a quarter of pupils passed.", "Más de un tercio de los alumnos aprobó.", "es", ["a quarter"]),
    ("More than a quarter of pupils passed.", "Más de un cuarto de los alumnos aprobó.", "es", []),
    ("The data is passed to a third party.", "Les données sont transmises à un tiers.", "fr", []),
    ("He lives in a quiet district.", "Er wohnt in einem ruhigen Viertel.", "de", []),
    # A frequency is times per day: its count of times and its period may trade places ("every three
    # months" / "four times a year"), not its value ("tres veces al año", "1か月に3回").
    ("Descale the machine every three months.", "Descalcifique la máquina tres veces al año.", "es",
     ["every three months"]),
    ("Descale the machine every three months.", "Descalcifique la máquina cuatro veces al año.", "es", []),
    ("Descale the machine every three months.", "Descalcifique la máquina cada tres meses.", "es", []),
    ("Descale the machine every three months.", "コーヒーメーカーのカルキ除去は1か月に3回行ってください。", "ja",
     ["every three months"]),
    ("Descale the machine every three months.", "コーヒーメーカーのカルキ除去は3か月に1回行ってください。", "ja", []),
    ("Descale the machine every three months.", "Удаляйте накипь каждые полгода.", "ru", ["every three months"]),
    ("Descale the machine every three months.", "Удаляйте накипь раз в три месяца.", "ru", []),
    ("Give 5 mL twice a day.", "Давать по 5 мл один раз в день.", "ru", ["twice a day"]),
    ("Give 5 mL twice a day.", "Давать по 5 мл два раза в сутки.", "ru", []),
    ("Give 5 mL twice a day.", "Zweimal täglich 5 ml geben.", "de", []),
    ("Give 5 mL twice a day.", "Dreimal täglich 5 ml geben.", "de", ["twice a day"]),
    ("Feed the plants every two weeks.", "Die Pflanzen zweimal pro Woche düngen.", "de", ["every two weeks"]),
    ("Feed the plants every two weeks.", "Nourrissez les plantes tous les quinze jours.", "fr", []),
    ("Screening is offered every two years.", "検診は年に2回ご案内しています。", "ja", ["every two years"]),
    ("Screening is offered every two years.", "検診は2年に1回ご案内しています。", "ja", []),
    ("It happens to one adult in four each year.", "Le sucede a uno de cada cuatro adultos cada dos años.", "es",
     ["each year"]),
    ("It happens to one adult in four each year.", "毎月、成人の4人に1人に起こります。", "ja", ["each year"]),
    ("It happens to one adult in four each year.", "Cela arrive chaque année à un adulte sur quatre.", "fr", []),
    ("Take 500 mg up to four times daily.", "Prendre 500 mg jusqu’à quatre fois par jour.", "fr", []),
    ("Take 500 mg up to four times daily.", "1回500mg、1日4回まで服用してください。", "ja", []),
    ("Take 2 tablets every 4 to 6 hours, twice a day at most.", "Prendre 2 comprimés toutes les 4 à 6 heures.", "fr", []),
    # The number inside a multiplier ("three" of "three times") is not taken twice.
    ("The toll is three times that for trucks with 3 axles.", "Плата втрое больше для грузовиков с тремя осями.",
     "ru", []),
    ("The toll is three times that for trucks with 3 axles.", "Плата втрое больше для грузовиков с четырьмя осями.",
     "ru", ["3"]),
    ("It grew two times for 2 cats.", "Es hat sich für zwei Katzen verdoppelt.", "de", []),
    ("It grew two times for 2 cats.", "Es hat sich für drei Katzen verdoppelt.", "de", ["two"]),
    # An ordinal in digits said as a word; a fraction said as a percentage.
    ("Their 12th home win in a row.", "Su duodécima victoria consecutiva en casa.", "es", []),
    ("Their 12th home win in a row.", "Su undécima victoria consecutiva en casa.", "es", ["12th"]),
    ("Roughly one in five voted by mail.", "Aproximadamente el 20 % votó por correo.", "es", []),
    ("Roughly one in five voted by mail.", "Aproximadamente el 25 % votó por correo.", "es", ["five"]),
    # A multiplier against a fraction, alone on each side: one is the other way round; a multiplier
    # that divides ("вдвое меньше", "deux fois moins") is a fraction, "one and a half times" no half.
    ("You spent 18 minutes in this zone, twice as long as last week.",
     "Has pasado 18 minutos en esta zona, la mitad que la semana pasada.", "es", ["twice"]),
    ("Annual energy use: 152 kWh, roughly half that of a class D model.",
     "Jährlicher Verbrauch: 152 kWh, etwa doppelt so viel wie bei Klasse D.", "de", ["half"]),
    ("Annual energy use: 152 kWh, roughly half that of a class D model.",
     "Годовое потребление: 152 кВт·ч — примерно вдвое меньше, чем у модели класса D.", "ru", []),
    ("Switch to 720p to use roughly half.", "Passez en 720p pour en consommer environ deux fois moins.", "fr", []),
    ("Brightness reduced by half to save power.", "Яркость уменьшена вдвое для экономии энергии.", "ru", []),
    ("Text size is set to one and a half times the default.", "文字サイズは標準の1.5倍に設定されています。", "ja", []),
    # French "un quart" and German "ein Viertel" before a comma or a conjunction are parts too.
    ("Headcount grew by roughly a third to 4,800.", "Les effectifs ont augmenté d’environ un quart pour atteindre 4 800.",
     "fr", ["a third"]),
    ("Headcount grew by roughly a third to 4,800.", "Les effectifs ont augmenté d’environ un tiers pour atteindre 4 800.",
     "fr", []),
    ("It won 41 of 120 seats, nearly a third, and needs 61.", "Sie gewann 41 der 120 Sitze, fast ein Viertel, und braucht 61.",
     "de", ["a third"]),
    ("We live in a quiet district.", "Wir wohnen in einem ruhigen Viertel.", "de", []),
    # A fraction in digits said in words: "1/3" / "ein Drittel", "un tercio", "треть".
    ("Save 1/3 on your first three months.", "Sparen Sie ein Drittel in den ersten drei Monaten.", "de", []),
    ("Save 1/3 on your first three months.", "Экономьте треть стоимости в первые три месяца.", "ru", []),
    ("Save 1/3 on your first three months.", "Ahorra un tercio en tus tres primeros meses.", "es", []),
    # A multiplier with decimals is read whole: "2.5-fold", "2,5-mal", "2.5倍" (not 5).
    ("A 2.5-fold increase since 2010.", "2,5-mal so viele wie 2010.", "de", []),
    ("A 2.5-fold increase since 2010.", "3,5-mal so viele wie 2010.", "de", ["2.5"]),
    ("A 2.5-fold increase since 2010.", "2010年の2.5倍に増えた。", "ja", []),
    # A fraction in words said as a percent or in 割, any numerator ("nine tenths").
    ("Milk yields were about a fifth more than in 2021.", "Un 20 % más de leche que en 2021.", "es", []),
    ("Milk yields were about a fifth more than in 2021.", "Un 25 % más de leche que en 2021.", "es", ["fifth"]),
    ("Milk yields were about a fifth more than in 2021.", "乳量は2021年より約2割多かった。", "ja", []),
    ("You will get a warning at nine tenths.", "Vous recevrez un avertissement à 90 %.", "fr", []),
    ("You will get a warning at nine tenths.", "Vous recevrez un avertissement à 80 %.", "fr", ["nine"]),
    ("One in four people.", "25 % der Menschen.", "de", []),
    # "Drittel", "Fünftel", "Zehntel" are parts alone ("Viertel" is also a district).
    ("Only half of the delegates had full powers.", "Nur ein Drittel Delegierte hatte Vollmacht.", "de", ["half"]),
    ("Only a third of the delegates had full powers.", "Nur ein Drittel Delegierte hatte Vollmacht.", "de", []),
]

# Words that only look like quantities: no finding, whatever the other side says.
QUIET = [
    ("Wait a second.", "Attendez une seconde.", "fr"),
    ("Retry in 5 seconds.", "Réessayer dans 5 secondes.", "fr"),
    ("The first time, wait a second.", "La première fois, attendez une seconde.", "fr"),
    ("Use a half-open interval.", "Utilisez un intervalle semi-ouvert.", "fr"),
    ("Double-click the third icon.", "Double-cliquez sur la troisième icône.", "fr"),
    # A multiplier of a type or an idiom may be dropped.
    ("Wrap the name in double quotes.", "Mettez le nom entre guillemets droits.", "fr"),
    ("Store the value as a double.", "Stocker la valeur en virgule flottante.", "fr"),
    ("Double-click the icon.", "Doppelklicken Sie auf das Symbol.", "de"),
    ("Use long double precision.", "Использовать расширенную точность.", "ru"),
    ("Double-click a word, triple-click a line.", "Cliquez deux fois sur un mot, trois fois sur une ligne.", "fr"),
    ("Share data with third parties.", "Partager les données avec des tiers.", "fr"),
    ("Share data with third parties.", "Daten mit Dritten teilen, zum ersten Mal.", "de"),
    ("Once installed, restart.", "Una vez instalado, reinicie.", "es"),
    ("Once installed, restart.", "Once minutos después, reinicie.", "es"),
    ("He lives in the old quarter.", "Er wohnt im alten Viertel.", "de"),
    ("The room was cold.", "El cuarto estaba frío.", "es"),
    ("First, open the second menu.", "Öffnen Sie zuerst das zweite Menü.", "de"),
    ("The second argument must follow the first.", "Второй аргумент должен следовать за первым.", "ru"),
    ("Half-width characters", "半角文字", "ja"),
    ("Print the FIRST line.", "Вывести ВТОРОЙ строку.", "ru"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("source", "target", "locale", "expected"), CHANGED)
def test_quantity_words(source, target, locale, expected, mode):
    assert_check_table("number-changed", mode, source, target, locale, expected)


@pytest.mark.parametrize(("source", "target", "locale"), QUIET)
def test_words_that_only_look_like_quantities(source, target, locale):
    comparison = compare_numbers(source, target, "en", locale)
    assert comparison.ok, comparison


@pytest.mark.parametrize(("source", "target", "locale"), [
    ("Sales doubled last spring.", "Les ventes ont triplé au printemps dernier.", "fr"),
    ("Select the 1st row.", "Выберите вторую строку.", "ru"),
    ("The bell rang twice.", "ベルが3回鳴った。", "ja"),
])
def test_number_mismatch_flag_silences_quantity_words(source, target, locale):
    loud = run(catalogue([Entry(msgid=source, msgstr=target)], locale))
    assert [finding.check for finding in loud] == ["number-changed"]
    silenced = run(catalogue([Entry(msgid=source, msgstr=target, flags=["ignore-number-mismatch"])], locale))
    assert silenced == []


def test_finding_says_what_was_compared():
    [finding] = run(catalogue([Entry(msgid="A dozen wolves.", msgstr="Une vingtaine de loups.")], "fr"))
    assert "dozen (read 12, approximate count)" in finding.message
    assert "vingtaine (read 20, approximate count)" in finding.message


@pytest.mark.parametrize(("text", "language", "readings"), [
    ("It tripled in a week.", "en", [("tripled", 3, "multiplier")]),
    ("two thirds of them", "en", [("two thirds", "0.6667", "fraction")]),
    ("les deux tiers des votes", "fr", [("deux tiers", "0.6667", "fraction")]),
    ("jeder dritte Nutzer", "de", [("jeder dritte", "0.3333", "fraction")]),
    ("alle 3 Monate", "de", [("alle 3 Monate", 3, "frequency")]),
    ("каждые два дня", "ru", [("каждые два дня", 2, "frequency")]),
    ("三分の二", "ja", [("三分の二", "0.6667", "fraction")]),
    ("décimo intento", "es", [("décimo", 10, "ordinal")]),
])
def test_readings(text, language, readings):
    found = [(number.text, number.value, number.kind) for number in read_quantity_words(text, language)]
    assert [(text, float(value), kind) for text, value, kind in found] == \
        [(text, float(value), kind) for text, value, kind in readings]


@pytest.mark.parametrize(("text", "expected"), [
    ("Open the file", False), ("(first is %s)", True), ("runs twice,", True), ("the 2nd try", True),
    ("Double-click it", True), ("one of them", False), ("one in ten", True), ("FIRST LAST", False),
    # Words joined by a hyphen or a slash are looked up apart; the reading tells the look-alikes.
    ("Half-open", True), ("First/next", True), ("use --first-parent", True), ("use --prune", False),
    ("%<double%>", True),
])
def test_fast_path_is_a_word_lookup(text, expected):
    assert quantity_word_test("en")(text) is expected


def _phrases_of_several_words(language: str) -> list[str]:
    """The phrases of several words the readers look for ("media docena", "one and a half")."""
    phrases = set()
    for rule in _rules(language):
        for found in re.finditer(r"(?:[^\W\d_]+\\s\+)+[^\W\d_]+", rule.pattern.pattern):
            phrases.add(found.group().replace(r"\s+", " "))
    return sorted(phrases)


@pytest.mark.parametrize("language", ["en", "fr", "de", "es", "ru"])
def test_a_phrase_reads_the_same_whatever_white_space_joins_its_words(language):
    phrases = _phrases_of_several_words(language)
    assert phrases
    for phrase in phrases:
        once = [(number.value, number.kind) for number in read_quantity_words(phrase, language)]
        for between in ("  ", "\t", " \n "):
            spaced = phrase.replace(" ", between)
            assert [(number.value, number.kind) for number in read_quantity_words(spaced, language)] == once, spaced
