"""Words that stand in for a number written in digits on the other side ("1 file" / "un fichier",
"0 files" / "aucun fichier"): when they excuse the digits and when they must not. Each row runs as a
singular entry, as the many-values form of a plural entry, and silenced by its ignore flag."""

from __future__ import annotations

import pytest

from tests.checks_support import MODES, assert_check_table

MISSING, ADDED, CHANGED = "number-missing", "number-added", "number-changed"

CASES = [
    # A stand-in that translates a word of the other text ("no" / "keine") is that word, not the
    # number: it excuses no digit.
    (CHANGED, "0 disables the cache; no entries are kept.",
     "1 deaktiviert den Cache; es werden keine Einträge behalten.", "de", ["0"]),
    (CHANGED, "0 disables the cache; no entries are kept.",
     "0 deaktiviert den Cache; es werden keine Einträge behalten.", "de", []),
    (MISSING, "Items per row, 0 means no wrapping", "Éléments par ligne, signifie aucun retour à la ligne", "fr",
     ["0"]),
    (MISSING, "Items per row, 0 means no wrapping", "Éléments par ligne, 0 signifie aucun retour à la ligne", "fr",
     []),
    (CHANGED, "Files per batch; 0 means no batching", "Archivos por lote; 1 significa ningún lote", "es", ["0"]),
    (CHANGED, "Files per batch; 0 means no batching", "Archivos por lote; 0 significa ningún lote", "es", []),
    (MISSING, "Use 0 for a zero-length buffer", "Используйте для буфера нулевой длины", "ru", ["0"]),
    (MISSING, "Use 0 for a zero-length buffer", "Используйте 0 для буфера нулевой длины", "ru", []),
    (MISSING, "Use 0 for a zero-length buffer", "長さゼロのバッファーには を指定します", "ja", ["0"]),
    (MISSING, "Use 0 for a zero-length buffer", "長さゼロのバッファーには 0 を指定します", "ja", []),
    # A count of 0 said as an absence at its place ("0 errors" / "sans erreur"), unless the source
    # says an absence itself, which the translation's word then translates ("0 means no limit").
    (MISSING, "Build finished with 0 errors and 1 warning.", "Compilation terminée sans erreur, avec un avertissement.",
     "fr", []),
    (MISSING, "Build finished with 0 errors and 1 warning.", "Build ohne Fehler mit 1 Warnung abgeschlossen.", "de", []),
    (MISSING, "Build finished with 0 errors and 1 warning.", "Compilación finalizada sin errores y con 1 advertencia.",
     "es", []),
    (MISSING, "Build finished with 0 errors and 1 warning.", "Сборка завершена: ошибок нет, 1 предупреждение.", "ru", []),
    (MISSING, "Set it to 0 on platforms that lack fadvise.", "Auf Plattformen ohne fadvise auf setzen.", "de", ["0"]),
    (MISSING, "Scan finished: 0 threats found, 2 files skipped.",
     "Análisis finalizado: no se encontraron amenazas, se omitieron 2 archivos.", "es", []),
    (MISSING, "Scan finished: 0 threats found, 2 files skipped.", "Проверка завершена: угроз не обнаружено, пропущено 2 файла.",
     "ru", []),
    (MISSING, "Scan finished: 0 threats found.", "スキャン完了：脅威は見つかりませんでした。", "ja", []),
    (MISSING, "0 means no limit", "signifie sans limite", "fr", ["0"]),
    # A stand-in with no partner still excuses ("0 files" / "aucun fichier"), and one that glosses
    # the number beside it ("0 (zero)") is that number said twice.
    (MISSING, "0 files were copied", "Aucun fichier n’a été copié", "fr", []),
    (MISSING, "0 files were copied", "Es wurden keine Dateien kopiert", "de", []),
    (MISSING, "Pad the field with 0 (zero).", "Remplir le champ de zéros.", "fr", []),
    (MISSING, "Pad the field with 0 (zero).", "Дополнять поле нулями.", "ru", []),
    (MISSING, "Pad the field with 0 (zero).", "フィールドをゼロで埋めます。", "ja", []),
    # A number bound by a comparator ("greater than 1") is excused only by a word bound the same way
    # ("au moins un"), not by an article elsewhere in the sentence.
    (MISSING, "Must be greater than 1 when ports are given", "Doit être supérieur à si un port est donné", "fr",
     ["1"]),
    (MISSING, "Must be greater than 1 when ports are given", "Doit être supérieur à 1 si un port est donné", "fr",
     []),
    (MISSING, "Enter at least 1 name", "Saisissez au moins un nom", "fr", []),
    (MISSING, "Must be greater than 1 when ports are given", "Muss größer als sein, wenn ein Port angegeben ist",
     "de", ["1"]),
    (MISSING, "Enter at least 1 tag", "Geben Sie mindestens ein Schlagwort ein", "de", []),
    (MISSING, "Must be at least 1 when lists are set", "Debe ser al menos si una lista está definida", "es", ["1"]),
    (MISSING, "Must be at least 1 when lists are set", "Debe ser al menos uno si la lista está definida", "es", []),
    (MISSING, "Must be more than 1 when ports are set", "Должно быть больше, если задан один порт", "ru", ["1"]),
    (MISSING, "Enter at least 1 name", "Введите не менее одного имени", "ru", []),
    (MISSING, "Must be greater than 1 when ports are set", "ポートを一つ設定する場合は、より大きい値にしてください",
     "ja", ["1"]),
    (MISSING, "Enter 1 or more names", "一つ以上の名前を入力してください", "ja", []),
    (MISSING, "Must be greater than 0", "Doit être positif", "fr", []),
    # Ukrainian "другий" (second), "дво-" (two-) and months in words stand in; "двокрапка" (colon)
    # does not.
    (MISSING, "The 2nd instruction reads it.", "Друга інструкція читає його.", "uk", []),
    (MISSING, "Use the 2-argument form.", "Використовуйте двоаргументову форму.", "uk", []),
    (MISSING, "Use of 2/29 in a non-leap year", "Використання 29 лютого у невисокосному році", "uk", []),
    (MISSING, "Split at the 2nd colon", "Розділити по двокрапці", "uk", ["2nd"]),
    # Polish "drugi" (second), Swedish ordinals, Korean native numerals stand in too.
    (MISSING, "The 2nd hash function shift is too big", "Drugie przesunięcie funkcji mieszającej jest za duże", "pl",
     []),
    (MISSING, "Key to choose the 3rd level", "Tangent för att välja tredje nivån", "sv", []),
    (MISSING, "Key to choose the 3rd level", "Tangent för att välja nivån", "sv", ["3rd"]),
    (MISSING, "Applies if 1 URL is retrieved", "하나의 URL을 가져올 때 적용", "ko", []),
    # Finnish numbers declined and joined ("neljän", "kaksiargumenttimuotoa"); "yksinkertainen"
    # (simple) is none.
    (MISSING, "The address is not a multiple of 4", "Osoite ei ole neljän monikerta", "fi", []),
    (MISSING, "The address is not a multiple of 4", "Osoite ei ole monikerta", "fi", ["4"]),
    (MISSING, "Use the 2-argument form", "Käytä kaksiargumenttimuotoa", "fi", []),
    (MISSING, "Use 1 simple form", "Käytä yksinkertaista muotoa", "fi", ["1"]),
    # Danish ordinals in words.
    (MISSING, "Key to choose the 3rd level", "Tast for at vælge tredje niveau", "da", []),
    (MISSING, "Key to choose the 3rd level", "Tast for at vælge niveau", "da", ["3rd"]),
    # A word that is a comparison itself stands for a bounded 0 only the same way ("greater than 0" /
    # "positif", not "négatif"), in Japanese too ("正の値").
    (MISSING, "The count must be greater than 0.", "Le nombre doit être positif.", "fr", []),
    (MISSING, "The count must be greater than 0.", "Le nombre doit être négatif.", "fr", ["0"]),
    (MISSING, "The count must be greater than 0.", "カウントは正の値が必要です。", "ja", []),
    (MISSING, "The count must be greater than 0.", "カウントは負の値が必要です。", "ja", ["0"]),
    (MISSING, "The offset must be less than 0.", "Le décalage doit être négatif.", "fr", []),
    # A signed number is never a word.
    (MISSING, "Offset +1 selects the next line", "Le décalage d'une ligne sélectionne la suivante", "fr", ["+1"]),
    (MISSING, "Offset +1 selects the next line", "Le décalage +1 sélectionne la ligne suivante", "fr", []),
    (MISSING, "Offset +1 selects the next row", "Der Versatz wählt eine nächste Zeile", "de", ["+1"]),
    (MISSING, "Offset +1 selects the next row", "Desplazamiento de una fila hacia abajo", "es", ["+1"]),
    (MISSING, "Offset +1 selects the next row", "Смещение выбирает одну следующую строку", "ru", ["+1"]),
    (MISSING, "Offset -1 selects the previous row", "Смещение выбирает одну предыдущую строку", "ru", ["-1"]),
    # A word that only begins like a number ("столбец" column, "триггер", "вторичный" secondary,
    # "двоеточие" colon) stands in for none.
    (MISSING, "Show 100 rows in each column", "Показывать строк в каждом столбце", "ru", ["100"]),
    (MISSING, "Show 100 rows in each column", "Показывать 100 строк в каждом столбце", "ru", []),
    (MISSING, "Create 3 triggers", "Создать триггеры", "ru", ["3"]),
    (MISSING, "Use 2 disks as secondary storage", "Использовать диски как вторичное хранилище", "ru", ["2"]),
    (MISSING, "Split at the 2nd colon", "Разделить по двоеточию", "ru", ["2nd"]),
    (MISSING, "Split at the 2nd colon", "Разделить по второму двоеточию", "ru", []),
    # "The other" of a pair stands for its second 1 once a word for one stands for the first.
    (MISSING, "Draw 2 series: 1 using bars and 1 using a line.", "Нарисовать 2 ряда: один столбиками, другой линией.",
     "ru", []),
    (MISSING, "Draw 2 series: 1 using bars and 1 using a line.", "Нарисовать 2 ряда: один столбиками, а линией.",
     "ru", ["1"]),
    (MISSING, "Draw 2 series: 1 using bars and 1 using a line.",
     "Dessiner 2 séries : l'une en barres, l'autre en ligne.",
     "fr", []),
    (MISSING, "Draw 2 series: 1 using bars and 1 using a line.",
     "Zeichnet 2 Reihen: eine als Balken, die andere als Linie.",
     "de", []),
    (MISSING, "Draw 2 series: 1 using bars and 1 using a line.",
     "Dibuja 2 series: una con barras y la otra con una línea.",
     "es", []),
    (MISSING, "Draw 2 series: 1 using bars and 1 using a line.", "2 つの系列を描画します。一つは棒、もう一方は線で。", "ja", []),
    # An article after an elided word ("d’un", "qu’une", "un’altra") is read.
    (MISSING, "Wait 1 day", "Attendre l’expiration d’un jour", "fr", []),
    (MISSING, "Keep 1 copy", "N'en garder qu'une copie", "fr", []),
    (MISSING, "Add 1 other option", "Aggiungi un'altra opzione", "it", []),
    # A number in words against the one word of another number that the translation's language
    # declines or glues to its counter: read only as stand-ins, they are still a change.
    (CHANGED, "Five cubs were born this spring.", "Этой весной родились четыре детёныша.", "ru", ["Five"]),
    (CHANGED, "Five cubs were born this spring.", "Этой весной родились пять детёнышей.", "ru", []),
    (CHANGED, "The herd numbers about two thousand deer.", "Стадо насчитывает около двадцати тысяч оленей.", "ru",
     ["two thousand"]),
    (CHANGED, "About sixty rangers took part.", "Участвовало около шестидесяти егерей.", "ru", []),
    (CHANGED, "About sixty rangers took part.", "Участвовало около семидесяти егерей.", "ru", ["sixty"]),
    (MISSING, "Up to 300 files.", "Не более трёхсот файлов.", "ru", []),
    (CHANGED, "Use two cards.", "Используйте одну карту.", "ru", ["two"]),
    (CHANGED, "Nine cameras were stolen.", "Skradziono osiem kamer.", "pl", ["Nine"]),
    (CHANGED, "Nine cameras were stolen.", "Skradziono dziewięć kamer.", "pl", []),
    (CHANGED, "The survey lasted twelve days.", "調査は十日間続いた。", "ja", ["twelve"]),
    (CHANGED, "The survey lasted twelve days.", "調査は十二日間続いた。", "ja", []),
    # Not a change: the translation's other word is no number ("тривалість", a duration).
    (CHANGED, "Two or more arguments add up their durations.", "Кілька аргументів додають свою тривалість.", "uk", []),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("name", "source", "target", "locale", "expected"), CASES)
def test_stand_ins_by_language(name, source, target, locale, expected, mode):
    assert_check_table(name, mode, source, target, locale, expected)
